import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { registerListRoute } from '../list-route.js';
import { getMeeting, listMeetings } from './queries.js';
import { MeetingFiltersSchema, MeetingPageSchema, MeetingSchema, meetingEmbeds } from './schemas.js';

const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/meetings',
    tags: ['Meetings'],
    operationId: 'listMeetings',
    summary: 'List meetings',
    description: 'Meetings held, scheduled or planned, optionally filtered by status, kind, location, participant and date.',
    querystring: MeetingFiltersSchema,
    item: MeetingSchema,
    page: MeetingPageSchema,
    embeds: meetingEmbeds,
    list: (db, query) => listMeetings(db, query),
  });

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags: ['Meetings'],
        operationId: 'getMeeting',
        summary: 'Get a meeting',
        params: idParams('washington-meeting'),
        querystring: MeetingFiltersSchema.pick({ include: true }),
        response: { 200: okResponse(MeetingSchema, 'The meeting with its participants.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getMeeting(app.db, request.params.id, request.query.include),
  );
};

export default meetingsRoutes;
