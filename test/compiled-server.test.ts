import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../bench/server-env.js';
import { projectRoot } from '../src/paths.js';
import { buildServer } from '../src/scripts/build.js';

/** Waits for the server's "listening" log line and returns its address. */
function addressOf(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
}

describe('the compiled server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compiled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts and serves without seed/ on disk when it does not seed', async () => {
    // A deployment as small as it gets: the bundle, the migrations, package.json and node_modules.
    await buildServer(join(dir, 'dist'));
    cpSync(join(projectRoot, 'migrations'), join(dir, 'migrations'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
    expect(existsSync(join(dir, 'seed'))).toBe(false);

    // With the flags `npm run start:compiled` gives it, which the benchmarks run it with too.
    const child = spawn(process.execPath, [...serverNodeFlags, join(dir, 'dist/src/server.mjs')], {
      cwd: dir,
      env: { ...process.env, PORT: '0', SEED_ON_START: 'false', DATABASE_PATH: join(dir, 'api.db'), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const address = await addressOf(child);
      const demands = await fetch(`${address}/v1/demands`);
      expect(demands.status).toBe(200);
      expect(await demands.json()).toEqual({ items: [], nextCursor: null });
      const document = await fetch(`${address}/openapi.json`);
      expect(document.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 60_000);

  it('runs in production (npm run start:compiled) with the Node flags the benchmarks measure', () => {
    const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(scripts['start:compiled']).toBe(`node ${serverNodeFlags.join(' ')} dist/src/server.mjs`);
  });
});
