import { createHash } from 'node:crypto';
import { type SQL, and, count, eq, getTableColumns, gt, lt, or, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { AppDatabase } from '../db/client.js';
import { AppError } from '../http/problem.js';

export const defaultPageSize = 50;
export const maxPageSize = 500;

export type SortKey = { field: string; descending: boolean };
export type PageRequest = { limit: number; cursor?: string | undefined; sort: SortKey[]; count: boolean };
export type Page<Item> = { items: Item[]; nextCursor: string | null; total?: number };

const booleanParam = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .describe('`true` or `false`.');

/** The query parameters every list takes: `limit`, `cursor`, `sort` (over `sortable`) and `count`. */
export function pageParams<const Fields extends readonly [string, ...string[]]>(
  sortable: Fields,
  { defaultLimit = defaultPageSize, maxLimit = maxPageSize }: { defaultLimit?: number; maxLimit?: number } = {},
) {
  const sortPattern = new RegExp(`^-?(${sortable.join('|')})(,-?(${sortable.join('|')}))*$`);
  return {
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxLimit)
      .default(defaultLimit)
      .describe(`Page size, 1 to ${maxLimit}; default ${defaultLimit}.`),
    cursor: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort.'),
    sort: z
      .string()
      .max(200)
      .regex(sortPattern, { error: `must be a comma-separated list of ${sortable.join(', ')}, each optionally prefixed with - for descending` })
      .refine((value) => new Set(value.split(',').map((key) => key.replace(/^-/, ''))).size === value.split(',').length, {
        error: 'names a field twice',
      })
      .optional()
      .transform((value): SortKey[] =>
        (value ? value.split(',') : []).map((key) => ({ field: key.replace(/^-/, ''), descending: key.startsWith('-') })),
      )
      .describe(
        `Sort order: comma-separated fields among ${sortable.map((field) => `\`${field}\``).join(', ')}; prefix \`-\` for descending (e.g. \`-updatedAt,${sortable[0]}\`). Default: the order in which the sources report the records.`,
      ),
    count: booleanParam.default(false).describe('`true` adds `total`, the number of records matching the filters.'),
  };
}

/** Filters on when a record last changed, common to every list. */
export const updatedSinceParam = z.iso
  .datetime({ offset: true })
  .optional()
  .describe('Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`).');

/** The page envelope: `items`, `nextCursor` (null on the last page) and, when asked, `total`. */
export function pageOf<Item extends z.ZodType>(item: Item, id: string, exampleItems: z.output<Item>[]) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z.int().min(0).optional().describe('Records matching the filters, across all pages; present with `count=true`.'),
    })
    .meta({
      id,
      description: `A page of ${id.replace(/Page$/, '')} records.`,
      examples: [{ items: exampleItems, nextCursor: null }],
    });
}

// Cursors are opaque and integrity-checked (not secret): a changed byte fails the checksum.
const cursorSalt = 'negotiation-positions/cursor/v1';
const checksum = (payload: string) => createHash('sha256').update(cursorSalt).update(payload).digest('base64url').slice(0, 16);
export const scopeHash = (scope: string) => createHash('sha256').update(scope).digest('base64url').slice(0, 12);

type CursorPayload = { q: string; k: (string | number)[]; r: number };

export function encodeCursor(payload: CursorPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${checksum(body)}`;
}

export class InvalidCursorError extends AppError {
  constructor(reason: string) {
    super(400, 'invalid_cursor', `The cursor is not valid for this request: ${reason}. Start again without a cursor.`);
  }
}

export function decodeCursor(cursor: string, scope: string, keyCount: number): CursorPayload {
  const [body, sum, ...rest] = cursor.split('.');
  if (!body || !sum || rest.length > 0 || checksum(body) !== sum) throw new InvalidCursorError('it has been altered or truncated');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('it does not decode');
  }
  const parsed = z
    .object({ q: z.string(), k: z.array(z.union([z.string(), z.number()])).length(keyCount), r: z.int() })
    .safeParse(payload);
  if (!parsed.success) throw new InvalidCursorError('it does not decode');
  if (parsed.data.q !== scopeHash(scope)) throw new InvalidCursorError('it was issued for other filters or another sort');
  return parsed.data;
}

/** Sort expressions by field name; wrap nullable columns in `coalesce(...)` so comparisons stay total. */
export type Sortable = Record<string, SQL>;

/**
 * One page of a table by keyset pagination: rows after the cursor in (sort keys…, rowid) order,
 * so deep pages cost what the first does and a walk sees every row once even while rows are added.
 */
export function fetchPage<Table extends SQLiteTable>(
  db: AppDatabase,
  options: {
    table: Table;
    where: SQL | undefined;
    sortable: Sortable;
    page: PageRequest;
    /** Identifies the resource and its filters; a cursor is only valid within the same scope. */
    scope: string;
    /** Columns a list leaves out (e.g. a source's full text), so they are never read. */
    omitColumns?: readonly string[];
  },
): { rows: Table['$inferSelect'][]; nextCursor: string | null; total?: number } {
  const { table, where, sortable, page } = options;
  const rowid = sql<number>`${table}.rowid`;
  const keys = page.sort.map(({ field, descending }) => ({ expr: sortable[field]!, descending }));
  const scope = `${options.scope}|${page.sort.map((key) => `${key.descending ? '-' : ''}${key.field}`).join(',')}`;

  let after: SQL | undefined;
  if (page.cursor) {
    const cursor = decodeCursor(page.cursor, scope, keys.length);
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … OR (all keys equal AND rowid > r), with < for descending keys.
    const branches: SQL[] = [];
    keys.forEach((key, index) => {
      const equalSoFar = keys.slice(0, index).map((previous, j) => eq(previous.expr, cursor.k[j]));
      branches.push(and(...equalSoFar, (key.descending ? lt : gt)(key.expr, cursor.k[index]))!);
    });
    branches.push(and(...keys.map((key, j) => eq(key.expr, cursor.k[j])), gt(rowid, cursor.r))!);
    after = or(...branches);
  }

  const omitted = new Set(options.omitColumns ?? []);
  const selectedColumns = Object.fromEntries(Object.entries(getTableColumns(table)).filter(([name]) => !omitted.has(name)));
  const keyColumns = Object.fromEntries(keys.map((key, index) => [`__k${index}`, sql`${key.expr}`.as(`__k${index}`)]));
  const found = db
    .select({ ...selectedColumns, __rowid: rowid.as('__rowid'), ...keyColumns })
    .from(table as SQLiteTable)
    .where(and(where, after))
    .orderBy(...keys.map((key) => (key.descending ? sql`${key.expr} desc` : sql`${key.expr} asc`)), rowid)
    .limit(page.limit + 1)
    .all() as Record<string, unknown>[];

  const hasMore = found.length > page.limit;
  const pageRows = found.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  const nextCursor =
    hasMore && last
      ? encodeCursor({
          q: scopeHash(scope),
          k: keys.map((_, index) => last[`__k${index}`] as string | number),
          r: last.__rowid as number,
        })
      : null;
  const rows = pageRows.map((row) => {
    const { __rowid: _rowid, ...rest } = row;
    keys.forEach((_, index) => delete rest[`__k${index}`]);
    return rest as Table['$inferSelect'];
  });

  const total = page.count ? (db.select({ n: count() }).from(table as SQLiteTable).where(where).get()?.n ?? 0) : undefined;
  return { rows, nextCursor, ...(total === undefined ? {} : { total }) };
}

/** The `updatedSince` filter: rows changed after the instant (stored timestamps are UTC ISO strings). */
export function changedSince(column: SQLiteColumn, since: string | undefined): SQL | undefined {
  return since ? gt(column, new Date(since).toISOString()) : undefined;
}

/** `substr` keeps partial dates (YYYY, YYYY-MM) comparable with range bounds of any precision. */
export function dateRange(column: SQLiteColumn, from: string | undefined, to: string | undefined): SQL | undefined {
  return and(
    from ? sql`substr(${column}, 1, ${from.length}) >= ${from}` : undefined,
    to ? sql`substr(${column}, 1, ${to.length}) <= ${to}` : undefined,
  );
}

export const partialDateParam = (description: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional()
    .describe(description);

/** The scope string binding a cursor to its resource and filters (everything but the page controls). */
export function cursorScope(resource: string, filters: Record<string, unknown>): string {
  const entries = Object.entries(filters)
    .filter(([key, value]) => value !== undefined && !['limit', 'cursor', 'sort', 'count', 'format', 'include'].includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
  return `${resource}|${JSON.stringify(entries)}`;
}
