import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { demands } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { registerListRoute } from '../list-route.js';
import { assertRecordExists } from '../records.js';
import { listResponses } from '../responses/queries.js';
import { ResponseFiltersSchema, ResponsePageSchema, ResponseSchema, responseEmbeds } from '../responses/schemas.js';
import { getDemand, listDemands } from './queries.js';
import { DemandFiltersSchema, DemandPageSchema, DemandSchema, demandEmbeds } from './schemas.js';

const demandsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/demands',
    tags: ['Demands'],
    operationId: 'listDemands',
    summary: 'List demands',
    description: 'Demands in the order the sources report them, optionally filtered by party, issue, proposal, status and date.',
    querystring: DemandFiltersSchema,
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    list: (db, query) => listDemands(db, query),
  });

  app.get(
    '/demands/:id',
    {
      schema: {
        tags: ['Demands'],
        operationId: 'getDemand',
        summary: 'Get a demand',
        params: idParams('aid-through-pre-existing-channels'),
        querystring: DemandFiltersSchema.pick({ include: true }),
        response: { 200: okResponse(DemandSchema, 'The demand.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getDemand(app.db, request.params.id, request.query.include),
  );

  registerListRoute(app, {
    url: '/demands/:id/responses',
    tags: ['Demands', 'Responses'],
    operationId: 'listDemandResponses',
    summary: 'List the responses to a demand',
    description: 'Every response that answers this demand, whether it singles the demand out or not.',
    params: idParams('aid-through-pre-existing-channels'),
    querystring: ResponseFiltersSchema.omit({ demand: true }),
    item: ResponseSchema,
    page: ResponsePageSchema,
    embeds: responseEmbeds,
    check: (db, { id }) => assertRecordExists(db, demands, 'demand', id),
    list: (db, query, { id }) => listResponses(db, { ...query, demand: id }),
  });
};

export default demandsRoutes;
