import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parties } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { listDemands } from '../demands/queries.js';
import { DemandFiltersSchema, DemandPageSchema, DemandSchema, demandEmbeds } from '../demands/schemas.js';
import { registerListRoute } from '../list-route.js';
import { listMeetings } from '../meetings/queries.js';
import { MeetingFiltersSchema, MeetingPageSchema, MeetingSchema, meetingEmbeds } from '../meetings/schemas.js';
import { assertRecordExists } from '../records.js';
import { listResponses } from '../responses/queries.js';
import { ResponseFiltersSchema, ResponsePageSchema, ResponseSchema, responseEmbeds } from '../responses/schemas.js';
import { getParty, listParties } from './queries.js';
import { PartyFiltersSchema, PartyPageSchema, PartySchema } from './schemas.js';

const partyParams = idParams('hamas');
const partyMustExist = (db: Parameters<typeof assertRecordExists>[0], { id }: { id: string }) =>
  assertRecordExists(db, parties, 'party', id);

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
    list: (db, query) => listParties(db, query),
  });

  app.get(
    '/parties/:id',
    {
      schema: {
        tags: ['Parties'],
        operationId: 'getParty',
        summary: 'Get a party',
        params: partyParams,
        response: { 200: okResponse(PartySchema, 'The party with its actors.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getParty(app.db, request.params.id),
  );

  registerListRoute(app, {
    url: '/parties/:id/demands',
    tags: ['Parties', 'Demands'],
    operationId: 'listPartyDemands',
    summary: 'List a party’s demands',
    params: partyParams,
    querystring: DemandFiltersSchema.omit({ party: true }),
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    check: partyMustExist,
    list: (db, query, { id }) => listDemands(db, { ...query, party: id }),
  });

  registerListRoute(app, {
    url: '/parties/:id/responses',
    tags: ['Parties', 'Responses'],
    operationId: 'listPartyResponses',
    summary: 'List a party’s responses',
    params: partyParams,
    querystring: ResponseFiltersSchema.omit({ party: true }),
    item: ResponseSchema,
    page: ResponsePageSchema,
    embeds: responseEmbeds,
    check: partyMustExist,
    list: (db, query, { id }) => listResponses(db, { ...query, party: id }),
  });

  registerListRoute(app, {
    url: '/parties/:id/meetings',
    tags: ['Parties', 'Meetings'],
    operationId: 'listPartyMeetings',
    summary: 'List the meetings a party takes part in',
    params: partyParams,
    querystring: MeetingFiltersSchema.omit({ party: true }),
    item: MeetingSchema,
    page: MeetingPageSchema,
    embeds: meetingEmbeds,
    check: partyMustExist,
    list: (db, query, { id }) => listMeetings(db, { ...query, party: id }),
  });
};

export default partiesRoutes;
