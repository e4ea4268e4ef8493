import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { getMeeting, listMeetings } from './queries.js';
import { MeetingFiltersSchema, MeetingListSchema, MeetingSchema } from './schemas.js';

const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings',
    {
      schema: {
        tags: ['Meetings'],
        operationId: 'listMeetings',
        summary: 'List meetings',
        description: 'Meetings held, scheduled or planned, optionally filtered by status, kind and participating party.',
        querystring: MeetingFiltersSchema,
        response: { 200: okResponse(MeetingListSchema, 'The matching meetings.'), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: listMeetings(app.db, request.query) }),
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags: ['Meetings'],
        operationId: 'getMeeting',
        summary: 'Get a meeting',
        params: idParams('washington-meeting'),
        response: { 200: okResponse(MeetingSchema, 'The meeting with its participants.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getMeeting(app.db, request.params.id),
  );
};

export default meetingsRoutes;
