import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { type AppDatabase, pendingMigrationCount } from './client.js';

export type ReadinessCheck = { name: 'file' | 'migrations' | 'read' | 'writeLock'; ok: boolean; detail: string };

/** How long the readiness check waits for the write lock before calling the database not ready. */
export const readinessLockTimeoutMs = 100;

function check(name: ReadinessCheck['name'], run: () => string | undefined): ReadinessCheck {
  try {
    const failure = run();
    return { name, ok: failure === undefined, detail: failure ?? 'ok' };
  } catch (error) {
    const code = error instanceof Database.SqliteError ? error.code : 'error';
    return { name, ok: false, detail: `failed (${code})` };
  }
}

/**
 * Whether the database can serve and accept writes: its file is still there, every migration is
 * applied, a read succeeds, and the write lock can be taken within `lockTimeoutMs` (taken with
 * `BEGIN IMMEDIATE` and rolled back at once, so nothing is written).
 */
export function checkReadiness(db: AppDatabase, lockTimeoutMs = readinessLockTimeoutMs): ReadinessCheck[] {
  const sqlite = db.$client;
  const checks = [
    check('file', () => {
      if (!sqlite.open) return 'the database is closed';
      const file = sqlite.name;
      return sqlite.memory || file === '' || existsSync(file) ? undefined : 'the database file is missing';
    }),
  ];
  if (!sqlite.open) return checks;
  checks.push(
    check('migrations', () => {
      const pending = pendingMigrationCount(db);
      return pending === 0 ? undefined : `${pending} migration(s) not applied`;
    }),
    check('read', () => {
      sqlite.prepare('SELECT version FROM data_version WHERE id = 1').get();
      return undefined;
    }),
    check('writeLock', () => {
      if (sqlite.inTransaction) return undefined;
      const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
      sqlite.pragma(`busy_timeout = ${lockTimeoutMs}`);
      try {
        sqlite.exec('BEGIN IMMEDIATE');
        sqlite.exec('ROLLBACK');
        return undefined;
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY'))
          return `the write lock was not free within ${lockTimeoutMs} ms`;
        throw error;
      } finally {
        sqlite.pragma(`busy_timeout = ${busyTimeout}`);
      }
    }),
  );
  return checks;
}
