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
          'Full-text search (SQLite FTS5, BM25 ranking) over titles, names, summaries, rationales, reasons, purposes and evidence quotes. Each hit is a record, with excerpts of its matching fields.',
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
