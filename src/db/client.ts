import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsDirectory } from '../paths.js';
import * as schema from './schema.js';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (creating if needed) the SQLite file, or `:memory:`, with the pragmas every connection needs. */
export function openDatabase(path: string): AppDatabase {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Let the planner know the data (e.g. that a party filter is more selective than a status one),
  // with bounded effort: SQLite's recommended optimize on open.
  sqlite.pragma('analysis_limit = 400');
  sqlite.pragma('optimize = 0x10002');
  registerFunctions(sqlite);
  return drizzle(sqlite, { schema });
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

/** Applies every pending migration from `migrations/`; the server, the seed script and the tests share it. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder: migrationsDirectory });
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
  sqlite.pragma('busy_timeout = 5000');
  registerFunctions(sqlite);
  return drizzle(sqlite, { schema });
}
