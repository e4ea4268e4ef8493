import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { search } from '../../domain/search/queries.js';
import { okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { SearchQuerySchema, SearchResultsSchema } from './schemas.js';

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['Search'],
        operationId: 'search',
        summary: 'Search records and quotes',
        description:
          'Full-text search (SQLite FTS5, BM25 ranking) over titles, names, summaries, reasons, statements, ' +
          'purposes, evidence quotes and the full text of every source (a `source` hit gives the offsets of its ' +
          'first match, cited or not). Each hit is a record, with excerpts of its matching fields.',
        querystring: SearchQuerySchema,
        response: {
          200: okResponse(SearchResultsSchema, 'Matching records, most relevant first.'),
          ...problemResponses(400),
        },
      },
    },
    async (request) => search(app.db, request.query),
  );
};

export default searchRoutes;
