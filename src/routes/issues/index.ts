import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { issues } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { listDemands } from '../demands/queries.js';
import { DemandFiltersSchema, DemandPageSchema, DemandSchema, demandEmbeds } from '../demands/schemas.js';
import { registerListRoute } from '../list-route.js';
import { assertRecordExists } from '../records.js';
import { getIssue, listIssues } from './queries.js';
import { IssueFiltersSchema, IssuePageSchema, IssueSchema } from './schemas.js';

const issueParams = idParams('humanitarian-aid-channels');

const issuesRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/issues',
    tags: ['Issues'],
    operationId: 'listIssues',
    summary: 'List issues',
    querystring: IssueFiltersSchema,
    item: IssueSchema,
    page: IssuePageSchema,
    list: (db, query) => listIssues(db, query),
  });

  app.get(
    '/issues/:id',
    {
      schema: {
        tags: ['Issues'],
        operationId: 'getIssue',
        summary: 'Get an issue',
        params: issueParams,
        response: { 200: okResponse(IssueSchema, 'The issue.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getIssue(app.db, request.params.id),
  );

  registerListRoute(app, {
    url: '/issues/:id/demands',
    tags: ['Issues', 'Demands'],
    operationId: 'listIssueDemands',
    summary: 'List the demands on an issue',
    params: issueParams,
    querystring: DemandFiltersSchema.omit({ issue: true }),
    item: DemandSchema,
    page: DemandPageSchema,
    embeds: demandEmbeds,
    check: (db, { id }) => assertRecordExists(db, issues, 'issue', id),
    list: (db, query, { id }) => listDemands(db, { ...query, issue: id }),
  });
};

export default issuesRoutes;
