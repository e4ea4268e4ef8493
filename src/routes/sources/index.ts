import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getSource, listSources } from '../../domain/sources/queries.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { SourceFiltersSchema, SourcePageSchema, SourceSchema, SourceSummarySchema } from './schemas.js';

const sourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/sources',
    tags: ['Sources'],
    operationId: 'listSources',
    summary: 'List sources',
    description: 'Sources without their text; get one by id for the full text.',
    querystring: SourceFiltersSchema,
    item: SourceSummarySchema,
    page: SourcePageSchema,
    list: (db, query) => listSources(db, query),
  });

  app.get(
    '/sources/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Sources'],
        operationId: 'getSource',
        summary: 'Get a source with its full text',
        params: idParams('ceasefire-talks-report'),
        querystring: z.strictObject(sparseParams(SourceSchema)),
        response: { 200: okResponse(SourceSchema, 'The source with its full text.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getSource(app.db, request.params.id),
  );

  registerWriteRoutes(app, {
    type: 'source',
    collection: 'sources',
    tag: 'Sources',
    record: SourceSchema,
    get: (db, id) => getSource(db, id),
    inputId: 'Source',
    exampleId: 'ceasefire-talks-report',
  });
};

export default sourcesRoutes;
