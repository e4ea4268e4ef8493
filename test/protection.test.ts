import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type AppOptions, buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { buildTestApp, collectLogLines, createTestDatabase, expectProblem } from './helpers.js';

async function appWith(options: AppOptions, logStream?: Writable) {
  const app = await buildApp(
    { logLevel: logStream ? 'info' : 'silent', ...options },
    { db: createTestDatabase(), ...(logStream ? { logStream } : {}) },
  );
  return app;
}

const limits = (overrides: Partial<AppOptions['rateLimit'] & object>) => ({
  rateLimit: { ...defaultConfig.rateLimit, ...overrides },
});

describe('rate limits (per client IP)', () => {
  it('answers 429 problem+json with Retry-After past RATE_LIMIT_MAX reads, and never limits /health', async () => {
    const app = await appWith(limits({ max: 3 }));
    try {
      for (let i = 0; i < 3; i++) expect((await app.inject('/v1/issues')).statusCode).toBe(200);
      const limited = await app.inject('/v1/issues');
      expectProblem(limited, 429, 'too_many_requests');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['x-ratelimit-limit']).toBe('3');
      // Another client has its own budget; health checks have none.
      expect((await app.inject({ url: '/v1/issues', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
      for (let i = 0; i < 5; i++) expect((await app.inject('/health')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('gives exports and writes budgets of their own, stricter than reads', async () => {
    const app = await appWith(limits({ max: 100, exportMax: 1, writeMax: 1 }));
    app.post('/v1/probe', { config: { access: 'public' } }, async () => ({ ok: true }));
    try {
      expect((await app.inject('/v1/issues?format=csv')).statusCode).toBe(200);
      expectProblem(await app.inject({ url: '/v1/issues', headers: { accept: 'text/csv' } }), 429, 'too_many_requests');
      expect((await app.inject('/v1/issues')).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/v1/probe' })).statusCode).toBe(200);
      expectProblem(await app.inject({ method: 'POST', url: '/v1/probe' }), 429, 'too_many_requests');
    } finally {
      await app.close();
    }
  });

  it('counts the client behind a trusted proxy by X-Forwarded-For, and only then', async () => {
    const trusting = await appWith({ ...limits({ max: 1 }), trustProxy: ['127.0.0.1'] });
    try {
      const from = (ip: string) => ({ url: '/v1/issues', headers: { 'x-forwarded-for': ip } });
      expect((await trusting.inject(from('203.0.113.1'))).statusCode).toBe(200);
      expect((await trusting.inject(from('203.0.113.2'))).statusCode).toBe(200);
      expectProblem(await trusting.inject(from('203.0.113.1')), 429, 'too_many_requests');
    } finally {
      await trusting.close();
    }
    const untrusting = await appWith(limits({ max: 1 }));
    try {
      expect(
        (await untrusting.inject({ url: '/v1/issues', headers: { 'x-forwarded-for': '1.1.1.1' } })).statusCode,
      ).toBe(200);
      const spoofed = await untrusting.inject({ url: '/v1/issues', headers: { 'x-forwarded-for': '2.2.2.2' } });
      expectProblem(spoofed, 429, 'too_many_requests');
    } finally {
      await untrusting.close();
    }
  });

  it('can be turned off', async () => {
    const app = await appWith(limits({ enabled: false, max: 1 }));
    try {
      for (let i = 0; i < 3; i++) expect((await app.inject('/v1/issues')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('overload (under-pressure)', () => {
  it('answers 503 problem+json with Retry-After when a bound is passed, except liveness', async () => {
    const app = await appWith({ maxRssBytes: 1, pressureSampleIntervalMs: 10 });
    try {
      // The first sample comes one interval after start; wait for it (bounded).
      for (let i = 0; i < 200 && !app.isUnderPressure(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      const refused = await app.inject('/v1/issues');
      expectProblem(refused, 503, 'overloaded');
      expect(refused.headers['retry-after']).toBe('10');
      expect((await app.inject('/health')).statusCode).toBe(200);
      expectProblem(await app.inject('/health/ready'), 503, 'overloaded');
    } finally {
      await app.close();
    }
  });
});

describe('security headers and CORS', () => {
  it('sends helmet’s headers with a CSP that lets API answers load nothing', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/issues');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'content-security-policy': expect.stringContaining("default-src 'none'"),
    });
    // Every header helmet sets by default, on every answer.
    for (const header of [
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ]) {
      expect(response.headers[header], header).toBeDefined();
    }
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect((await app.inject('/v1/no-such-route')).headers['x-content-type-options']).toBe('nosniff');
    const docs = await app.inject('/docs/');
    expect(docs.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(docs.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
  });

  it('sends no CORS headers by default', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ url: '/v1/issues', headers: { origin: 'https://app.example' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the origins in CORS_ORIGINS', async () => {
    const app = await appWith({ corsOrigins: ['https://app.example'] });
    try {
      const allowed = await app.inject({ url: '/v1/issues', headers: { origin: 'https://app.example' } });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
      expect(allowed.headers['access-control-expose-headers']).toMatch(/x-request-id/);
      expect(allowed.headers.vary).toMatch(/Origin/);
      expect(allowed.headers.vary).toMatch(/Accept/);
      const other = await app.inject({ url: '/v1/issues', headers: { origin: 'https://evil.example' } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/issues',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
      });
      expect(preflight.statusCode).toBe(204);
    } finally {
      await app.close();
    }
  });
});

describe('request ids', () => {
  it('answers with X-Request-Id, keeps a client’s plain id, and logs it on every request line', async () => {
    const { logStream, lines } = collectLogLines();
    const app = await appWith({}, logStream);
    try {
      const generated = await app.inject('/v1/issues');
      expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await app.inject({ url: '/v1/nowhere', headers: { 'x-request-id': 'client-123' } });
      expect(kept.headers['x-request-id']).toBe('client-123');
      const unsafe = await app.inject({ url: '/v1/issues', headers: { 'x-request-id': 'bad id\nforged: line' } });
      expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      // One line per request (plugins/request-log.ts), each with its id.
      const requestLines = lines.filter((line) => 'statusCode' in line);
      expect(requestLines).toHaveLength(3);
      for (const line of requestLines) expect(line.requestId, JSON.stringify(line)).toBeTypeOf('string');
      expect(lines.some((line) => line.requestId === 'client-123' && line.url === '/v1/nowhere')).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('hides internals from a 500: no stack, SQL or path in the answer, logged with the request id', async () => {
    const { logStream, lines } = collectLogLines();
    const app = await appWith({ cursorSecret: 's'.repeat(32) }, logStream);
    try {
      app.db.$client.exec('DROP TABLE response_answers');
      const response = await app.inject('/v1/responses');
      const problem = expectProblem(response, 500, 'internal_error');
      expect(JSON.stringify(problem)).not.toMatch(/response_answers|SqliteError|at |\/work\//);
      const logged = lines.find((line) => line.msg === 'unhandled error');
      expect(logged?.requestId).toBe(response.headers['x-request-id']);
      expect(JSON.stringify(lines)).not.toContain('s'.repeat(32));
    } finally {
      await app.close();
    }
  });
});
