import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { demandEmbeds, getDemandIncluding, listDemandsIncluding } from '../../domain/relations.js';
import { assertExists } from '../../domain/rows.js';
import { listDemandsJson } from '../../domain/stored-records.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { DemandPageSchema, DemandSchema } from '../relations.js';
import { DemandFiltersSchema } from './schemas.js';

const demandsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/demands',
    tags: ['Demands'],
    operationId: 'listDemands',
    summary: 'List demands',
    description:
      'Demands in the order the sources report them, optionally filtered by party, issue, proposal, status and date.',
    querystring: DemandFiltersSchema,
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    list: (db, query) => listDemandsIncluding(db, query),
    listJson: (db, query) => listDemandsJson(db, query),
  });

  app.get(
    '/demands/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Demands'],
        operationId: 'getDemand',
        summary: 'Get a demand',
        params: idParams('aid-through-pre-existing-channels'),
        querystring: DemandFiltersSchema.pick({ include: true, asOf: true }).extend(sparseParams(DemandSchema)),
        response: { 200: okResponse(DemandSchema, 'The demand.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getDemandIncluding(app.db, request.params.id, request.query),
  );

  registerListRoute(app, {
    url: '/parties/:id/demands',
    tags: ['Parties', 'Demands'],
    operationId: 'listPartyDemands',
    summary: 'List a party’s demands',
    params: idParams('hamas'),
    querystring: DemandFiltersSchema.omit({ party: true }),
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    check: (db, { id }) => assertExists(db, 'party', id),
    list: (db, query, { id }) => listDemandsIncluding(db, { ...query, party: [id] }),
    listJson: (db, query, { id }) => listDemandsJson(db, { ...query, party: [id] }),
  });

  registerListRoute(app, {
    url: '/issues/:id/demands',
    tags: ['Issues', 'Demands'],
    operationId: 'listIssueDemands',
    summary: 'List the demands on an issue',
    params: idParams('humanitarian-aid-channels'),
    querystring: DemandFiltersSchema.omit({ issue: true }),
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    check: (db, { id }) => assertExists(db, 'issue', id),
    list: (db, query, { id }) => listDemandsIncluding(db, { ...query, issue: [id] }),
    listJson: (db, query, { id }) => listDemandsJson(db, { ...query, issue: [id] }),
  });

  registerListRoute(app, {
    url: '/proposals/:id/demands',
    tags: ['Proposals', 'Demands'],
    operationId: 'listProposalDemands',
    summary: 'List the demands to amend a proposal',
    params: idParams('truce-framework'),
    querystring: DemandFiltersSchema.omit({ proposal: true }),
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    check: (db, { id }) => assertExists(db, 'proposal', id),
    list: (db, query, { id }) => listDemandsIncluding(db, { ...query, proposal: [id] }),
    listJson: (db, query, { id }) => listDemandsJson(db, { ...query, proposal: [id] }),
  });

  registerWriteRoutes(app, {
    type: 'demand',
    collection: 'demands',
    tag: 'Demands',
    record: DemandSchema,
    get: (db, id) => getDemandIncluding(db, id),
    inputId: 'Demand',
    exampleId: 'aid-through-pre-existing-channels',
  });
};

export default demandsRoutes;
