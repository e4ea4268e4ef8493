import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { ProblemSchema } from '../src/http/problem.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

/** Everything the server sends on a raw socket until it closes the connection. */
async function responseOf(socket: Socket): Promise<{ status: number; headers: string; body: string }> {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    text += chunk;
  });
  await once(socket, 'close');
  const [head = '', body = ''] = text.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head, body };
}

function expectRawProblem(response: { status: number; headers: string; body: string }, status: number, code: string) {
  expect(response.status, response.headers).toBe(status);
  expect(response.headers).toMatch(/content-type: application\/problem\+json/i);
  const problem = ProblemSchema.parse(JSON.parse(response.body));
  expect(problem).toMatchObject({ status, code });
}

const connectionsOf = (app: Awaited<ReturnType<typeof buildApp>>) =>
  new Promise<number>((resolve, reject) =>
    app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

async function listeningApp(options: Parameters<typeof buildApp>[0] = {}) {
  const app = await buildApp({ logLevel: 'silent', ...options }, { db: createTestDatabase() });
  // A route anyone may post a body to, so a slow body is read rather than refused for want of a key.
  app.post('/echo', { config: { access: 'public' } }, async (request) => request.body);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = new URL(address);
  const open = () => connect(Number(port), '127.0.0.1');
  return { app, address, open };
}

describe('slow and malformed clients', () => {
  it('cuts a request whose body dribbles in slower than REQUEST_TIMEOUT_MS with a 408 problem', async () => {
    const { app, open } = await listeningApp({ requestTimeoutMs: 300, connectionsCheckingIntervalMs: 50 });
    try {
      const socket = open();
      socket.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
      const response = responseOf(socket);
      // One byte now and then, never the whole body; bounded, and stops once the server has cut us off.
      const dribble = setInterval(() => {
        if (!socket.destroyed) socket.write('{');
      }, 40);
      try {
        expectRawProblem(await response, 408, 'request_timeout');
      } finally {
        clearInterval(dribble);
      }
    } finally {
      await app.close();
    }
  });

  it('closes connections that never finish their headers (HEADERS_TIMEOUT_MS): /health answers after', async () => {
    const { app, address, open } = await listeningApp({
      headersTimeoutMs: 200,
      requestTimeoutMs: 200,
      connectionsCheckingIntervalMs: 50,
      maxConnections: 4,
    });
    try {
      // Slowloris: take every connection the cap allows, each with half a request line.
      const sockets = Array.from({ length: 4 }, () => open());
      for (const socket of sockets) socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
      await Promise.all(sockets.map((socket) => once(socket, 'connect')));
      // Until the server has accepted all four (bounded; no timer, one turn of the loop at a time).
      for (let turn = 0; turn < 1000 && (await connectionsOf(app)) < 4; turn++) await nextTurn();
      expect(await connectionsOf(app)).toBe(4);
      const cut = Promise.all(sockets.map((socket) => responseOf(socket)));
      // Over MAX_CONNECTIONS: dropped at once, without an answer.
      const extra = open();
      extra.on('error', () => {});
      const dropped = await responseOf(extra);
      expect(dropped.headers).toBe('');
      for (const response of await cut) expectRawProblem(response, 408, 'request_timeout');
      const health = await fetch(`${address}/health`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers a request Node cannot parse with a 400 problem', async () => {
    const { app, open } = await listeningApp();
    try {
      const socket = open();
      socket.write('THIS IS NOT HTTP\r\n\r\n');
      expectRawProblem(await responseOf(socket), 400, 'malformed_request');
    } finally {
      await app.close();
    }
  });

  it('answers headers over 16 KiB with a 431 problem', async () => {
    const { app, open } = await listeningApp();
    try {
      const socket = open();
      socket.write(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expectRawProblem(await responseOf(socket), 431, 'request_header_fields_too_large');
    } finally {
      await app.close();
    }
  });

  it('answers a URL over 8 KiB with a 414 problem', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject(`/v1/demands?party=${'a'.repeat(9000)}`), 414, 'uri_too_long');
    expectProblem(await app.inject(`/v1/nowhere/${'a'.repeat(9000)}`), 414, 'uri_too_long');
  });

  it('documents 414, 429, 431 and 503 on every operation', async () => {
    const app = await buildTestApp();
    const document = (await app.inject('/openapi.json')).json();
    for (const [path, item] of Object.entries(
      document.paths as Record<string, Record<string, { responses: object }>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(
          expect.arrayContaining(['414', '429', '431', '503']),
        );
      }
    }
  });
});
