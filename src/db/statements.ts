import { type Placeholder, sql } from 'drizzle-orm';

/**
 * Statements prepared once and reused. Building a query with drizzle and preparing it in SQLite cost
 * far more than running it for the small reads the API serves, so a read names its query's shape
 * (what decides the SQL text: which filters, how many values in a list, the sort, …, never the values
 * themselves) and runs the statement prepared for that shape, with its values bound at each run.
 */

/** Most statements kept per database; the least recently used is dropped first (and prepared again if needed). */
export const maxStatementsPerDatabase = 500;

const statementsOf = new WeakMap<object, Map<string, unknown>>();

/**
 * The statement prepared for this shape on this database handle, preparing it on first use. A
 * database's statements are kept with its better-sqlite3 connection (`$client`), so each database
 * (tests open many) has its own; a handle without one (a write transaction) keeps its own for its life.
 */
export function reuseStatement<Statement>(handle: object, shape: string, prepare: () => Statement): Statement {
  const owner = '$client' in handle && typeof handle.$client === 'object' && handle.$client ? handle.$client : handle;
  let statements = statementsOf.get(owner);
  if (!statements) {
    statements = new Map();
    statementsOf.set(owner, statements);
  }
  const found = statements.get(shape) as Statement | undefined;
  if (found !== undefined) {
    // Most recently used last, so the first is the one to drop.
    statements.delete(shape);
    statements.set(shape, found);
    return found;
  }
  const statement = prepare();
  statements.set(shape, statement);
  if (statements.size > maxStatementsPerDatabase) statements.delete(statements.keys().next().value!);
  return statement;
}

/**
 * How many placeholders a statement taking a list of `count` values has: the next power of two, so a
 * list of any length up to 512 shares one of ten statements. The unused ones are bound to NULL, which
 * `IN` never matches.
 */
export function listSize(count: number): number {
  return count <= 1 ? 1 : 2 ** Math.ceil(Math.log2(count));
}

/**
 * A LIMIT bound at each run, written `? + 0`. SQLite (3.47 on) marks a statement whose LIMIT is a bare
 * parameter to be prepared again whenever that parameter is bound (it would plan with an integer
 * value; better-sqlite3 binds numbers as reals, so it never does): kept or not, the statement was
 * prepared anew at every run (the seeded demands page's took 15 µs a run, 6 µs this way). An
 * expression of the parameter is left alone. Drizzle's `limit()` takes a placeholder; an SQL fragment
 * serves as one.
 */
export function limitPlaceholder(name: string): Placeholder {
  return sql`${sql.placeholder(name)} + 0` as unknown as Placeholder;
}

/**
 * A LIMIT written into the SQL, for one that never changes or a statement not kept: drizzle binds
 * `limit(n)` as a bare `LIMIT ?`, which SQLite would prepare twice on each run (above).
 */
export function fixedLimit(count: number): Placeholder {
  if (!Number.isSafeInteger(count)) throw new RangeError(`not a whole number: ${count}`);
  return sql.raw(String(count)) as unknown as Placeholder;
}
