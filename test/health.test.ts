import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

const directories: string[] = [];
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An app over a migrated database file of its own. */
async function appOverFile() {
  const dir = mkdtempSync(join(tmpdir(), 'ready-'));
  directories.push(dir);
  const path = join(dir, 'api.db');
  const db = openDatabase(path);
  migrateDatabase(db);
  return { app: await buildTestApp({ db }), path };
}

describe('GET /health (liveness)', () => {
  it('answers ok while the database answers', async () => {
    const app = await buildTestApp();
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('GET /health/ready (readiness)', () => {
  it('is ready over a present, migrated, readable and writable database', async () => {
    const { app } = await appOverFile();
    const response = await app.inject('/health/ready');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      checks: { file: 'ok', migrations: 'ok', read: 'ok', writeLock: 'ok' },
    });
  });

  it('is not ready when the database file has been deleted', async () => {
    const { app, path } = await appOverFile();
    unlinkSync(path);
    const problem = expectProblem(await app.inject('/health/ready'), 503, 'not_ready');
    expect(problem.detail).toMatch(/file: the database file is missing/);
  });

  it('is not ready while another connection holds the write lock, and ready again once it lets go', async () => {
    const { app, path } = await appOverFile();
    const other = new Database(path);
    try {
      other.exec('BEGIN IMMEDIATE');
      const refused = await app.inject('/health/ready');
      const problem = expectProblem(refused, 503, 'not_ready');
      expect(problem.detail).toMatch(/writeLock: the write lock was not free within 100 ms/);
      expect(refused.headers['retry-after']).toBe('5');
      // Liveness does not depend on the lock.
      expect((await app.inject('/health')).statusCode).toBe(200);
      other.exec('ROLLBACK');
      expect((await app.inject('/health/ready')).statusCode).toBe(200);
    } finally {
      other.close();
    }
  });

  it('is not ready while a migration is missing', async () => {
    const db = createTestDatabase();
    db.$client.exec(
      'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)',
    );
    const app = await buildTestApp({ db });
    const problem = expectProblem(await app.inject('/health/ready'), 503, 'not_ready');
    expect(problem.detail).toMatch(/migrations: 1 migration\(s\) not applied/);
  });

  it('answers 503 once the app is closing', async () => {
    const app = await buildTestApp();
    let answered: Promise<unknown> | undefined;
    app.addHook('preClose', async () => {
      answered = app.inject('/health/ready').then((response) => expectProblem(response, 503, 'shutting_down'));
    });
    await app.close();
    expect(answered).toBeDefined();
    await answered;
  });
});
