import { and, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** The `updatedSince` filter: rows changed after the instant (stored timestamps are UTC ISO strings). */
export function changedSince(column: SQLiteColumn, since: string | undefined): SQL | undefined {
  return since ? gt(column, new Date(since).toISOString()) : undefined;
}

/**
 * A filter taking one value or several (`status=scheduled,planned`): the column is any of them
 * (SQL `IN`). No condition when the filter is absent; an empty list matches nothing.
 */
export function anyOf(column: SQLiteColumn | SQL, values: readonly string[] | undefined): SQL | undefined {
  return values ? inArray(sql`${column}`, [...values]) : undefined;
}

/** `substr` keeps partial dates (YYYY, YYYY-MM) comparable with range bounds of any precision. */
export function dateRange(column: SQLiteColumn, from: string | undefined, to: string | undefined): SQL | undefined {
  return and(
    from ? sql`substr(${column}, 1, ${from.length}) >= ${from}` : undefined,
    to ? sql`substr(${column}, 1, ${to.length}) <= ${to}` : undefined,
  );
}
