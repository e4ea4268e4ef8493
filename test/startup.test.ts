import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { describeDatabaseFailure } from '../src/db/failures.js';
import { cursorSecretOf } from '../src/db/settings.js';
import { seedDatabase } from '../src/seed/seed-database.js';

const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'startup-'));
  directories.push(dir);
  return dir;
};

/** Runs src/server.ts until it exits, or until it listens (then stops it with SIGTERM). */
async function runServer(env: Record<string, string>, onStdout?: (stdout: string) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let listening = false;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    onStdout?.(stdout);
    if (!listening && /Server listening at/.test(stdout)) {
      listening = true;
      child.kill('SIGTERM');
    }
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, 'exit');
  return { code: code as number, stdout, stderr, listening };
}

function expectOneClearLine(result: Awaited<ReturnType<typeof runServer>>, path: string, cause: RegExp) {
  expect(result.code, result.stdout + result.stderr).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`DATABASE_PATH=${path}`);
  expect(lines[0]).toMatch(cause);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('start-up over a database it cannot use', () => {
  it('says in one line that the path is not usable when a part of it is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const path = join(dir, 'file', 'api.db');
    expectOneClearLine(await runServer({ DATABASE_PATH: path }), path, /is a file, not a directory/);
  }, 30_000);

  it('says in one line that the file cannot be created (a read-only directory)', async () => {
    // /proc refuses new files even to root, for whom permission bits do not.
    const path = '/proc/negotiations-startup-test.db';
    expectOneClearLine(await runServer({ DATABASE_PATH: path }), path, /cannot be opened or created/);
  }, 30_000);

  it('waits DATABASE_BUSY_TIMEOUT_MS for a lock held at start, then says so in one line', async () => {
    const path = join(tempDir(), 'api.db');
    const holder = new Database(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = await runServer({ DATABASE_PATH: path, DATABASE_BUSY_TIMEOUT_MS: '300' });
      expectOneClearLine(result, path, /locked by another process \(waited 300 ms/);
    } finally {
      holder.close();
    }
  }, 30_000);

  it('says it waits for a lock held at start, and starts once it is released within the bound', async () => {
    const path = join(tempDir(), 'api.db');
    const holder = new Database(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = await runServer({ DATABASE_PATH: path, DATABASE_BUSY_TIMEOUT_MS: '20000' }, (stdout) => {
        if (holder.inTransaction && /Waiting up to 20000 ms/.test(stdout)) holder.exec('ROLLBACK');
      });
      expect(result.listening, result.stdout + result.stderr).toBe(true);
      expect(result.stdout).toContain(`to release the lock on DATABASE_PATH=${path}`);
      expect(result.code).toBe(0);
    } finally {
      holder.close();
    }
  }, 30_000);

  it('writes nothing when it starts over a database it has nothing to do to', async () => {
    const path = join(tempDir(), 'api.db');
    const db = openDatabase(path);
    migrateDatabase(db);
    seedDatabase(db);
    cursorSecretOf(db.$client);
    db.$client.close();
    // Opened once more, so the planner statistics PRAGMA optimize keeps are up to date too.
    openDatabase(path).$client.close();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const again = await runServer({ DATABASE_PATH: path });
    expect(again.listening, again.stdout + again.stderr).toBe(true);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  }, 30_000);

  it('names the cause of each kind of failure', () => {
    const sqliteError = (code: string) => new Database.SqliteError('x', code);
    expect(describeDatabaseFailure(sqliteError('SQLITE_READONLY'), 5000)).toMatch(/read-only/);
    expect(describeDatabaseFailure(sqliteError('SQLITE_BUSY'), 5000)).toMatch(/locked .* 5000 ms/);
    expect(describeDatabaseFailure(sqliteError('SQLITE_NOTADB'), 5000)).toMatch(/not a usable SQLite database/);
    expect(describeDatabaseFailure(new Error('wrapped', { cause: sqliteError('SQLITE_FULL') }), 5000)).toMatch(/full/);
    expect(describeDatabaseFailure(new TypeError('a bug'), 5000)).toBeUndefined();
  });
});
