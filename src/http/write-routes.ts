import type { FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDatabase } from '../db/client.js';
import {
  createBodySchema,
  createRecord,
  deleteRecord,
  type EditableType,
  etagOf,
  patchBodySchema,
  patchRecord,
  replaceBodySchema,
  versionOf,
} from '../domain/edits.js';
import { requestHashOf, writeOnce } from '../domain/idempotency.js';
import { recordHref } from '../domain/links.js';
import { idParams } from './common.js';
import { AppError, problemResponses } from './problem.js';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

export const mergePatchType = 'application/merge-patch+json';
export const bearerSecurity = [{ bearerAuth: [] }];

const idempotencyKeyHeader = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .describe('Makes a retry safe: a POST sent again with the same key answers what the first did and creates nothing.');
const ifMatchHeader = z
  .string()
  .max(200)
  .optional()
  .describe('Required: the `ETag` of the version being changed (`"r<version>"`), or `*`.');

/**
 * The routes here are generic over the resource, so their schemas are typed as Fastify's own: the
 * handlers check their bodies' types through the domain functions they call instead.
 */
const asSchema = (schema: FastifySchema & Record<string, unknown>): FastifySchema => schema;

/** Who a write is recorded as: the key's name. */
const actorOf = (request: FastifyRequest) => request.apiKey?.name ?? 'anonymous';

/** The version a conditional write names: 428 without If-Match. */
function requireIfMatch(request: FastifyRequest): string {
  const ifMatch = request.headers['if-match'];
  if (!ifMatch) {
    throw new AppError(428, 'precondition_required', 'Send `If-Match` with the ETag of the version you are changing.');
  }
  return ifMatch;
}

/** Sets a record's ETag (its version) on a reply. */
export function setRecordEtag(reply: FastifyReply, db: AppDatabase, type: EditableType, id: string): void {
  const version = versionOf(db, type, id);
  if (version !== undefined) reply.header('etag', etagOf(version));
}

/**
 * The request bodies of a resource's writes, named components built once per process: a schema
 * registered again under the same id (by a second app) would make the document change.
 */
const bodySchemas = new Map<EditableType, { createBody: z.ZodType; patchBody: z.ZodType; replaceBody: z.ZodType }>();
function bodySchemasOf(type: EditableType, name: string) {
  let schemas = bodySchemas.get(type);
  if (!schemas) {
    schemas = {
      createBody: createBodySchema(type).meta({ id: `New${name}` }),
      patchBody: patchBodySchema(type).meta({ id: `${name}Patch` }),
      replaceBody: replaceBodySchema(type).meta({ id: `${name}Replacement` }),
    };
    bodySchemas.set(type, schemas);
  }
  return schemas;
}

export interface WriteRoutesOptions<RecordSchema extends z.ZodType> {
  type: EditableType;
  collection: string;
  tag: string;
  /** The record as GET answers it, for the answers of POST and PATCH. */
  record: RecordSchema;
  get: (db: AppDatabase, id: string) => z.output<RecordSchema>;
  /** Component names for the request bodies, e.g. `DemandInput` and `DemandPatch`. */
  inputId: string;
  exampleId: string;
}

/**
 * POST, PATCH (JSON merge patch), PUT and DELETE for one resource, all needing an editor key (see the
 * auth plugin). POST answers 201 with the record and its Location; PATCH, PUT and DELETE need If-Match.
 */
export function registerWriteRoutes<RecordSchema extends z.ZodType>(
  app: ZodApp,
  options: WriteRoutesOptions<RecordSchema>,
) {
  const { type, collection, tag } = options;
  const { createBody, patchBody, replaceBody } = bodySchemasOf(type, options.inputId);

  // GET of the record itself carries its version as ETag, the one If-Match names; a variant (include=,
  // asOf=) is another representation and keeps the cache's ETag of its bytes.
  app.addHook('preSerialization', async (request, reply, payload) => {
    const path = `/v1/${collection}/:id`;
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      request.routeOptions.url === path &&
      !request.url.includes('?') &&
      reply.statusCode === 200
    ) {
      setRecordEtag(reply, app.db, type, (request.params as { id: string }).id);
    }
    return payload;
  });
  const name = `${type[0]!.toUpperCase()}${type.slice(1)}`;

  app.route({
    method: 'POST',
    url: `/${collection}`,
    schema: asSchema({
      tags: [tag],
      operationId: `create${name}`,
      summary: type === 'source' ? 'Record a source' : `Record a ${type} from a source`,
      description:
        type === 'source'
          ? 'Records a source with its full text, for records to quote. Needs an editor key.'
          : `Creates a ${type} whose evidence quotes the source \`sourceId\` (already recorded: create it first, ` +
            'or send a whole dataset to `POST /v1/imports`). Each quote is found in the source text (`occurrence` ' +
            'picks one that appears more than once); a quote that is not there is a 422 naming it. ' +
            'Needs an editor key.',
      security: bearerSecurity,
      headers: z.object({ 'idempotency-key': idempotencyKeyHeader }),
      body: createBody,
      response: {
        201: {
          description: `The ${type}, as \`GET\` answers it.`,
          headers: z.object({ location: z.string(), etag: z.string() }),
          content: { 'application/json': { schema: options.record } },
        },
        ...problemResponses(400, 401, 403, 409, 413, 415, 422, 507),
      },
    }),
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const body = request.body as { id: string } & Record<string, unknown>;
      const key = request.headers['idempotency-key'] as string | undefined;
      const actor = actorOf(request);
      const answer = writeOnce(
        app.db,
        key ? { actor, key, requestHash: requestHashOf('POST', request.url, request.body) } : undefined,
        () => {
          createRecord(app.db, actor, type, body);
          return { status: 201, body: options.get(app.db, body.id) };
        },
      );
      const id = (answer.body as { id: string }).id;
      setRecordEtag(reply, app.db, type, id);
      return reply.code(answer.status).header('location', recordHref(type, id)).send(answer.body);
    },
  });

  // A correction (a merge patch of some fields) and a replacement (all of them) share their rules: an
  // existing record, its current version named in If-Match, descriptive fields only.
  const corrections = [
    {
      method: 'PATCH',
      mediaType: mergePatchType,
      operationId: `update${name}`,
      summary: `Correct a ${type}`,
      description:
        `A JSON merge patch (\`${mergePatchType}\`) of the ${type}'s descriptive fields; ` +
        '`null` clears a nullable one. ' +
        'State (status, stance) changes only when a source says so (`POST /v1/imports` with `updates`), and ' +
        'evidence only comes from sources. Needs an editor key and `If-Match`.',
      body: patchBody,
      answer: `The ${type} as corrected.`,
    },
    {
      method: 'PUT',
      mediaType: 'application/json',
      operationId: `replace${name}`,
      summary: `Replace a ${type}'s descriptive fields`,
      description:
        `Replaces every descriptive field of an existing ${type} (those a patch may change; one left out that has ` +
        'a default is reset to it). State and evidence stay as they are, as for PATCH; a new record is created ' +
        'with POST, from a source. Needs an editor key and `If-Match`.',
      body: replaceBody,
      answer: `The ${type} as replaced.`,
    },
  ] as const;
  for (const correction of corrections) {
    app.route({
      method: correction.method,
      url: `/${collection}/:id`,
      schema: asSchema({
        tags: [tag],
        operationId: correction.operationId,
        summary: correction.summary,
        description: correction.description,
        security: bearerSecurity,
        params: idParams(options.exampleId),
        headers: z.object({ 'if-match': ifMatchHeader }),
        body: correction.body,
        response: {
          200: {
            description: correction.answer,
            headers: z.object({ etag: z.string() }),
            content: { 'application/json': { schema: options.record } },
          },
          ...problemResponses(400, 401, 403, 404, 412, 415, 422, 428, 507),
        },
      }),
      // Before the body is validated: a body of another type is a 415, not a validation failure.
      preValidation: async (request: FastifyRequest) => {
        if (!request.headers['content-type']?.startsWith(correction.mediaType)) {
          throw new AppError(415, 'unsupported_media_type', `Send the body as \`${correction.mediaType}\`.`);
        }
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const { id } = request.params as { id: string };
        const ifMatch = requireIfMatch(request);
        patchRecord(app.db, actorOf(request), type, id, request.body as Record<string, unknown>, ifMatch);
        setRecordEtag(reply, app.db, type, id);
        return options.get(app.db, id);
      },
    });
  }

  app.route({
    method: 'DELETE',
    url: `/${collection}/:id`,
    schema: asSchema({
      tags: [tag],
      operationId: `delete${name}`,
      summary: `Delete a ${type}`,
      description:
        `Deletes the ${type} with its quotes, its reasons and what sources said of its state; its history ` +
        `keeps a tombstone, and the change feed shows the deletion. A ${type} other records depend on is a 409: ` +
        'delete or correct those first. Needs an editor key and `If-Match`.',
      security: bearerSecurity,
      params: idParams(options.exampleId),
      headers: z.object({ 'if-match': ifMatchHeader }),
      response: {
        204: z.null().describe('Deleted; no body.'),
        ...problemResponses(400, 401, 403, 404, 409, 412, 428),
      },
    }),
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const { id } = request.params as { id: string };
      deleteRecord(app.db, actorOf(request), type, id, requireIfMatch(request));
      return reply.code(204).send();
    },
  });
}
