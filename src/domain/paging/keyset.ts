import { and, count, eq, getTableColumns, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client.js';
import { cursorScope, decodeCursor, encodeCursor } from './cursor.js';

export type SortKey<Field extends string = string> = { field: Field; descending: boolean };
export type PageRequest<Field extends string = string> = {
  limit: number;
  cursor?: string | undefined;
  sort: SortKey<Field>[];
  count: boolean;
};
export type Page<Item> = { items: Item[]; nextCursor: string | null; total?: number };

/**
 * What a list may be sorted by: field name → the column or expression it sorts on. The API's
 * `sort=` values are derived from these keys, so a field cannot be offered without its SQL.
 * Wrap nullable columns in `coalesce(...)` so comparisons stay total.
 */
export type SortColumns<Field extends string> = Readonly<Record<Field, SQL | SQLiteColumn>>;

/** The sortable field names of a declaration, as a non-empty tuple for the query schema. */
export function sortFieldsOf<Field extends string>(columns: SortColumns<Field>): [Field, ...Field[]] {
  return Object.keys(columns) as [Field, ...Field[]];
}

/**
 * One page of a table by keyset pagination: rows after the cursor in (sort keys…, rowid) order,
 * so deep pages cost what the first does and a walk sees every row once even while rows are added.
 */
export function fetchPage<Table extends SQLiteTable, Field extends string>(
  db: AppDatabase,
  options: {
    table: Table;
    where: SQL | undefined;
    sortColumns: SortColumns<Field>;
    page: PageRequest<Field>;
    /** The resource and its filters; a cursor is only valid for the same ones. */
    resource: string;
    filters: object;
    /** Columns a list leaves out (e.g. a source's full text), so they are never read. */
    omitColumns?: readonly (keyof Table['$inferSelect'])[];
  },
): { rows: Table['$inferSelect'][]; nextCursor: string | null; total?: number } {
  const { table, where, page } = options;
  const rowid = sql<number>`${table}.rowid`;
  const keys = page.sort.map(({ field, descending }) => ({ expr: sql`${options.sortColumns[field]}`, descending }));
  const sortSpec = page.sort.map((key) => `${key.descending ? '-' : ''}${key.field}`).join(',');
  const scope = `${cursorScope(options.resource, options.filters)}|${sortSpec}`;

  let after: SQL | undefined;
  if (page.cursor) {
    const cursor = decodeCursor(db, page.cursor, scope, keys.length);
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … OR (all keys equal AND rowid > r), with < for descending keys.
    const branches: SQL[] = keys.map((key, index) =>
      and(
        ...keys.slice(0, index).map((previous, j) => eq(previous.expr, cursor.keys[j])),
        (key.descending ? lt : gt)(key.expr, cursor.keys[index]),
      ),
    ) as SQL[];
    branches.push(and(...keys.map((key, j) => eq(key.expr, cursor.keys[j])), gt(rowid, cursor.rowid)) as SQL);
    after = or(...branches);
  }

  const omitted = new Set<string>((options.omitColumns ?? []) as string[]);
  const selected = Object.fromEntries(Object.entries(getTableColumns(table)).filter(([name]) => !omitted.has(name)));
  const keyColumns = Object.fromEntries(keys.map((key, index) => [`__k${index}`, key.expr.as(`__k${index}`)]));
  const found = db
    .select({ ...selected, __rowid: rowid.as('__rowid'), ...keyColumns })
    .from(table as SQLiteTable)
    .where(and(where, after))
    .orderBy(...keys.map((key) => (key.descending ? sql`${key.expr} desc` : sql`${key.expr} asc`)), rowid)
    .limit(page.limit + 1)
    .all() as Record<string, unknown>[];

  const pageRows = found.slice(0, page.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    found.length > page.limit && last
      ? encodeCursor(db, scope, {
          keys: keys.map((_, index) => last[`__k${index}`] as string | number),
          rowid: last.__rowid as number,
        })
      : null;
  const rows = pageRows.map((row) => {
    const { __rowid: _rowid, ...rest } = row;
    keys.forEach((_, index) => {
      delete rest[`__k${index}`];
    });
    return rest as Table['$inferSelect'];
  });

  if (!page.count) return { rows, nextCursor };
  const total =
    db
      .select({ n: count() })
      .from(table as SQLiteTable)
      .where(where)
      .get()?.n ?? 0;
  return { rows, nextCursor, total };
}
