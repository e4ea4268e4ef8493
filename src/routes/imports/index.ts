import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DatasetSchema } from '../../domain/datasets/format.js';
import { importDataset } from '../../domain/datasets/import.js';
import { requestHashOf, writeOnce } from '../../domain/idempotency.js';
import { problemResponses } from '../../http/problem.js';
import { bearerSecurity } from '../../http/write-routes.js';

const ImportInputSchema = DatasetSchema.omit({ source: true })
  .extend({
    source: DatasetSchema.shape.source
      .omit({ textFile: true, text: true })
      .extend({ text: z.string().min(1).max(2_000_000).describe('The source’s full text.') }),
  })
  .meta({
    id: 'Dataset',
    description:
      'One source and what it says: new records, and `updates` and `participants` for records already recorded. ' +
      'The same format as `npm run import` and the seed (`openapi/dataset.schema.json`).',
  });

const ImportResultSchema = z
  .object({
    sourceId: z.string(),
    added: z
      .record(z.string(), z.int())
      .describe('How many rows of each kind the import added; none when imported before.'),
  })
  .meta({ id: 'ImportResult', description: 'What an import added.' });

/** A whole source with its records in one request: all or nothing, like `npm run import`. */
const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/imports',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['Imports'],
        operationId: 'importDataset',
        summary: 'Import a source with its records',
        description:
          'Checks every quote against the source text, every reference and every value first; a dataset with any ' +
          'problem is refused whole (422, each problem in `errors`), and one that is fine is written in one ' +
          'transaction. Importing the same dataset again changes nothing. Needs an editor key.',
        security: bearerSecurity,
        headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
        body: ImportInputSchema,
        response: {
          200: { description: 'Imported.', content: { 'application/json': { schema: ImportResultSchema } } },
          ...problemResponses(400, 401, 403, 413, 415, 422, 507),
        },
      },
    },
    async (request) => {
      const { source, ...rest } = request.body;
      const { text, ...sourceFields } = source;
      const actor = request.apiKey?.name ?? 'anonymous';
      const key = request.headers['idempotency-key'];
      const answer = writeOnce(
        app.db,
        key ? { actor, key, requestHash: requestHashOf('POST', request.url, request.body) } : undefined,
        () => ({
          status: 200,
          body: importDataset(app.db, DatasetSchema.parse({ ...rest, source: sourceFields }), text, actor),
        }),
      );
      return answer.body as z.output<typeof ImportResultSchema>;
    },
  );
};

export default importsRoutes;
