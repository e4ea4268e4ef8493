import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parties } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { listDemands } from '../demands/queries.js';
import { DemandFiltersSchema, DemandListSchema } from '../demands/schemas.js';
import { listMeetings } from '../meetings/queries.js';
import { MeetingFiltersSchema, MeetingListSchema } from '../meetings/schemas.js';
import { assertRecordExists } from '../records.js';
import { listResponses } from '../responses/queries.js';
import { ResponseFiltersSchema, ResponseListSchema } from '../responses/schemas.js';
import { getParty, listParties } from './queries.js';
import { PartyFiltersSchema, PartyListSchema, PartySchema } from './schemas.js';

const partiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/parties',
    {
      schema: {
        tags: ['Parties'],
        operationId: 'listParties',
        summary: 'List parties',
        description: 'Every party with the actors who act for it.',
        querystring: PartyFiltersSchema,
        response: { 200: okResponse(PartyListSchema, 'The matching parties, each with its actors.'), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: listParties(app.db, request.query) }),
  );

  app.get(
    '/parties/:id',
    {
      schema: {
        tags: ['Parties'],
        operationId: 'getParty',
        summary: 'Get a party',
        params: idParams('hamas'),
        response: { 200: okResponse(PartySchema, 'The party with its actors.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getParty(app.db, request.params.id),
  );

  app.get(
    '/parties/:id/demands',
    {
      schema: {
        tags: ['Parties', 'Demands'],
        operationId: 'listPartyDemands',
        summary: 'List a party’s demands',
        params: idParams('hamas'),
        querystring: DemandFiltersSchema.omit({ party: true }),
        response: { 200: okResponse(DemandListSchema, 'The matching demands.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      assertRecordExists(app.db, parties, 'party', request.params.id);
      return { items: listDemands(app.db, { ...request.query, party: request.params.id }) };
    },
  );

  app.get(
    '/parties/:id/responses',
    {
      schema: {
        tags: ['Parties', 'Responses'],
        operationId: 'listPartyResponses',
        summary: 'List a party’s responses',
        params: idParams('hamas'),
        querystring: ResponseFiltersSchema.omit({ party: true }),
        response: { 200: okResponse(ResponseListSchema, 'The matching responses.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      assertRecordExists(app.db, parties, 'party', request.params.id);
      return { items: listResponses(app.db, { ...request.query, party: request.params.id }) };
    },
  );

  app.get(
    '/parties/:id/meetings',
    {
      schema: {
        tags: ['Parties', 'Meetings'],
        operationId: 'listPartyMeetings',
        summary: 'List the meetings a party takes part in',
        params: idParams('hamas'),
        querystring: MeetingFiltersSchema.omit({ party: true }),
        response: { 200: okResponse(MeetingListSchema, 'The matching meetings.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      assertRecordExists(app.db, parties, 'party', request.params.id);
      return { items: listMeetings(app.db, { ...request.query, party: request.params.id }) };
    },
  );
};

export default partiesRoutes;
