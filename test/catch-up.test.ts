import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { refreshStaleDataBetweenRequests } from '../src/domain/write.js';
import { projectRoot } from '../src/paths.js';
import { createTestDatabase } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'catch-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database file as an upgrade leaves it: what it stores for fast reads is of an older version. */
let made = 0;
function upgradedDatabase(): string {
  const db = createTestDatabase({ synthetic: { demands: 600, seed: 2 } });
  db.$client.exec(
    `update app_settings set value = '0' where key in ('stored_positions_version', 'stored_records_version');
     update stored_records set json = json_set(json, '$.title', 'OLD ' || (json ->> '$.title'))`,
  );
  const path = join(dir, `upgraded-${made++}.db`);
  writeFileSync(path, db.$client.serialize());
  db.$client.close();
  return path;
}

const count = (db: Database.Database, query: string) => db.prepare(query).pluck().get() as number;

describe('catching up after an upgrade', () => {
  it('the server answers at once from the data, never the older version’s JSON, and then stores it', async () => {
    const path = upgradedDatabase();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server.ts')], {
      env: { ...process.env, LOG_LEVEL: 'info', PORT: '0', DATABASE_PATH: path },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    const until = async (pattern: RegExp) => {
      for (let waited = 0; !pattern.test(output); waited += 20) {
        if (waited > 30_000 || child.exitCode !== null) throw new Error(`no ${pattern} in:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return pattern.exec(output)!;
    };
    try {
      const [, port] = await until(/Server listening at http:\/\/127\.0\.0\.1:(\d+)/);
      const page = await fetch(`http://127.0.0.1:${port}/v1/demands?limit=100`);
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain('"title":"OLD ');
      await until(/stored again \d+ stale topics' positions and records/);
      const db = new Database(path, { readonly: true });
      expect(count(db, 'select count(*) from stale_position_topics')).toBe(0);
      expect(count(db, 'select count(*) from stale_records')).toBe(0);
      expect(count(db, `select count(*) from stored_records where json like '%"title":"OLD %'`)).toBe(0);
      db.close();
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 60_000);

  it('pauses while another process holds the write lock, without waiting on the event loop, then goes on', async () => {
    const path = upgradedDatabase();
    const db = openDatabase(path, { busyTimeoutMs: 5_000 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const busy: unknown[] = [];
    const started = performance.now();
    const catchingUp = refreshStaleDataBetweenRequests(db, {
      busyRetryMs: 20,
      onBusy: (error) => {
        busy.push(error);
        // The lock held well past this point: the step gave up at once, not after the 5 s busy timeout.
        expect(performance.now() - started).toBeLessThan(1_000);
        setTimeout(() => other.exec('COMMIT'), 100);
      },
    });
    expect(await catchingUp).toBeGreaterThan(0);
    expect(busy).toHaveLength(1);
    expect(count(db.$client, 'select count(*) from stale_position_topics')).toBe(0);
    expect(count(db.$client, 'select count(*) from stale_records')).toBe(0);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5_000);
    db.$client.close();
    other.close();
  });
});
