import type { AppDatabase } from './client.js';

/**
 * A statement (or anything built from a database handle) made once per database and reused: drizzle
 * builds and SQLite prepares a query on every run unless it is prepared, which on a hot path costs
 * more than running it. Tests open many databases, so each gets its own, dropped with the handle.
 */
export function preparedPerDatabase<Prepared>(build: (db: AppDatabase) => Prepared): (db: AppDatabase) => Prepared {
  const prepared = new WeakMap<AppDatabase, Prepared>();
  return (db) => {
    let statement = prepared.get(db);
    if (statement === undefined) {
      statement = build(db);
      prepared.set(db, statement);
    }
    return statement;
  };
}
