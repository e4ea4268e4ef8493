import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { proposals } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { listDemands } from '../demands/queries.js';
import { DemandFiltersSchema, DemandListSchema } from '../demands/schemas.js';
import { assertRecordExists } from '../records.js';
import { getProposal, listProposals } from './queries.js';
import { ProposalFiltersSchema, ProposalListSchema, ProposalSchema } from './schemas.js';

const proposalsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/proposals',
    {
      schema: {
        tags: ['Proposals'],
        operationId: 'listProposals',
        summary: 'List proposals',
        querystring: ProposalFiltersSchema,
        response: { 200: okResponse(ProposalListSchema, 'The matching proposals.'), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: listProposals(app.db, request.query) }),
  );

  app.get(
    '/proposals/:id',
    {
      schema: {
        tags: ['Proposals'],
        operationId: 'getProposal',
        summary: 'Get a proposal',
        params: idParams('truce-framework'),
        response: { 200: okResponse(ProposalSchema, 'The proposal.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getProposal(app.db, request.params.id),
  );

  app.get(
    '/proposals/:id/demands',
    {
      schema: {
        tags: ['Proposals', 'Demands'],
        operationId: 'listProposalDemands',
        summary: 'List the demands to amend a proposal',
        params: idParams('truce-framework'),
        querystring: DemandFiltersSchema.omit({ proposal: true }),
        response: { 200: okResponse(DemandListSchema, 'The matching demands.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      assertRecordExists(app.db, proposals, 'proposal', request.params.id);
      return { items: listDemands(app.db, { ...request.query, proposal: request.params.id }) };
    },
  );
};

export default proposalsRoutes;
