import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../src/db/backup.js';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { write } from '../src/domain/write.js';
import { generateSyntheticData } from './support/synthetic-dataset.js';

const dir = mkdtempSync(join(tmpdir(), 'backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run db:backup', () => {
  it('copies the database while it is written to: sound, with every write acknowledged before', async () => {
    const path = join(dir, 'live.db');
    const db = openDatabase(path);
    migrateDatabase(db);
    generateSyntheticData(db, { demands: 300, seed: 9 });
    let written = 0;
    const insertParty = () => {
      const id = `backup-party-${written}`;
      write(db, 'backup-test', (tx) =>
        tx.run(sql`insert into parties (id, name, kind) values (${id}, ${id}, 'state')`),
      );
      written++;
      return id;
    };
    // Writes acknowledged (committed) before the backup starts.
    const before = Array.from({ length: 50 }, insertParty);

    // A stream of writes, one per turn of the event loop, for as long as the backup runs (bounded).
    let backingUp = true;
    const writer = (async () => {
      let during = 0;
      while (backingUp && during < 5000) {
        await new Promise((resolve) => setImmediate(resolve));
        insertParty();
        during++;
      }
      return during;
    })();
    const target = join(dir, 'copy.db');
    const result = await backupDatabase(path, target);
    backingUp = false;
    const writtenDuring = await writer;
    db.$client.close();

    expect(result.integrity).toBe('ok');
    expect(writtenDuring).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const ids = new Set(copy.prepare('select id from parties').pluck().all() as string[]);
      expect(before.filter((id) => !ids.has(id))).toEqual([]);
      expect((copy.prepare('select count(*) from demands').pluck().get() as number) >= 300).toBe(true);
    } finally {
      copy.close();
    }
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it('runs as a script naming the file it wrote, and fails with one line on a missing database', () => {
    const source = join(dir, 'script.db');
    const db = openDatabase(source);
    migrateDatabase(db);
    db.$client.close();
    const target = join(dir, 'script-copy.db');
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'src/scripts/backup.ts', target], {
      env: { ...process.env, DATABASE_PATH: source },
      encoding: 'utf8',
    });
    expect(output).toMatch(/^Backed up .*script\.db to .*script-copy\.db \(\d+ pages, integrity ok\)/);
    let failure = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/scripts/backup.ts', join(dir, 'x.db')], {
        env: { ...process.env, DATABASE_PATH: join(dir, 'missing.db') },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = String((error as { stderr: string }).stderr);
    }
    expect(failure.trim().split('\n')).toHaveLength(1);
    expect(failure).toMatch(/Backup of DATABASE_PATH=.*missing\.db failed/);
  }, 30_000);
});
