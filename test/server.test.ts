import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { DemandPageSchema } from '../src/routes/relations.js';

import { buildTestApp } from './helpers.js';

describe('over a real socket', () => {
  it('serves the seeded demands to fetch', async () => {
    const app = await buildTestApp();
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${address}/v1/demands?party=hamas`);
    expect(response.status).toBe(200);
    expect(DemandPageSchema.parse(await response.json()).items).toHaveLength(3);
    const missing = await fetch(`${address}/v1/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('src/server.ts', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function startServer(env: Record<string, string>) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return { child, output: () => output };
  }

  it('creates, migrates and seeds a new database file, listens, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'positions-'));
    directories.push(dir);
    const { child, output } = startServer({ DATABASE_PATH: join(dir, 'nested', 'api.db'), PORT: '0' });
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 20);
      child.once('exit', () => {
        clearInterval(timer);
        reject(new Error(`server exited early:\n${output()}`));
      });
    });
    const response = await fetch(`${address}/v1/meetings`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(3);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);

    const lines = output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    // Start-up says which migrations ran and how much the seed loaded.
    const migrated = lines.find((line) => Array.isArray(line.migrations));
    expect(migrated?.migrations).toEqual(expect.arrayContaining(['0000_initial']));
    expect(migrated?.msg).toMatch(/^applied \d+ migration\(s\) to .*api\.db: 0000_initial, /);
    const seeded = lines.find((line) => line.sourceId === 'ceasefire-talks-report');
    expect(seeded?.records).toBeGreaterThan(20);
    expect(seeded?.msg).toMatch(/^seeded \d+ records and \d+ quotes from source ceasefire-talks-report$/);
    // One line per request, with its method, URL, status and time.
    const requestLines = lines.filter((line) => typeof line.msg === 'string' && line.msg.includes('/v1/meetings'));
    expect(requestLines).toEqual([
      expect.objectContaining({ level: 30, method: 'GET', url: '/v1/meetings', statusCode: 200 }),
    ]);
    expect(requestLines[0]?.responseTime).toEqual(expect.any(Number));
    expect(lines.some((line) => line.msg === 'incoming request' || line.msg === 'request completed')).toBe(false);
  }, 30_000);

  it('says so when there is no migration to apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'positions-'));
    directories.push(dir);
    const path = join(dir, 'api.db');
    const db = openDatabase(path);
    expect(migrateDatabase(db)).toContain('0000_initial');
    expect(migrateDatabase(db)).toEqual([]);
    db.$client.close();
  });

  it('refuses to start on a bad configuration value, naming it', async () => {
    const { child, output } = startServer({ PORT: 'eighty' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output()).toMatch(/Invalid configuration: PORT/);
  }, 30_000);
});
