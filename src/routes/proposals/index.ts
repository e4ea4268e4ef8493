import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getProposal, listProposals } from '../../domain/proposals/queries.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
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
      config: { sparse: 'record' },
      schema: {
        tags: ['Proposals'],
        operationId: 'getProposal',
        summary: 'Get a proposal',
        params: proposalParams,
        querystring: ProposalFiltersSchema.pick({ asOf: true }).extend(sparseParams(ProposalSchema)),
        response: { 200: okResponse(ProposalSchema, 'The proposal.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getProposal(app.db, request.params.id, request.query),
  );

  registerWriteRoutes(app, {
    type: 'proposal',
    collection: 'proposals',
    tag: 'Proposals',
    record: ProposalSchema,
    get: (db, id) => getProposal(db, id),
    inputId: 'Proposal',
    exampleId: 'truce-framework',
  });
};

export default proposalsRoutes;
