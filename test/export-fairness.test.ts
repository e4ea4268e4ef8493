import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

/** Enough demands for an export of several pages (about 2.6 MB of NDJSON). */
const large = { synthetic: { demands: 2500, seed: 3 } } as const;

const socketDir = mkdtempSync(join(tmpdir(), 'export-'));
afterAll(() => rmSync(socketDir, { recursive: true, force: true }));
let socketCount = 0;

/**
 * Starts an export on a Unix socket, whose buffers do not grow as TCP's do on loopback, and stops
 * reading after the first bytes: with backpressure the export then waits, mid-way, for the client.
 */
async function startPausedExport(app: Awaited<ReturnType<typeof buildTestApp>>): Promise<Socket> {
  const path = join(socketDir, `api-${socketCount++}.sock`);
  await app.listen({ path });
  const socket = connect(path);
  socket.write('GET /v1/demands?format=ndjson HTTP/1.1\r\nHost: localhost\r\n\r\n');
  await once(socket, 'data');
  socket.pause();
  return socket;
}

describe('exports share the server', () => {
  it('answers /health while a long export streams: /health completes before the export does', async () => {
    const app = await buildTestApp({ db: createTestDatabase(large) });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const finished: string[] = [];
    const exported = await fetch(`${address}/v1/demands?format=ndjson`);
    const reader = exported.body!.getReader();
    await reader.read(); // the export is running
    const health = fetch(`${address}/health`).then(async (response) => {
      await response.text();
      finished.push('health');
      return response.status;
    });
    const rest = (async () => {
      let bytes = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
      finished.push('export');
      return bytes;
    })();
    const [status, bytes] = await Promise.all([health, rest]);
    expect(status).toBe(200);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(finished).toEqual(['health', 'export']);
    // The first test builds the 2,500-demand template (with its stored positions): time for it on a busy machine.
  }, 30_000);

  it('turns an export away (503, Retry-After) while EXPORT_CONCURRENCY run, and takes it once one ends', async () => {
    const app = await buildApp({ logLevel: 'silent', exportConcurrency: 1 }, { db: createTestDatabase() });
    try {
      const running = app.exportSlots.admit(new Readable({ read() {} }));
      const refused = await app.inject('/v1/demands?format=csv');
      expectProblem(refused, 503, 'too_many_exports');
      expect(refused.headers['retry-after']).toBe('5');
      // A problem, not a file to save.
      expect(refused.headers['content-disposition']).toBeUndefined();
      // JSON pages are not exports: they are still served.
      expect((await app.inject('/v1/demands')).statusCode).toBe(200);
      const released = once(app.exportSlots, 'release');
      running.destroy();
      await released;
      expect((await app.inject('/v1/demands?format=csv')).statusCode).toBe(200);
      // The stream closes just after its last byte: the slot frees then.
      if (app.exportSlots.active > 0) await once(app.exportSlots, 'release');
      expect(app.exportSlots.active).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('stops an export and frees its slot when the client disconnects', async () => {
    const app = await buildTestApp({ db: createTestDatabase(large) });
    const socket = await startPausedExport(app);
    expect(app.exportSlots.active).toBe(1);
    const released = once(app.exportSlots, 'release');
    socket.destroy();
    await released;
    expect(app.exportSlots.active).toBe(0);
  });

  it('cuts a running export when the app closes, so the client sees an incomplete response', async () => {
    const app = await buildTestApp({ db: createTestDatabase(large) });
    const socket = await startPausedExport(app);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    const closed = once(socket, 'close');
    await app.close();
    socket.resume();
    await closed;
    // A chunked response ends with a zero-length chunk; a cut one does not.
    expect(received.endsWith('\r\n0\r\n\r\n')).toBe(false);
    expect(app.exportSlots.active).toBe(0);
  });
});
