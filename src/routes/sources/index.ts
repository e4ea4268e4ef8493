import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { getSource, listSources } from './queries.js';
import { SourceListSchema, SourceSchema } from './schemas.js';

const sourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        tags: ['Sources'],
        operationId: 'listSources',
        summary: 'List sources',
        description: 'Sources without their text; get one by id for the full text.',
        querystring: z.strictObject({}),
        response: { 200: okResponse(SourceListSchema, 'The sources, without their text.'), ...problemResponses(400) },
      },
    },
    async () => ({ items: listSources(app.db) }),
  );

  app.get(
    '/sources/:id',
    {
      schema: {
        tags: ['Sources'],
        operationId: 'getSource',
        summary: 'Get a source with its full text',
        params: idParams('ceasefire-talks-report'),
        response: { 200: okResponse(SourceSchema, 'The source with its full text.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getSource(app.db, request.params.id),
  );
};

export default sourcesRoutes;
