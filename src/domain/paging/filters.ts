import { inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * A filter taking one value or several (`status=scheduled,planned`): the column is any of them
 * (SQL `IN`). No condition when the filter is absent; an empty list matches nothing.
 */
export function anyOf(column: SQLiteColumn | SQL, values: readonly string[] | undefined): SQL | undefined {
  return values ? inArray(sql`${column}`, [...values]) : undefined;
}

/**
 * How a list narrows on one query parameter, for statements prepared once per shape (keyset.ts): the
 * condition is built over placeholders, once, and the parameter's value is bound at every run.
 * `sources` is the SQL list of the sources visible as of `asOf`, when the request has one.
 */
export type Filter =
  /** A parameter taking one value or several: `matches(column)` is "the column is one of them". */
  | { list: (matches: (column: SQLiteColumn | SQL) => SQL, sources: SQL | undefined) => SQL }
  /** A parameter taking one value, bound (after `bind`, if any) to `value`. */
  | { value: (value: SQL, sources: SQL | undefined) => SQL; bind?: (value: string) => unknown };

/**
 * The column (or an expression of the visible sources, e.g. a state as of then) is any of the values;
 * an empty list matches nothing.
 */
export const oneOf = (column: SQLiteColumn | SQL | ((sources: SQL | undefined) => SQL)): Filter => ({
  list: (matches, sources) => matches(typeof column === 'function' ? column(sources) : column),
});

/** A condition over the values of a list parameter, e.g. a subquery on a link table. */
export const listFilter = (where: Extract<Filter, { list: unknown }>['list']): Filter => ({ list: where });

/** A condition over the value of a parameter. */
export const valueFilter = (where: Extract<Filter, { value: unknown }>['value']): Filter => ({ value: where });

/**
 * Range bounds on a partial date (YYYY, YYYY-MM or YYYY-MM-DD): `substr` to the bound's length keeps
 * dates and bounds of any precision comparable.
 */
export const onOrAfter = (column: SQLiteColumn): Filter =>
  valueFilter((from) => sql`substr(${column}, 1, length(${from})) >= ${from}`);
export const onOrBefore = (column: SQLiteColumn): Filter =>
  valueFilter((to) => sql`substr(${column}, 1, length(${to})) <= ${to}`);

/** The `updatedSince` filter: rows changed after the instant (stored timestamps are UTC ISO strings). */
export const changedAfter = (column: SQLiteColumn): Filter => ({
  value: (since) => sql`${column} > ${since}`,
  bind: (since) => new Date(since).toISOString(),
});
