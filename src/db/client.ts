import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsDirectory } from '../paths.js';
import * as schema from './schema.js';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The handle a write works through: a transaction of the app's database (src/domain/write.ts opens it). */
export type WriteTransaction = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

export const defaultBusyTimeoutMs = 5000;

/**
 * Opens (creating if needed) the SQLite file, or `:memory:`, with the pragmas every connection needs.
 * `busyTimeoutMs` bounds how long any statement waits for another connection's lock (here and later).
 */
export function openDatabase(path: string, { busyTimeoutMs = defaultBusyTimeoutMs } = {}): AppDatabase {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  try {
    // First, so that every pragma after it waits for a lock rather than failing at once.
    sqlite.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    // A no-op (no write) when the file is in WAL mode already.
    if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal' && path !== ':memory:') {
      sqlite.pragma('journal_mode = WAL');
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    optimize(sqlite);
    registerFunctions(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return drizzle(sqlite, { schema });
}

/**
 * Lets the planner know the data (e.g. that a party filter is more selective than a status one), with
 * bounded effort: SQLite's recommended optimize on open. It writes statistics only when they are stale;
 * a database another process keeps busy, one opened read-only, or one on a full disk goes without
 * rather than failing (a full disk still serves reads, and refuses writes with a clear problem).
 */
function optimize(sqlite: Database.Database) {
  sqlite.pragma('analysis_limit = 400');
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  try {
    sqlite.pragma('busy_timeout = 0');
    sqlite.pragma('optimize = 0x10002');
  } catch (error) {
    if (!(error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED|READONLY|FULL)/.test(error.code))) throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/**
 * SQL functions the queries use: `contains_words(text, words)` is 1 when every word of `words`
 * stands as a whole word in `text`, ignoring case and punctuation ("washington" in "Washington, DC").
 */
export function registerFunctions(sqlite: Database.Database): void {
  const wordsOf = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  sqlite.function('contains_words', { deterministic: true }, (text: unknown, words: unknown) => {
    if (typeof text !== 'string' || typeof words !== 'string') return 0;
    const wanted = wordsOf(words);
    const have = wordsOf(text);
    if (wanted.length === 0) return 0;
    // The words must stand together, in order: "washington dc" matches "Washington, DC".
    return have.some((_, at) => wanted.every((word, offset) => have[at + offset] === word)) ? 1 : 0;
  });
}

/**
 * Proves the database writable without writing: takes the write lock (`BEGIN IMMEDIATE`) and lets it go.
 * A read-only file throws SQLITE_READONLY; a lock another process keeps past the busy timeout throws
 * SQLITE_BUSY. `onWait` is called first when the lock is not free at once.
 */
export function probeWriteLock(db: AppDatabase, onWait?: () => void): void {
  const sqlite = db.$client;
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  const tryLock = () => {
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
  };
  try {
    sqlite.pragma('busy_timeout = 0');
    tryLock();
    return;
  } catch (error) {
    if (!(error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY'))) throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
  onWait?.();
  tryLock();
}

/**
 * Runs several reads as one snapshot (a deferred transaction, or a savepoint within one): each statement
 * sees the same version of the data even when another process commits in between.
 */
export function inSnapshot<Result>(db: AppDatabase, read: () => Result): Result {
  return (snapshotRunners.get(db.$client) ?? snapshotRunnerOf(db.$client))(read) as Result;
}

/**
 * One transaction function per connection, run with each read: better-sqlite3 builds a transaction's
 * wrappers (and looks up its BEGIN and COMMIT) each time `transaction()` is called, which cost more than
 * the reads of a small page.
 */
const snapshotRunners = new WeakMap<Database.Database, (read: () => unknown) => unknown>();
function snapshotRunnerOf(sqlite: Database.Database) {
  const runner = sqlite.transaction((read: () => unknown) => read());
  snapshotRunners.set(sqlite, runner);
  return runner;
}

/** The migrations in `migrations/`, by name and folder time (the journal's `when`), read once. */
let knownMigrations: { tag: string; when: number }[] | undefined;

/** Migrations in `migrations/` the database has not applied yet (drizzle records each by its folder time). */
export function pendingMigrations(db: AppDatabase): string[] {
  knownMigrations ??= (
    JSON.parse(readFileSync(join(migrationsDirectory, 'meta/_journal.json'), 'utf8')) as {
      entries: { tag: string; when: number }[];
    }
  ).entries;
  const known = knownMigrations;
  const hasTable = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return known.map((migration) => migration.tag);
  const last = db.$client.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() as
    | number
    | string
    | null;
  return known.filter((migration) => last === null || Number(last) < migration.when).map((migration) => migration.tag);
}

export function pendingMigrationCount(db: AppDatabase): number {
  return pendingMigrations(db).length;
}

/**
 * Applies every pending migration from `migrations/` and returns their names (empty when the schema
 * was up to date); the server, the seed script and the tests share it. With none pending it does
 * nothing, so a server starting over an up-to-date database never writes.
 */
export function migrateDatabase(db: AppDatabase): string[] {
  const pending = pendingMigrations(db);
  if (pending.length === 0) return [];
  migrate(db, { migrationsFolder: migrationsDirectory });
  return pending;
}

/** A fresh, migrated in-memory database (tests, scripts). */
export function openMigratedMemoryDatabase(): AppDatabase {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

/**
 * An in-memory copy of a serialized database (`db.$client.serialize()`), with the pragmas of
 * `openDatabase`; WAL does not apply to memory.
 */
export function openDatabaseFromImage(image: Buffer): AppDatabase {
  const sqlite = new Database(image);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${defaultBusyTimeoutMs}`);
  registerFunctions(sqlite);
  return drizzle(sqlite, { schema });
}
