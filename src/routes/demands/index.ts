import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { demands } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { assertRecordExists } from '../records.js';
import { listResponses } from '../responses/queries.js';
import { ResponseFiltersSchema, ResponseListSchema } from '../responses/schemas.js';
import { getDemand, listDemands } from './queries.js';
import { DemandFiltersSchema, DemandListSchema, DemandSchema } from './schemas.js';

const demandsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/demands',
    {
      schema: {
        tags: ['Demands'],
        operationId: 'listDemands',
        summary: 'List demands',
        description: 'Demands in the order the sources report them, optionally filtered by party, issue, proposal and status.',
        querystring: DemandFiltersSchema,
        response: { 200: okResponse(DemandListSchema, 'The matching demands.'), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: listDemands(app.db, request.query) }),
  );

  app.get(
    '/demands/:id',
    {
      schema: {
        tags: ['Demands'],
        operationId: 'getDemand',
        summary: 'Get a demand',
        params: idParams('aid-through-pre-existing-channels'),
        response: { 200: okResponse(DemandSchema, 'The demand.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getDemand(app.db, request.params.id),
  );

  app.get(
    '/demands/:id/responses',
    {
      schema: {
        tags: ['Demands', 'Responses'],
        operationId: 'listDemandResponses',
        summary: 'List the responses to a demand',
        description: 'Every response that answers this demand, whether it singles the demand out or not.',
        params: idParams('aid-through-pre-existing-channels'),
        querystring: ResponseFiltersSchema.omit({ demand: true }),
        response: { 200: okResponse(ResponseListSchema, 'The matching responses.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      assertRecordExists(app.db, demands, 'demand', request.params.id);
      return { items: listResponses(app.db, { ...request.query, demand: request.params.id }) };
    },
  );
};

export default demandsRoutes;
