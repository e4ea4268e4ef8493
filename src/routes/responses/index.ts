import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { getResponse, listResponses } from './queries.js';
import { ResponseFiltersSchema, ResponseListSchema, ResponseSchema } from './schemas.js';

const responsesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/responses',
    {
      schema: {
        tags: ['Responses'],
        operationId: 'listResponses',
        summary: 'List responses',
        description: 'Responses in the order the sources report them, optionally filtered by party, answered demand, proposal and stance.',
        querystring: ResponseFiltersSchema,
        response: { 200: okResponse(ResponseListSchema, 'The matching responses.'), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: listResponses(app.db, request.query) }),
  );

  app.get(
    '/responses/:id',
    {
      schema: {
        tags: ['Responses'],
        operationId: 'getResponse',
        summary: 'Get a response',
        params: idParams('israel-rejects-hamas-amendments'),
        response: { 200: okResponse(ResponseSchema, 'The response with the demands it answers.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getResponse(app.db, request.params.id),
  );
};

export default responsesRoutes;
