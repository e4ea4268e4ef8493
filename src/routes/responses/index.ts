import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { registerListRoute } from '../list-route.js';
import { getResponse, listResponses } from './queries.js';
import { ResponseFiltersSchema, ResponsePageSchema, ResponseSchema, responseEmbeds } from './schemas.js';

const responsesRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/responses',
    tags: ['Responses'],
    operationId: 'listResponses',
    summary: 'List responses',
    description: 'Responses in the order the sources report them, optionally filtered by party, actor, answered demand, proposal, stance and date.',
    querystring: ResponseFiltersSchema,
    item: ResponseSchema,
    page: ResponsePageSchema,
    embeds: responseEmbeds,
    list: (db, query) => listResponses(db, query),
  });

  app.get(
    '/responses/:id',
    {
      schema: {
        tags: ['Responses'],
        operationId: 'getResponse',
        summary: 'Get a response',
        params: idParams('israel-rejects-hamas-amendments'),
        querystring: ResponseFiltersSchema.pick({ include: true }),
        response: { 200: okResponse(ResponseSchema, 'The response with the demands it answers.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getResponse(app.db, request.params.id, request.query.include),
  );
};

export default responsesRoutes;
