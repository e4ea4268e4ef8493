import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The `app_settings` table (migration 0007): server settings kept with the data, outside the drizzle
 * schema since they are not records.
 */
export function readSetting(sqlite: Database.Database, key: string): string | undefined {
  return sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(key) as string | undefined;
}

/** The setting's value, creating it with `create()` when absent (the only write, and only the first time). */
export function ensureSetting(sqlite: Database.Database, key: string, create: () => string): string {
  const present = readSetting(sqlite, key);
  if (present !== undefined) return present;
  sqlite.prepare('INSERT OR IGNORE INTO app_settings (key, value) VALUES (?, ?)').run(key, create());
  // Another process may have won the race: whatever is stored is the value.
  return readSetting(sqlite, key)!;
}

/** The key that signs cursors: CURSOR_SECRET when given, else a random one generated once and kept. */
export function cursorSecretOf(sqlite: Database.Database, configured?: string): string {
  return configured ?? ensureSetting(sqlite, 'cursor_secret', () => randomBytes(32).toString('base64url'));
}
