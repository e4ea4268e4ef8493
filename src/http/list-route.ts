import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDatabase } from '../db/client.js';
import type { Page, PageRequest } from '../domain/paging/keyset.js';
import { csvColumns, csvLines, csvListSeparator } from './csv.js';
import { AppError, problemResponses } from './problem.js';
import { isSparse, type SparseOptions, sparseParams, trimRecord } from './sparse.js';
import { varyOn } from './vary.js';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

export const exportFormats = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
} as const;
export type ExportFormat = keyof typeof exportFormats;

export const formatParam = z
  .enum(['json', 'csv', 'ndjson'])
  .optional()
  .describe(
    'Response format; overrides `Accept`. `csv` and `ndjson` stream every matching record (no paging) in the ' +
      'requested sort order.',
  );

/** Picks the format from `format=`, else from `Accept` (highest q first); 406 when nothing fits. */
export function negotiateFormat(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  if (!accept) return 'json';
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .map((p) => p.trim())
          .find((p) => p.startsWith('q='))
          ?.slice(2) ?? '1',
      );
      return { type: type.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { type } of ranges) {
    if (
      type === '*/*' ||
      type === 'application/*' ||
      type === 'application/json' ||
      type === 'application/problem+json'
    )
      return 'json';
    if (type === 'text/csv' || type === 'text/*') return 'csv';
    if (type === 'application/x-ndjson' || type === 'application/ndjson') return 'ndjson';
  }
  throw new AppError(
    406,
    'not_acceptable',
    `Cannot produce any of "${accept}"; available: ${Object.values(exportFormats).join(', ')}.`,
  );
}

/** Rows per page an export reads; between pages it yields, so other requests are served meanwhile. */
export const exportPageSize = 500;

/**
 * Every matching page, one after the other, so an export never holds the whole result in memory.
 * The stream pulls a page only when the client has taken the previous one (backpressure), and each
 * page waits for a turn of the event loop, so a long export never starves other requests.
 */
async function* allPages<ListPage extends Page<unknown>>(
  list: (page: PageRequest) => ListPage,
  sort: PageRequest['sort'],
) {
  let cursor: string | undefined;
  do {
    await nextTurn();
    const page = list({ limit: exportPageSize, cursor, sort, count: false });
    yield page;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

async function* recordsOf<ListPage>(pages: AsyncIterable<ListPage>, records: (page: ListPage) => object[]) {
  for await (const page of pages) yield records(page);
}

async function* ndjsonLines(pages: AsyncIterable<object[]>) {
  for await (const items of pages) {
    if (items.length > 0) yield items.map((item) => `${JSON.stringify(item)}\n`).join('');
  }
}

/** Each exported record with only the fields asked for (`fields=`, `evidence=false`). */
async function* trimmedRecords(pages: AsyncIterable<object[]>, options: SparseOptions) {
  for await (const items of pages) yield isSparse(options) ? items.map((item) => trimRecord(item, options)) : items;
}

/** The last fixed segment of a route's URL: `/parties/:id/demands` exports `demands.csv`. */
const exportName = (url: string) =>
  url
    .split('/')
    .filter((segment) => segment && !segment.startsWith(':'))
    .at(-1);

/** The URL of the next page: this request's URL with `cursor` set. */
function nextPageUrl(request: FastifyRequest, nextCursor: string): string {
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('cursor', nextCursor);
  return `${url.pathname}${url.search}`;
}

export interface ListRouteOptions<
  Query extends z.ZodObject,
  Params extends z.ZodObject | undefined,
  Item extends z.ZodObject,
  ListPage extends Page<z.output<Item>>,
> {
  url: string;
  tags: string[];
  operationId: string;
  summary: string;
  description?: string;
  params?: Params;
  querystring: Query;
  item: Item;
  page: z.ZodType;
  /**
   * The `include=` values: each names a field of `item` present only when included (`parties`), or
   * such a field with more in it (`parties.actors`). CSV columns follow the request.
   */
  embeds?: readonly string[];
  /** Runs before listing, e.g. to answer 404 for an unknown parent record. */
  check?: (db: AppDatabase, params: Params extends z.ZodObject ? z.output<Params> : Record<string, never>) => void;
  list: (
    db: AppDatabase,
    query: z.output<Query> & PageRequest,
    params: Params extends z.ZodObject ? z.output<Params> : Record<string, never>,
  ) => ListPage;
  /**
   * The records an export writes for a page, when they are not just its items: a page that holds
   * some data once for all its items (positions' `quotes`) gives each exported record its share.
   */
  exportRecords?: (page: ListPage) => object[];
  /** The rows of the CSV export, when a row is not an item (positions: a row per party and topic). */
  csv?: { row: z.ZodObject; rows: (page: ListPage) => object[] };
  /**
   * The JSON page as text (or its bytes), when the data is stored as the answer's JSON (positions): spliced rather than
   * parsed and serialized again. Undefined to answer from `list`. Its output is `list`'s, as tests check. With an
   * `etag`, the page's strong ETag as the stored data gives it (else the response cache hashes the bytes).
   */
  listJson?: (
    db: AppDatabase,
    query: z.output<Query> & PageRequest,
    params: Params extends z.ZodObject ? z.output<Params> : Record<string, never>,
  ) => { json: string | Buffer; nextCursor: string | null; etag?: string } | undefined;
}

/**
 * A list endpoint: keyset pages as JSON with `nextCursor` and a `Link: rel="next"` header, or every
 * matching record streamed as CSV or NDJSON (`format=` or `Accept`), with the same filters and sort.
 */
export function registerListRoute<
  Query extends z.ZodObject,
  Params extends z.ZodObject | undefined,
  Item extends z.ZodObject,
  ListPage extends Page<z.output<Item>> = Page<z.output<Item>>,
>(app: ZodApp, options: ListRouteOptions<Query, Params, Item, ListPage>) {
  const embeds = new Set((options.embeds ?? []).map((name) => name.split('.')[0]!));
  const csvRow = options.csv?.row ?? options.item;
  /** The record fields a CSV export has columns for: all but relations not included, only `fields` if given. */
  const csvFields = (query: SparseOptions & { include?: ReadonlySet<string> }) => {
    const included = new Set([...(query.include ?? [])].map((name) => name.split('.')[0]!));
    return Object.keys(csvRow.shape).filter(
      (key) =>
        (!embeds.has(key) || included.has(key)) &&
        // `fields` names the item's fields: it selects a CSV row's columns only when rows are items.
        (!query.fields || options.csv || key === 'id' || query.fields.includes(key)) &&
        (query.evidence !== false || key !== 'evidence'),
    );
  };
  const csvHeader = csvColumns(csvRow, csvFields({})).map((column) => column.name);
  const description = [
    options.description,
    'Paged with `limit` and `cursor`; send `Accept: text/csv` or `application/x-ndjson` (or `format=`) to export ' +
      'every match.',
  ]
    .filter(Boolean)
    .join('\n\n');
  app.route({
    method: 'GET',
    url: options.url,
    config: { exportable: true, sparse: 'page' },
    schema: {
      tags: options.tags,
      operationId: options.operationId,
      summary: options.summary,
      description,
      ...(options.params ? { params: options.params } : {}),
      querystring: options.querystring.extend({ ...sparseParams(options.item), format: formatParam }),
      response: {
        200: {
          description: 'A page of matching records, or every matching record as CSV or NDJSON.',
          headers: z.object({
            Link: z.string().optional().describe('`<url>; rel="next"` when there is a next page (JSON).'),
            'Content-Disposition': z
              .string()
              .optional()
              .describe(`\`attachment; filename="${exportName(options.url)}.csv"\` on a CSV export.`),
          }),
          content: {
            'application/json': { schema: options.page },
            'text/csv': {
              schema: z
                .string()
                .describe(
                  `CSV, one row per record, with a header row: ${csvHeader.join(', ')} (and any included ` +
                    `relations). Lists are joined with "${csvListSeparator}" (quotes as \`evidenceCount\` and ` +
                    '`quotes`); cells a spreadsheet would read as a formula start with a single quote.',
                ),
            },
            'application/x-ndjson': { schema: z.string().describe('One JSON record per line.') },
          },
        },
        ...problemResponses(400, ...(options.params ? ([404] as const) : []), 406, 503),
      },
    },
    // Not async (a list is read synchronously, and a promise per request costs more than that): what it
    // returns, Fastify sends.
    handler: (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as z.output<Query> &
        PageRequest &
        SparseOptions & { format?: ExportFormat; include?: ReadonlySet<string> };
      const params = (request.params ?? {}) as Params extends z.ZodObject ? z.output<Params> : Record<string, never>;
      // The answer depends on Accept (unless format= says), so caches must key on it.
      varyOn(reply, 'Accept');
      const format = negotiateFormat(query.format, request.headers.accept);
      options.check?.(app.db, params);

      if (format === 'json') {
        const text = options.listJson?.(app.db, query, params);
        if (text) {
          if (text.nextCursor) reply.header('link', `<${nextPageUrl(request, text.nextCursor)}>; rel="next"`);
          // A strong ETag the data gives (it says which bytes these are), else the response cache hashes them.
          if (text.etag) reply.header('etag', text.etag);
          reply.type('application/json; charset=utf-8');
          return text.json;
        }
        const page = options.list(app.db, query, params);
        if (page.nextCursor) reply.header('link', `<${nextPageUrl(request, page.nextCursor)}>; rel="next"`);
        return page;
      }
      const pages = allPages((page) => options.list(app.db, { ...query, ...page }, params), query.sort);
      const items = (page: ListPage) => page.items as object[];
      if (format === 'csv') {
        const rows = recordsOf(pages, options.csv?.rows ?? options.exportRecords ?? items);
        const lines = csvLines(csvColumns(csvRow, csvFields(query)), rows);
        // Admitted first: an export turned away (503) must not name its problem as a CSV file to save.
        const csv = app.exportSlots.admit(Readable.from(lines, { objectMode: false }));
        reply.header('content-disposition', `attachment; filename="${exportName(options.url)}.csv"`);
        reply.type('text/csv; charset=utf-8');
        return csv;
      }
      const lines = ndjsonLines(trimmedRecords(recordsOf(pages, options.exportRecords ?? items), query));
      const ndjson = app.exportSlots.admit(Readable.from(lines, { objectMode: false }));
      reply.type('application/x-ndjson; charset=utf-8');
      return ndjson;
    },
  });
}
