import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getIssue, listIssues } from '../../domain/issues/queries.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
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
      config: { sparse: 'record' },
      schema: {
        tags: ['Issues'],
        operationId: 'getIssue',
        summary: 'Get an issue',
        params: issueParams,
        querystring: IssueFiltersSchema.pick({ asOf: true }).extend(sparseParams(IssueSchema)),
        response: { 200: okResponse(IssueSchema, 'The issue.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getIssue(app.db, request.params.id, request.query),
  );

  registerWriteRoutes(app, {
    type: 'issue',
    collection: 'issues',
    tag: 'Issues',
    record: IssueSchema,
    get: (db, id) => getIssue(db, id),
    inputId: 'Issue',
    exampleId: 'humanitarian-aid-channels',
  });
};

export default issuesRoutes;
