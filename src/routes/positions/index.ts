import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listPositions, positionsOnIssue } from '../../domain/positions/queries.js';
import { assertExists } from '../../domain/rows.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import { IssuePositionsSchema, PositionFiltersSchema, PositionsPageSchema } from './schemas.js';

const derivation =
  'Derived from demands and responses, never stored: a party that made a demand on an issue `demands` it (or `withdrew`); a party that answered demands on the issue takes its response’s stance. When a party has several such records, the latest decides: dated records are later than undated ones and ordered by date; undated ones are ordered as their sources report them. Each position lists the records and quotes behind it.';

const positionsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/positions',
    tags: ['Positions'],
    operationId: 'listPositions',
    summary: 'Every party’s current stance on every issue',
    description: `${derivation}\n\nPaged by issue; \`stance\` filters the positions within each issue.`,
    querystring: PositionFiltersSchema,
    item: IssuePositionsSchema,
    page: PositionsPageSchema,
    list: (db, query) => listPositions(db, query),
  });

  app.get(
    '/issues/:id/positions',
    {
      schema: {
        tags: ['Positions', 'Issues'],
        operationId: 'getIssuePositions',
        summary: 'Every party’s current stance on one issue',
        description: derivation,
        params: idParams('humanitarian-aid-channels'),
        querystring: PositionFiltersSchema.pick({ party: true, stance: true }),
        response: {
          200: okResponse(IssuePositionsSchema, 'The positions on the issue.'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => positionsOnIssue(app.db, request.params.id, request.query),
  );

  registerListRoute(app, {
    url: '/parties/:id/positions',
    tags: ['Positions', 'Parties'],
    operationId: 'listPartyPositions',
    summary: 'A party’s current stance on each issue',
    description: derivation,
    params: idParams('israel'),
    querystring: PositionFiltersSchema.omit({ party: true }),
    item: IssuePositionsSchema,
    page: PositionsPageSchema,
    check: (db, { id }) => assertExists(db, 'party', id),
    list: (db, query, { id }) => listPositions(db, { ...query, party: id }),
  });
};

export default positionsRoutes;
