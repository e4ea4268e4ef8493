import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getMeetingIncluding, listMeetingsIncluding, meetingEmbeds } from '../../domain/relations.js';
import { assertExists } from '../../domain/rows.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { MeetingPageSchema, MeetingSchema } from '../relations.js';
import { MeetingFiltersSchema } from './schemas.js';

const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/meetings',
    tags: ['Meetings'],
    operationId: 'listMeetings',
    summary: 'List meetings',
    description:
      'Meetings held, scheduled or planned, optionally filtered by status, kind, location, participant and date.',
    querystring: MeetingFiltersSchema,
    item: MeetingSchema,
    page: MeetingPageSchema,
    embeds: meetingEmbeds,
    list: (db, query) => listMeetingsIncluding(db, query),
  });

  app.get(
    '/meetings/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Meetings'],
        operationId: 'getMeeting',
        summary: 'Get a meeting',
        params: idParams('washington-meeting'),
        querystring: MeetingFiltersSchema.pick({ include: true, asOf: true }).extend(sparseParams(MeetingSchema)),
        response: {
          200: okResponse(MeetingSchema, 'The meeting with its participants.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => getMeetingIncluding(app.db, request.params.id, request.query),
  );

  registerListRoute(app, {
    url: '/parties/:id/meetings',
    tags: ['Parties', 'Meetings'],
    operationId: 'listPartyMeetings',
    summary: 'List the meetings a party takes part in',
    params: idParams('hamas'),
    querystring: MeetingFiltersSchema.omit({ party: true }),
    item: MeetingSchema,
    page: MeetingPageSchema,
    embeds: meetingEmbeds,
    check: (db, { id }) => assertExists(db, 'party', id),
    list: (db, query, { id }) => listMeetingsIncluding(db, { ...query, party: [id] }),
  });

  registerListRoute(app, {
    url: '/issues/:id/meetings',
    tags: ['Issues', 'Meetings'],
    operationId: 'listIssueMeetings',
    summary: 'List the meetings discussing an issue',
    params: idParams('ending-the-war'),
    querystring: MeetingFiltersSchema.omit({ issue: true }),
    item: MeetingSchema,
    page: MeetingPageSchema,
    embeds: meetingEmbeds,
    check: (db, { id }) => assertExists(db, 'issue', id),
    list: (db, query, { id }) => listMeetingsIncluding(db, { ...query, issue: [id] }),
  });

  registerListRoute(app, {
    url: '/proposals/:id/meetings',
    tags: ['Proposals', 'Meetings'],
    operationId: 'listProposalMeetings',
    summary: 'List the meetings discussing a proposal',
    params: idParams('truce-framework'),
    querystring: MeetingFiltersSchema.omit({ proposal: true }),
    item: MeetingSchema,
    page: MeetingPageSchema,
    embeds: meetingEmbeds,
    check: (db, { id }) => assertExists(db, 'proposal', id),
    list: (db, query, { id }) => listMeetingsIncluding(db, { ...query, proposal: [id] }),
  });

  registerWriteRoutes(app, {
    type: 'meeting',
    collection: 'meetings',
    tag: 'Meetings',
    record: MeetingSchema,
    get: (db, id) => getMeetingIncluding(db, id),
    inputId: 'Meeting',
    exampleId: 'doha-talks',
  });
};

export default meetingsRoutes;
