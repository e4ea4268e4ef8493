import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getActor, listActors } from '../../domain/actors/queries.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { ActorFiltersSchema, ActorPageSchema, ActorSchema } from './schemas.js';

const actorsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/actors',
    tags: ['Actors'],
    operationId: 'listActors',
    summary: 'List actors',
    description: 'People and bodies acting for the parties, optionally filtered by party and kind.',
    querystring: ActorFiltersSchema,
    item: ActorSchema,
    page: ActorPageSchema,
    list: (db, query) => listActors(db, query),
  });

  app.get(
    '/actors/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Actors'],
        operationId: 'getActor',
        summary: 'Get an actor',
        params: idParams('benjamin-netanyahu'),
        querystring: ActorFiltersSchema.pick({ asOf: true }).extend(sparseParams(ActorSchema)),
        response: { 200: okResponse(ActorSchema, 'The actor.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getActor(app.db, request.params.id, request.query),
  );

  registerWriteRoutes(app, {
    type: 'actor',
    collection: 'actors',
    tag: 'Actors',
    record: ActorSchema,
    get: (db, id) => getActor(db, id),
    inputId: 'Actor',
    exampleId: 'benjamin-netanyahu',
  });
};

export default actorsRoutes;
