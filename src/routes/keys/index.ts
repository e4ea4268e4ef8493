import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { keyRoles } from '../../db/schema.js';
import { createKey, listKeys, revokeKey } from '../../domain/keys/keys.js';
import { okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { bearerSecurity } from '../../http/write-routes.js';

const ApiKeySchema = z
  .object({
    id: z.int(),
    name: z.string(),
    role: z.enum(keyRoles),
    prefix: z.string().describe('The key’s first characters, to tell keys apart; the key itself is never shown again.'),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey', description: 'An API key, without the key.' });

const adminOnly = { access: 'admin' as const };

/** Admins list, create and revoke keys. */
const keysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/keys',
    {
      config: adminOnly,
      schema: {
        tags: ['Keys'],
        operationId: 'listKeys',
        summary: 'List API keys',
        security: bearerSecurity,
        querystring: z.strictObject({}),
        response: {
          200: okResponse(z.object({ items: z.array(ApiKeySchema) }), 'Every key, revoked ones too.'),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async () => ({ items: listKeys(app.db) }),
  );

  app.post(
    '/keys',
    {
      config: adminOnly,
      schema: {
        tags: ['Keys'],
        operationId: 'createKey',
        summary: 'Create an API key',
        description: 'The answer holds the key: it is shown this once and stored only as a hash.',
        security: bearerSecurity,
        body: z.strictObject({
          name: z.string().trim().min(1).max(100).describe('Who or what uses the key; unique. Revisions name it.'),
          role: z
            .enum(keyRoles)
            .describe('`reader` reads (when reads need a key), `editor` also writes, `admin` also manages keys.'),
        }),
        response: {
          201: okResponse(ApiKeySchema.extend({ key: z.string() }), 'The new key, with the key itself.'),
          ...problemResponses(400, 401, 403, 409, 415),
        },
      },
    },
    async (request, reply) => {
      const { key, apiKey } = createKey(app.db, request.body.name, request.body.role);
      return reply.code(201).send({ ...apiKey, key });
    },
  );

  app.delete(
    '/keys/:id',
    {
      config: adminOnly,
      schema: {
        tags: ['Keys'],
        operationId: 'revokeKey',
        summary: 'Revoke an API key',
        security: bearerSecurity,
        params: z.strictObject({ id: z.coerce.number().int().min(1) }),
        response: { 200: okResponse(ApiKeySchema, 'The revoked key.'), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => revokeKey(app.db, request.params.id),
  );
};

export default keysRoutes;
