import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkReadiness } from '../db/readiness.js';
import { okResponse } from '../http/common.js';
import { AppError, problemResponses } from '../http/problem.js';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.literal('ok'),
  })
  .meta({
    id: 'Health',
    description: 'The service is up and its database answers.',
    examples: [{ status: 'ok', database: 'ok' }],
  });

const ReadinessSchema = z
  .object({
    status: z.literal('ready'),
    checks: z.object({
      file: z.literal('ok').describe('The database file is present.'),
      migrations: z.literal('ok').describe('Every migration is applied.'),
      read: z.literal('ok').describe('A read succeeds.'),
      writeLock: z.literal('ok').describe('The write lock can be taken within a short bound.'),
    }),
  })
  .meta({
    id: 'Readiness',
    description: 'The service can take traffic: its database is present, migrated, readable and writable.',
    examples: [{ status: 'ready', checks: { file: 'ok', migrations: 'ok', read: 'ok', writeLock: 'ok' } }],
  });

/** Seconds a load balancer is asked to wait before checking readiness again. */
const notReadyRetryAfterSeconds = '5';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['System'],
        operationId: 'getHealth',
        summary: 'Check the service is alive (liveness)',
        description: 'Answers while the process serves requests and its database answers a read, whatever the load.',
        querystring: z.strictObject({}),
        response: {
          200: okResponse(HealthSchema, 'The service and its database are up.'),
          ...problemResponses(400, 503),
        },
      },
    },
    async (request) => {
      try {
        app.db.get(sql`select 1`);
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unavailable');
        throw new AppError(503, 'service_unavailable', 'The database is not answering.', {
          'retry-after': notReadyRetryAfterSeconds,
        });
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );

  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['System'],
        operationId: 'getReadiness',
        summary: 'Check the service can take traffic (readiness)',
        description:
          'Ready when the database file is present, every migration is applied, a read succeeds and the write ' +
          'lock can be taken within 100 ms; not ready (503) otherwise. While the server shuts down, every ' +
          'request (this one too) answers 503.',
        querystring: z.strictObject({}),
        response: {
          200: okResponse(ReadinessSchema, 'The service is ready.'),
          ...problemResponses(400, 503),
        },
      },
    },
    async (request) => {
      const failed = checkReadiness(app.db).filter((check) => !check.ok);
      if (failed.length > 0) {
        const detail = failed.map((check) => `${check.name}: ${check.detail}`).join('; ');
        request.log.warn({ failed }, 'not ready');
        throw new AppError(503, 'not_ready', `Not ready: ${detail}.`, { 'retry-after': notReadyRetryAfterSeconds });
      }
      return {
        status: 'ready' as const,
        checks: { file: 'ok' as const, migrations: 'ok' as const, read: 'ok' as const, writeLock: 'ok' as const },
      };
    },
  );
};

export default healthRoutes;
