import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getReason, listReasons } from '../../domain/reasons/queries.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { ReasonFiltersSchema, ReasonPageSchema, ReasonSchema } from './schemas.js';

const reasonsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/reasons',
    tags: ['Reasons'],
    operationId: 'listReasons',
    summary: 'List reasons',
    description: 'The reasons parties give for their demands and responses, each with its speaker and quotes.',
    querystring: ReasonFiltersSchema,
    item: ReasonSchema,
    page: ReasonPageSchema,
    list: (db, query) => listReasons(db, query),
  });

  app.get(
    '/reasons/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Reasons'],
        operationId: 'getReason',
        summary: 'Get a reason',
        params: idParams('immediate-talks-would-undermine-israeli-security'),
        querystring: ReasonFiltersSchema.pick({ asOf: true }).extend(sparseParams(ReasonSchema)),
        response: { 200: okResponse(ReasonSchema, 'The reason.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getReason(app.db, request.params.id, request.query),
  );

  registerWriteRoutes(app, {
    type: 'reason',
    collection: 'reasons',
    tag: 'Reasons',
    record: ReasonSchema,
    get: (db, id) => getReason(db, id),
    inputId: 'Reason',
    exampleId: 'immediate-talks-would-undermine-israeli-security',
  });
};

export default reasonsRoutes;
