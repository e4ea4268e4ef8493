import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getStatement, listStatements } from '../../domain/statements/queries.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { sparseParams } from '../../http/sparse.js';
import { registerWriteRoutes } from '../../http/write-routes.js';
import { StatementFiltersSchema, StatementPageSchema, StatementSchema } from './schemas.js';

const statementsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/statements',
    tags: ['Statements'],
    operationId: 'listStatements',
    summary: 'List statements',
    description:
      'Intentions, firm stances, appeals, context and the reporter’s assessments, each with its speaker and how it ' +
      'is reported.',
    querystring: StatementFiltersSchema,
    item: StatementSchema,
    page: StatementPageSchema,
    list: (db, query) => listStatements(db, query),
  });

  app.get(
    '/statements/:id',
    {
      config: { sparse: 'record' },
      schema: {
        tags: ['Statements'],
        operationId: 'getStatement',
        summary: 'Get a statement',
        params: idParams('international-stakeholders-urge-flexibility'),
        querystring: StatementFiltersSchema.pick({ asOf: true }).extend(sparseParams(StatementSchema)),
        response: { 200: okResponse(StatementSchema, 'The statement.'), ...problemResponses(400, 404) },
      },
    },
    async (request) => getStatement(app.db, request.params.id, request.query),
  );

  registerWriteRoutes(app, {
    type: 'statement',
    collection: 'statements',
    tag: 'Statements',
    record: StatementSchema,
    get: (db, id) => getStatement(db, id),
    inputId: 'Statement',
    exampleId: 'international-stakeholders-urge-flexibility',
  });
};

export default statementsRoutes;
