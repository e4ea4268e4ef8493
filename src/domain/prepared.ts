/**
 * Reads through statements prepared once per query shape (db/statements.ts): a list of values, such
 * as the ids of a page's records, is bound to a fixed number of placeholders rather than written into
 * the SQL, so the same few statements serve every page.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { listSize, reuseStatement } from '../db/statements.js';
import { chunks } from '../lib/collections.js';

/** The values a prepared statement runs with, by placeholder name. */
export type Params = Record<string, unknown>;

/** A drizzle query prepared once (`.prepare()`), run with its placeholders' values. */
export type PreparedQuery<Row> = { all(params?: Params): Row[]; get(params?: Params): Row | undefined };

/** `column IN (:name0, :name1, …)` with `size` placeholders, for a list bound by bindList. */
export function inPlaceholders(column: SQLiteColumn | SQL, name: string, size: number): SQL {
  const placeholders = Array.from({ length: size }, (_, index) => sql.placeholder(`${name}${index}`));
  return sql`${column} in (${sql.join(placeholders, sql`, `)})`;
}

/** Binds a list to the placeholders of inPlaceholders; those past its end to NULL, which matches nothing. */
export function bindList(params: Params, name: string, values: readonly unknown[], size: number): Params {
  for (let index = 0; index < size; index++) params[`${name}${index}`] = values[index] ?? null;
  return params;
}

/**
 * Runs a query over a list of values (typically ids) through the statement prepared for the list's
 * size: `build` makes the query once, given `matches(column)`, the SQL of "column is one of the
 * values". `params` are the query's other placeholders. Lists longer than 500 run in batches.
 */
export function allForList<Row>(
  db: object,
  shape: string,
  values: readonly unknown[],
  build: (matches: (column: SQLiteColumn | SQL) => SQL) => PreparedQuery<Row>,
  params: Params = {},
): Row[] {
  return chunks(values).flatMap((batch) => {
    const size = listSize(batch.length);
    const statement = reuseStatement(db, `${shape}|${size}`, () =>
      build((column) => inPlaceholders(column, 'list', size)),
    );
    return statement.all(bindList({ ...params }, 'list', batch, size));
  });
}
