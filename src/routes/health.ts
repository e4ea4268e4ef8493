import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['System'],
        operationId: 'getHealth',
        summary: 'Check the service’s health',
        querystring: z.strictObject({}),
        response: {
          200: okResponse(HealthSchema, 'The service and its database are up.'),
          ...problemResponses(400, 503),
        },
      },
    },
    async () => {
      try {
        app.db.get(sql`select 1`);
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unavailable');
        throw new AppError(503, 'service_unavailable', 'The database is not answering.');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};

export default healthRoutes;
