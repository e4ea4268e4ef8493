import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getPartyWithActors, listPartiesWithActors } from '../../domain/relations.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { PartyPageSchema, PartySchema } from '../relations.js';
import { PartyFiltersSchema } from './schemas.js';

const partiesRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/parties',
    tags: ['Parties'],
    operationId: 'listParties',
    summary: 'List parties',
    description: 'Every party with the actors who act for it.',
    querystring: PartyFiltersSchema,
    item: PartySchema,
    page: PartyPageSchema,
    list: (db, query) => listPartiesWithActors(db, query),
  });

  app.get(
    '/parties/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Parties'],
        operationId: 'getParty',
        summary: 'Get a party',
        params: idParams('hamas'),
        querystring: PartyFiltersSchema.pick({ asOf: true }).extend(sparseParams(PartySchema)),
        response: { 200: okResponse(PartySchema, 'The party with its actors.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getPartyWithActors(app.db, request.params.id, request.query),
  );

  registerWriteRoutes(app, {
    type: 'party',
    collection: 'parties',
    tag: 'Parties',
    record: PartySchema,
    get: (db, id) => getPartyWithActors(db, id),
    inputId: 'Party',
    exampleId: 'hamas',
  });
};

export default partiesRoutes;
