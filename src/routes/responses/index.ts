import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getResponseIncluding, listResponsesIncluding, responseEmbeds } from '../../domain/relations.js';
import { assertExists } from '../../domain/rows.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { ResponsePageSchema, ResponseSchema } from '../relations.js';
import { ResponseFiltersSchema } from './schemas.js';

const responsesRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/responses',
    tags: ['Responses'],
    operationId: 'listResponses',
    summary: 'List responses',
    description:
      'Responses in the order the sources report them, optionally filtered by party, actor, answered demand, ' +
      'proposal, stance and date.',
    querystring: ResponseFiltersSchema,
    item: ResponseSchema,
    page: ResponsePageSchema,
    embeds: responseEmbeds,
    list: (db, query) => listResponsesIncluding(db, query),
  });

  app.get(
    '/responses/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Responses'],
        operationId: 'getResponse',
        summary: 'Get a response',
        params: idParams('israel-rejects-hamas-amendments'),
        querystring: ResponseFiltersSchema.pick({ include: true, asOf: true }).extend(sparseParams(ResponseSchema)),
        response: {
          200: okResponse(ResponseSchema, 'The response with the demands it answers.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => getResponseIncluding(app.db, request.params.id, request.query),
  );

  registerListRoute(app, {
    url: '/parties/:id/responses',
    tags: ['Parties', 'Responses'],
    operationId: 'listPartyResponses',
    summary: 'List a party’s responses',
    params: idParams('hamas'),
    querystring: ResponseFiltersSchema.omit({ party: true }),
    item: ResponseSchema,
    page: ResponsePageSchema,
    embeds: responseEmbeds,
    check: (db, { id }) => assertExists(db, 'party', id),
    list: (db, query, { id }) => listResponsesIncluding(db, { ...query, party: [id] }),
  });

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
    check: (db, { id }) => assertExists(db, 'demand', id),
    list: (db, query, { id }) => listResponsesIncluding(db, { ...query, demand: [id] }),
  });

  registerWriteRoutes(app, {
    type: 'response',
    collection: 'responses',
    tag: 'Responses',
    record: ResponseSchema,
    get: (db, id) => getResponseIncluding(db, id),
    inputId: 'Response',
    exampleId: 'israel-rejects-hamas-amendments',
  });
};

export default responsesRoutes;
