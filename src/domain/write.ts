import type { AppDatabase } from '../db/client.js';

/** The handle a write works through: a transaction of the app's database. */
export type WriteTransaction = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/**
 * The one way anything changes the data: `change` runs in a synchronous IMMEDIATE transaction, which
 * takes the write lock up front (so concurrent writers wait on the busy timeout instead of failing
 * half-way) and is committed before this returns, so nothing is acknowledged that is not on disk.
 * Auditing, revisions and change events belong here, where every write passes.
 */
export function write<Result>(db: AppDatabase, change: (tx: WriteTransaction) => Result): Result {
  return db.transaction(
    (tx) => {
      const result = change(tx);
      if (result instanceof Promise)
        throw new TypeError('A write must be synchronous (better-sqlite3 transactions are).');
      return result;
    },
    { behavior: 'immediate' },
  );
}
