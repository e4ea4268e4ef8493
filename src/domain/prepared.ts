/**
 * Reads through statements prepared once per query shape (db/statements.ts): a list of values, such
 * as the ids of a page's records, is bound to a fixed number of placeholders rather than written into
 * the SQL, so the same few statements serve every page.
 */
import { Column, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { listSize, reuseStatement } from '../db/statements.js';
import { chunks } from '../lib/collections.js';

/** The values a prepared statement runs with, by placeholder name. */
export type Params = Record<string, unknown>;

/** A query prepared once, run with its placeholders' values. */
export type PreparedQuery<Row> = { all(params?: Params): Row[]; get(params?: Params): Row | undefined };

/** What prepareSelect takes: a drizzle select, which it prepares. */
export type SelectQuery<Row> = { prepare(): { all(params?: Params): Row[]; values(params?: Params): unknown[][] } };

/**
 * Prepares a select once (drizzle builds its SQL and SQLite compiles it) and makes records of its rows
 * with a mapper made once for its fields: `selection`, the object the select was given (a table's
 * columns for a whole row), whose keys are the records' keys in the order the columns come back.
 * Drizzle's own mapping would check the kind of every field of every row on every run.
 */
export function prepareSelect<Selection extends Record<string, unknown>, Row>(
  selection: Selection,
  build: (selection: Selection) => SelectQuery<Row>,
): PreparedQuery<Row> {
  const prepared = build(selection).prepare();
  const keys = Object.keys(selection);
  // Only columns stored otherwise than served (JSON text) need decoding; every other value is as stored.
  const decoders = Object.values(selection).map((field) =>
    field instanceof Column && field.mapFromDriverValue !== Column.prototype.mapFromDriverValue
      ? (value: unknown) => field.mapFromDriverValue(value)
      : undefined,
  );
  const toRecord = (values: unknown[]) => {
    const record: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const value = values[index];
      const decode = decoders[index];
      record[keys[index]!] = decode && value !== null ? decode(value) : value;
    }
    return record as Row;
  };
  return {
    all: (params) => prepared.values(params).map(toRecord),
    get: (params) => {
      const [first] = prepared.values(params);
      return first && toRecord(first);
    },
  };
}

/** The placeholder names of a list of `size` values: `name0`, `name1`, … (made once per name and size). */
const listNames = new Map<string, string[]>();
function namesOf(name: string, size: number): string[] {
  const key = `${name}|${size}`;
  let names = listNames.get(key);
  if (!names) {
    names = Array.from({ length: size }, (_, index) => `${name}${index}`);
    listNames.set(key, names);
  }
  return names;
}

/** `column IN (:name0, :name1, …)` with `size` placeholders, for a list bound by bindList. */
export function inPlaceholders(column: SQLiteColumn | SQL, name: string, size: number): SQL {
  const placeholders = namesOf(name, size).map((placeholder) => sql.placeholder(placeholder));
  return sql`${column} in (${sql.join(placeholders, sql`, `)})`;
}

/** Binds a list to the placeholders of inPlaceholders; those past its end to NULL, which matches nothing. */
export function bindList(params: Params, name: string, values: readonly unknown[], size: number): Params {
  const names = namesOf(name, size);
  for (let index = 0; index < size; index++) params[names[index]!] = values[index] ?? null;
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
