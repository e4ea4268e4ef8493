import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { issues } from '../../db/schema.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { listDemands } from '../demands/queries.js';
import { DemandFiltersSchema, DemandListSchema } from '../demands/schemas.js';
import { assertRecordExists } from '../records.js';
import { getIssue, listIssues } from './queries.js';
import { IssueListSchema, IssueSchema } from './schemas.js';

const issuesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/issues',
    {
      schema: {
        tags: ['Issues'],
        operationId: 'listIssues',
        summary: 'List issues',
        querystring: z.strictObject({}),
        response: { 200: okResponse(IssueListSchema, 'The issues.'), ...problemResponses(400) },
      },
    },
    async () => ({ items: listIssues(app.db) }),
  );

  app.get(
    '/issues/:id',
    {
      schema: {
        tags: ['Issues'],
        operationId: 'getIssue',
        summary: 'Get an issue',
        params: idParams('humanitarian-aid-channels'),
        response: { 200: okResponse(IssueSchema, 'The issue.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getIssue(app.db, request.params.id),
  );

  app.get(
    '/issues/:id/demands',
    {
      schema: {
        tags: ['Issues', 'Demands'],
        operationId: 'listIssueDemands',
        summary: 'List the demands on an issue',
        params: idParams('humanitarian-aid-channels'),
        querystring: DemandFiltersSchema.omit({ issue: true }),
        response: { 200: okResponse(DemandListSchema, 'The matching demands.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      assertRecordExists(app.db, issues, 'issue', request.params.id);
      return { items: listDemands(app.db, { ...request.query, issue: request.params.id }) };
    },
  );
};

export default issuesRoutes;
