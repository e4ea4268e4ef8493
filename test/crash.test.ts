import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a process killed with SIGKILL mid-write', () => {
  it('loses no acknowledged write, leaves a sound database, and the server starts ready over it', async () => {
    const path = join(dir, 'api.db');
    // Killed again and again over the same file, each time after a different number of writes.
    const acknowledged: string[] = [];
    for (const [run, killAfter] of [37, 211, 500, 5, 123].entries()) {
      const writer = spawn(process.execPath, ['--import', 'tsx', 'test/support/write-until-killed.ts'], {
        env: { ...process.env, DATABASE_PATH: path, CRASH_RUN: String(run) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let seen = 0;
      let pending = '';
      writer.stdout.setEncoding('utf8');
      writer.stdout.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        acknowledged.push(...lines);
        seen += lines.length;
        if (seen >= killAfter && writer.exitCode === null) writer.kill('SIGKILL');
      });
      const [, signal] = await once(writer, 'exit');
      expect(signal).toBe('SIGKILL');
      expect(seen).toBeGreaterThanOrEqual(killAfter);

      const after = new Database(path);
      try {
        expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
        const ids = new Set(after.prepare("select id from parties where id like 'crash-party-%'").pluck().all());
        expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      } finally {
        after.close();
      }
    }

    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, DATABASE_PATH: path, PORT: '0', LOG_LEVEL: 'info', SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stderr.on('data', (chunk) => (output += chunk));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        server.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
      });
      const ready = await fetch(`${address}/health/ready`);
      expect(ready.status).toBe(200);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = once(server, 'exit');
        server.kill('SIGTERM');
        await exited;
      }
    }
  }, 60_000);
});
