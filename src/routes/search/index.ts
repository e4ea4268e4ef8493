import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { maxSearchResults, search } from '../../domain/search/queries.js';
import { registerListRoute } from '../../http/list-route.js';
import { SearchHitSchema, SearchQuerySchema, SearchResultsSchema } from './schemas.js';

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/search',
    tags: ['Search'],
    operationId: 'search',
    summary: 'Search records and quotes',
    description:
      'Full-text search (SQLite FTS5) over titles, names, summaries, reasons, statements, purposes, evidence ' +
      'quotes and the full text of every source (a `source` hit gives the offsets of its first match, cited or ' +
      'not). Each hit is a record, with excerpts of its matching fields, in the order of its best-matching field: ' +
      'first where every word matches whole, then where the last word only begins a longer word; among each, a ' +
      'title or name, then other descriptive fields, then evidence quotes, then a source’s full text; then shorter ' +
      'fields first, then the most recently indexed (see `score`). ' +
      `Pages, and exports, reach the best ${maxSearchResults} hits; refine \`q\` for others.`,
    querystring: SearchQuerySchema,
    item: SearchHitSchema,
    page: SearchResultsSchema,
    list: (db, query) => search(db, query),
  });
};

export default searchRoutes;
