import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { createKey } from '../src/domain/keys/keys.js';
import { seedDatabase } from '../src/seed/seed-database.js';
import { buildTestApp, expectProblem } from './helpers.js';

// A real full disk: a small tmpfs, which needs root (CI runs as root; elsewhere this is skipped).
const isRoot = process.getuid?.() === 0;
if (!isRoot && process.env.CI !== 'true') console.warn('\n[disk-full] SKIPPED: mounting a tmpfs needs root.\n');

describe.skipIf(!isRoot && process.env.CI !== 'true')('a full disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disk-full-'));
  const mountPoint = join(dir, 'small');
  afterAll(() => {
    try {
      execFileSync('umount', [mountPoint]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses writes with a clear problem, stays up, and keeps every write it acknowledged', async () => {
    // The seeded database, built off the small disk, then copied onto one with ~200 KiB to spare.
    const built = join(dir, 'seeded.db');
    const db0 = openDatabase(built);
    migrateDatabase(db0);
    seedDatabase(db0);
    const { key } = createKey(db0, 'disk-filler', 'editor');
    db0.$client.pragma('wal_checkpoint(TRUNCATE)');
    db0.$client.close();
    mkdirSync(mountPoint);
    const size = statSync(built).size + 200 * 1024;
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint]);
    const path = join(mountPoint, 'api.db');
    copyFileSync(built, path);

    const app = await buildTestApp({ db: openDatabase(path) });
    const acknowledged: string[] = [];
    let refused: Awaited<ReturnType<typeof app.inject>> | undefined;
    for (let i = 0; i < 2000 && !refused; i++) {
      const id = `filler-${i}`;
      const response = await app.inject({
        method: 'POST',
        url: '/v1/statements',
        headers: { authorization: `Bearer ${key}` },
        payload: {
          sourceId: 'ceasefire-talks-report',
          id,
          kind: 'context',
          title: `Filler ${i}`,
          summary: 'x'.repeat(1900),
          evidence: [
            {
              quote: 'The humanitarian toll in Gaza',
              attributedTo: { kind: 'reporter' },
              reporting: 'reporter-analysis',
            },
          ],
        },
      });
      if (response.statusCode === 201) acknowledged.push(id);
      else refused = response;
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused, 'the disk never filled').toBeDefined();
    expect([507, 503]).toContain(refused!.statusCode);
    expectProblem(refused!, refused!.statusCode, refused!.statusCode === 507 ? 'storage_full' : 'storage_unavailable');
    // Still up: reads answer.
    expect((await app.inject('/v1/statements/filler-0')).statusCode).toBe(200);
    await app.close();

    // After a restart, every acknowledged write is there and the file is sound.
    const reopened = openDatabase(path);
    const stored = new Set(
      reopened.$client.prepare("select id from statements where id like 'filler-%'").pluck().all() as string[],
    );
    for (const id of acknowledged) expect(stored.has(id), id).toBe(true);
    expect(reopened.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.$client.close();
  }, 120_000);
});
