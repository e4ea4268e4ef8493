import { and, count, eq, getTableColumns, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client.js';
import { limitPlaceholder, listSize, reuseStatement } from '../../db/statements.js';
import { bindList, inPlaceholders, type Params, type PreparedQuery, prepareSelect } from '../prepared.js';
import { cursorScope, decodeCursor, encodeCursor } from './cursor.js';
import type { Filter } from './filters.js';

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

/** A list of records: what fetchPage pages through, with a filter for each of its query parameters. */
export type ListQuery<Table extends SQLiteTable, Field extends string, Filters> = {
  table: Table;
  /** The resource; a cursor is only valid for the same resource and filters. */
  resource: string;
  filters: { readonly [Name in keyof Filters]-?: Filter };
  /** Records some visible source cites, as of `asOf` (`sources`: the SQL list of those sources). */
  visible?: (sources: SQL) => SQL | undefined;
  sortColumns: SortColumns<Field>;
  /** Columns a list leaves out (e.g. a source's full text), so they are never read. */
  omitColumns?: readonly (keyof Table['$inferSelect'])[];
};

/** The placeholder a list's statement binds the sources visible as of `asOf` to, as a JSON array of ids. */
const visibleSources = sql`(select value from json_each(${sql.placeholder('asOf')}))`;

type Shape = { key: string; params: Params; filters: [name: string, filter: Filter, size: number][] };

/** The shape of a request (which filters, how many values each, asOf or not) and the values to bind. */
function shapeOf<Filters>(
  list: ListQuery<SQLiteTable, string, Filters>,
  request: Filters,
  visibleSourceIds: readonly string[] | undefined,
): Shape {
  const shape: Shape = { key: list.resource, params: {}, filters: [] };
  for (const name in list.filters) {
    const value = request[name] as unknown;
    if (value === undefined) continue;
    const filter = list.filters[name] as Filter;
    if ('list' in filter) {
      const values = [...(value as Iterable<unknown>)];
      const size = listSize(values.length);
      shape.key += `|${name}:${size}`;
      bindList(shape.params, name, values, size);
      shape.filters.push([name, filter, size]);
    } else {
      shape.key += `|${name}`;
      shape.params[name] = filter.bind ? filter.bind(value as string) : value;
      shape.filters.push([name, filter, 0]);
    }
  }
  if (visibleSourceIds) {
    shape.key += '|asOf';
    shape.params.asOf = JSON.stringify(visibleSourceIds);
  }
  return shape;
}

/** The WHERE clause of a shape, over placeholders (built once per shape). */
function conditionsOf(list: ListQuery<SQLiteTable, string, unknown>, shape: Shape, asOf: boolean): SQL | undefined {
  const sources = asOf ? visibleSources : undefined;
  return and(
    ...shape.filters.map(([name, filter, size]) =>
      'list' in filter
        ? filter.list((column) => inPlaceholders(column, name, size), sources)
        : filter.value(sql`${sql.placeholder(name)}`, sources),
    ),
    sources && list.visible?.(sources),
  );
}

/**
 * One page of a list by keyset pagination: rows after the cursor in (sort keys…, rowid) order,
 * so deep pages cost what the first does and a walk sees every row once even while rows are added.
 * Each shape of request runs a statement prepared once (db/statements.ts).
 */
export function fetchPage<Table extends SQLiteTable, Field extends string, Filters extends object>(
  db: AppDatabase,
  list: ListQuery<Table, Field, Filters>,
  request: Filters & PageRequest<Field>,
  /** The sources visible as of `asOf`, when the request has one. */
  visibleSourceIds?: readonly string[],
): { rows: Table['$inferSelect'][]; nextCursor: string | null; total?: number } {
  return pageOf(db, list, request, visibleSourceIds, 'rows') as {
    rows: Table['$inferSelect'][];
    nextCursor: string | null;
    total?: number;
  };
}

/**
 * The same page as `fetchPage` (of the present), as the ids of its records alone: for records stored as
 * answered (src/domain/stored-records.ts), where the rest of a row is not needed.
 */
export function fetchPageIds<Table extends SQLiteTable, Field extends string, Filters extends object>(
  db: AppDatabase,
  list: ListQuery<Table, Field, Filters>,
  request: Filters & PageRequest<Field>,
): { ids: string[]; nextCursor: string | null; total?: number } {
  const { rows, ...page } = pageOf(db, list, request, undefined, 'ids');
  return { ids: rows.map((row) => row.id as string), ...page };
}

function pageOf<Table extends SQLiteTable, Field extends string, Filters extends object>(
  db: AppDatabase,
  list: ListQuery<Table, Field, Filters>,
  request: Filters & PageRequest<Field>,
  visibleSourceIds: readonly string[] | undefined,
  columns: 'rows' | 'ids',
): { rows: Record<string, unknown>[]; nextCursor: string | null; total?: number } {
  const query = list as unknown as ListQuery<SQLiteTable, string, Filters>;
  const shape = shapeOf(query, request, visibleSourceIds);
  const asOf = visibleSourceIds !== undefined;
  const sortSpec = request.sort.map((key) => `${key.descending ? '-' : ''}${key.field}`).join(',');
  let scope: string | undefined;
  const cursorScopeOf = () => (scope ??= `${cursorScope(list.resource, request)}|${sortSpec}`);

  const params: Params = { ...shape.params, limit: request.limit + 1 };
  if (request.cursor) {
    const cursor = decodeCursor(db, request.cursor, cursorScopeOf(), request.sort.length);
    cursor.keys.forEach((key, index) => {
      params[`after${index}`] = key;
    });
    params.afterRowid = cursor.rowid;
  }
  const pageKey = `page|${columns}|${shape.key}|${sortSpec}|${request.cursor ? 'after' : 'first'}`;
  const statement = reuseStatement(db, pageKey, () =>
    pageQuery(db, query, request.sort, conditionsOf(query, shape, asOf), request.cursor !== undefined, columns),
  );
  const found = statement.all(params);

  const pageRows = found.slice(0, request.limit);
  const last = pageRows.at(-1);
  const keyCount = request.sort.length;
  const nextCursor =
    found.length > request.limit && last
      ? encodeCursor(db, cursorScopeOf(), {
          keys: Array.from({ length: keyCount }, (_, index) => last[`__k${index}`] as string | number),
          rowid: last.__rowid as number,
        })
      : null;
  const rows = pageRows.map((row) => {
    const { __rowid: _rowid, ...rest } = row;
    for (let index = 0; index < keyCount; index++) delete rest[`__k${index}`];
    return rest;
  });

  if (!request.count) return { rows, nextCursor };
  const counting = reuseStatement(db, `count|${shape.key}`, () =>
    prepareSelect({ n: count() }, (fields) =>
      db
        .select(fields)
        .from(query.table)
        .where(conditionsOf(query, shape, asOf)),
    ),
  );
  return { rows, nextCursor, total: counting.get(shape.params)?.n ?? 0 };
}

/** The statement of a page: its columns, the sort keys and rowid, after the cursor's position when there is one. */
function pageQuery<Filters>(
  db: AppDatabase,
  list: ListQuery<SQLiteTable, string, Filters>,
  sort: readonly SortKey[],
  where: SQL | undefined,
  afterCursor: boolean,
  columns: 'rows' | 'ids',
): PreparedQuery<Record<string, unknown>> {
  const { table } = list;
  const rowid = sql<number>`${table}.rowid`;
  const keys = sort.map(({ field, descending }) => ({ expr: sql`${list.sortColumns[field]}`, descending }));
  let after: SQL | undefined;
  if (afterCursor) {
    const at = (index: number) => sql.placeholder(`after${index}`);
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … OR (all keys equal AND rowid > r), with < for descending keys.
    const branches: SQL[] = keys.map((key, index) =>
      and(
        ...keys.slice(0, index).map((previous, j) => eq(previous.expr, at(j))),
        (key.descending ? lt : gt)(key.expr, at(index)),
      ),
    ) as SQL[];
    branches.push(and(...keys.map((key, j) => eq(key.expr, at(j))), gt(rowid, sql.placeholder('afterRowid'))) as SQL);
    after = or(...branches);
  }
  const omitted = new Set<string>((list.omitColumns ?? []) as string[]);
  const all = getTableColumns(table);
  const selected =
    columns === 'ids'
      ? { id: all.id! }
      : Object.fromEntries(Object.entries(all).filter(([name]) => !omitted.has(name)));
  const keyColumns = Object.fromEntries(keys.map((key, index) => [`__k${index}`, key.expr.as(`__k${index}`)]));
  return prepareSelect({ ...selected, __rowid: rowid.as('__rowid'), ...keyColumns }, (fields) =>
    db
      .select(fields)
      .from(table)
      .where(and(where, after))
      .orderBy(...keys.map((key) => (key.descending ? sql`${key.expr} desc` : sql`${key.expr} asc`)), rowid)
      .limit(limitPlaceholder('limit')),
  ) as PreparedQuery<Record<string, unknown>>;
}
