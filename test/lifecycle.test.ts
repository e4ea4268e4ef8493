import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { createKey } from '../src/domain/keys/keys.js';
import { buildTestApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The server's database, with an editor key, so a write can be in flight. */
const editorKey = (() => {
  const db = openDatabase(join(dir, 'api.db'));
  migrateDatabase(db);
  const { key } = createKey(db, 'lifecycle-test', 'editor');
  db.$client.close();
  return key;
})();

/** Resolves when `text()` first matches `pattern` (checked on every chunk of output). */
function waitFor(stream: NodeJS.ReadableStream, text: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    const check = () => {
      const match = pattern.exec(text());
      if (match) {
        stream.off('data', check);
        resolve(match);
      }
    };
    stream.on('data', check);
    check();
  });
}

function collect(socket: Socket): () => string {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    text += chunk;
  });
  return () => text;
}

describe('src/server.ts on SIGTERM', () => {
  it('closes idle keep-alive sockets at once, finishes the request in flight, closes the db, exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        // At debug the server logs each request's arrival: the sign that one is in flight.
        LOG_LEVEL: 'debug',
        PORT: '0',
        DATABASE_PATH: join(dir, 'api.db'),
        // Long enough that only the shutdown can close the idle socket within the test.
        KEEP_ALIVE_TIMEOUT_MS: '60000',
        SHUTDOWN_TIMEOUT_MS: '5000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    try {
      const [, port] = await waitFor(child.stdout, () => output, /Server listening at http:\/\/127\.0\.0\.1:(\d+)/);

      // An idle keep-alive connection, its one request answered.
      const idle = connect(Number(port), '127.0.0.1');
      const idleText = collect(idle);
      idle.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
      await waitFor(idle, idleText, /"status":"ok"/);
      const idleClosed = once(idle, 'close');

      // A request in flight: its body one byte short.
      const busy = connect(Number(port), '127.0.0.1');
      const busyText = collect(busy);
      busy.write(
        `POST /v1/parties HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${editorKey}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{',
      );
      await waitFor(child.stdout, () => output, /"url":"\/v1\/parties"[^\n]*incoming request/);

      child.kill('SIGTERM');
      await idleClosed;
      await waitFor(child.stdout, () => output, /shutting down/);
      const busyClosed = once(busy, 'close');
      busy.write('}');
      await busyClosed;
      // Answered (a 4xx: the body is an empty party), not refused for the shutdown.
      expect(busyText()).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(busyText()).not.toMatch(/^HTTP\/1\.1 (401|503) /);
      expect(busyText()).toMatch(/content-type: application\/problem\+json/i);
      expect(busyText()).toMatch(/connection: close/i);

      const [code] = await exited;
      expect(code, output).toBe(0);
      expect(output).toMatch(/"msg":"closed"/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);

  it('exits 1 once SHUTDOWN_TIMEOUT_MS has passed with a request still in flight', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        // At debug the server logs each request's arrival: the sign that one is in flight.
        LOG_LEVEL: 'debug',
        PORT: '0',
        DATABASE_PATH: join(dir, 'api.db'),
        SHUTDOWN_TIMEOUT_MS: '300',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    try {
      const [, port] = await waitFor(child.stdout, () => output, /Server listening at http:\/\/127\.0\.0\.1:(\d+)/);
      const stuck = connect(Number(port), '127.0.0.1');
      stuck.on('error', () => {});
      stuck.write(
        `POST /v1/parties HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${editorKey}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{',
      );
      await waitFor(child.stdout, () => output, /"url":"\/v1\/parties"[^\n]*incoming request/);
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(1);
      expect(output).toMatch(/shutdown timed out/);
      stuck.destroy();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});

describe('app.close()', () => {
  it('ends open change streams (Server-Sent Events) at once, so closing never waits on a consumer', async () => {
    const app = await buildTestApp();
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${address}/v1/changes/stream`);
    const reader = response.body!.getReader();
    await reader.read(); // the stream is open
    await app.close();
    // The stream has ended: what is left reads to its end.
    for (let chunk = await reader.read().catch(() => ({ done: true })); !chunk.done; ) {
      chunk = await reader.read().catch(() => ({ done: true }));
    }
  }, 10_000);
});
