import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listTimeline } from '../../domain/timeline/queries.js';
import { registerListRoute } from '../../http/list-route.js';
import { TimelineEventSchema, TimelineFiltersSchema, TimelinePageSchema } from './schemas.js';

const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/timeline',
    tags: ['Timeline'],
    operationId: 'listTimeline',
    summary: 'Meetings, demands and responses in order',
    description:
      'Events whose date the sources do not give come first, in the order the sources report them; dated events ' +
      'follow, by date. Each event links to its record.',
    querystring: TimelineFiltersSchema,
    item: TimelineEventSchema,
    page: TimelinePageSchema,
    list: (db, query) => listTimeline(db, query),
  });
};

export default timelineRoutes;
