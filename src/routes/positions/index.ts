import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  listPositions,
  listPositionsJson,
  pageOrder,
  positionsOnTopic,
  type TopicPositionsWithQuotes,
} from '../../domain/positions/queries.js';
import { assertExists } from '../../domain/rows.js';
import { idParams, okResponse } from '../../http/common.js';
import { registerListRoute } from '../../http/list-route.js';
import { problemResponses } from '../../http/problem.js';
import {
  PositionFiltersSchema,
  PositionRowSchema,
  PositionsPageSchema,
  TopicPositionsSchema,
  TopicPositionsWithQuotesSchema,
} from './schemas.js';

const derivation = [
  'Derived from demands and responses: on an issue, a party that made a demand `demands` it (or `withdrew`), and a ' +
    'party that answered demands on the issue takes its answer’s stance towards them; on a proposal, a party takes ' +
    'the stance of its response to the proposal itself (Hamas `accepts-with-conditions` the truce framework).',
  'When a party has several such records, the latest decides: dated records by date; undated ones in the order the ' +
    'text gives (“following the meeting”), else as their sources report them. Each position says what it is ' +
    '`towards` and lists the records and quotes behind it.',
].join(' ');

/** Exported, each topic carries the quotes of its own basis records (a page holds them once for all). */
const withOwnQuotes = ({ items, quotes }: ReturnType<typeof listPositions>): TopicPositionsWithQuotes[] =>
  items.map((item) => ({
    ...item,
    // In the topic's own order (pageOrder of the topic alone), as its own endpoint answers: not the page's.
    quotes: Object.fromEntries(pageOrder([item]).map((href) => [href, quotes[href] ?? []])),
  }));

/** The CSV export: a row per party and topic, with the quotes of the records behind the position. */
const positionRows = {
  row: PositionRowSchema,
  rows: ({ items, quotes }: ReturnType<typeof listPositions>) =>
    items.flatMap(({ topic, positions }) =>
      positions.map((position) => ({
        topicType: topic.type,
        topicId: topic.id,
        topicTitle: topic.title,
        ...position,
        evidence: position.basis.flatMap((basis) => quotes[basis.href] ?? []),
      })),
    ),
};

const positionsRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/positions',
    tags: ['Positions'],
    operationId: 'listPositions',
    summary: 'Every party’s current stance on every issue and proposal',
    description: `${derivation}\n\nPaged by topic, issues first; \`stance\` filters the positions within each topic.`,
    querystring: PositionFiltersSchema,
    item: TopicPositionsSchema,
    page: PositionsPageSchema,
    list: (db, query) => listPositions(db, query),
    listJson: (db, query) => listPositionsJson(db, query),
    exportRecords: withOwnQuotes,
    csv: positionRows,
  });

  for (const type of ['issue', 'proposal'] as const) {
    app.get(
      `/${type}s/:id/positions`,
      {
        schema: {
          tags: ['Positions', type === 'issue' ? 'Issues' : 'Proposals'],
          operationId: type === 'issue' ? 'getIssuePositions' : 'getProposalPositions',
          summary: `Every party’s current stance on one ${type}`,
          description: derivation,
          params: idParams(type === 'issue' ? 'humanitarian-aid-channels' : 'truce-framework'),
          querystring: PositionFiltersSchema.pick({ party: true, stance: true, asOf: true }),
          response: {
            200: okResponse(TopicPositionsWithQuotesSchema, `The positions on the ${type}, with their quotes.`),
            ...problemResponses(400, 404),
          },
        },
      },
      async (request) => positionsOnTopic(app.db, type, request.params.id, request.query),
    );
  }

  registerListRoute(app, {
    url: '/parties/:id/positions',
    tags: ['Positions', 'Parties'],
    operationId: 'listPartyPositions',
    summary: 'A party’s current stance on each issue and proposal',
    description: derivation,
    params: idParams('israel'),
    querystring: PositionFiltersSchema.omit({ party: true }),
    item: TopicPositionsSchema,
    page: PositionsPageSchema,
    check: (db, { id }) => assertExists(db, 'party', id),
    list: (db, query, { id }) => listPositions(db, { ...query, party: [id] }),
    listJson: (db, query, { id }) => listPositionsJson(db, { ...query, party: [id] }),
    exportRecords: withOwnQuotes,
    csv: positionRows,
  });
};

export default positionsRoutes;
