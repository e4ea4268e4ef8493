import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { proposals } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { listDemands } from '../demands/queries.js';
import { DemandFiltersSchema, DemandPageSchema, DemandSchema, demandEmbeds } from '../demands/schemas.js';
import { registerListRoute } from '../list-route.js';
import { assertRecordExists } from '../records.js';
import { getProposal, listProposals } from './queries.js';
import { ProposalFiltersSchema, ProposalPageSchema, ProposalSchema } from './schemas.js';

const proposalParams = idParams('truce-framework');

const proposalsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/proposals',
    tags: ['Proposals'],
    operationId: 'listProposals',
    summary: 'List proposals',
    querystring: ProposalFiltersSchema,
    item: ProposalSchema,
    page: ProposalPageSchema,
    list: (db, query) => listProposals(db, query),
  });

  app.get(
    '/proposals/:id',
    {
      schema: {
        tags: ['Proposals'],
        operationId: 'getProposal',
        summary: 'Get a proposal',
        params: proposalParams,
        response: { 200: okResponse(ProposalSchema, 'The proposal.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getProposal(app.db, request.params.id),
  );

  registerListRoute(app, {
    url: '/proposals/:id/demands',
    tags: ['Proposals', 'Demands'],
    operationId: 'listProposalDemands',
    summary: 'List the demands to amend a proposal',
    params: proposalParams,
    querystring: DemandFiltersSchema.omit({ proposal: true }),
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    check: (db, { id }) => assertRecordExists(db, proposals, 'proposal', id),
    list: (db, query, { id }) => listDemands(db, { ...query, proposal: id }),
  });
};

export default proposalsRoutes;
