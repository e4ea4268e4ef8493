import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp, createTestDatabase } from './helpers.js';

describe('response cache and conditional GET', () => {
  it('answers a repeated read from the cache with the same body and ETag', async () => {
    const app = await buildTestApp();
    const first = await app.inject('/v1/demands?party=hamas');
    const second = await app.inject('/v1/demands?party=hamas');
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(first.headers['cache-control']).toBe('no-cache');
  });

  it('answers 304 without a body to a matching If-None-Match, from the cache or not', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    const { headers } = await app.inject('/v1/meetings');
    for (const attempt of [1, 2]) {
      const response = await app.inject({ url: '/v1/meetings', headers: { 'if-none-match': String(headers.etag) } });
      expect(response.statusCode, `attempt ${attempt}`).toBe(304);
      expect(response.body).toBe('');
      expect(response.headers.etag).toBe(headers.etag);
    }
    // A second app over the same data has a cold cache but computes the same ETag.
    const fresh = await buildTestApp({ db });
    const cold = await fresh.inject({
      url: '/v1/meetings',
      headers: { 'if-none-match': `W/${headers.etag}, "other"` },
    });
    expect(cold.statusCode).toBe(304);
    const changed = await app.inject({ url: '/v1/meetings', headers: { 'if-none-match': '"something-else"' } });
    expect(changed.statusCode).toBe(200);
  });

  it('drops cached responses after any write, even one made outside the app', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    const before = await app.inject('/v1/demands/limits-on-israeli-forces-in-gaza');
    expect((await app.inject('/v1/demands/limits-on-israeli-forces-in-gaza')).headers['x-cache']).toBe('hit');

    db.run(sql`update demands set status = 'withdrawn' where id = 'limits-on-israeli-forces-in-gaza'`);

    const after = await app.inject('/v1/demands/limits-on-israeli-forces-in-gaza');
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.json().status).toBe('withdrawn');
    expect(after.json().updatedAt > before.json().updatedAt).toBe(true);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const stale = await app.inject({
      url: '/v1/demands/limits-on-israeli-forces-in-gaza',
      headers: { 'if-none-match': String(before.headers.etag) },
    });
    expect(stale.statusCode).toBe(200);
  });

  it('keys entries by Accept, and never caches errors or exports', async () => {
    const app = await buildTestApp();
    await app.inject('/v1/issues');
    const csv = await app.inject({ url: '/v1/issues', headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['x-cache']).toBeUndefined();
    await app.inject('/v1/issues/nope');
    const again = await app.inject('/v1/issues/nope');
    expect(again.statusCode).toBe(404);
    expect(again.headers['x-cache']).toBeUndefined();
  });

  it('computes afresh for a request with Cache-Control: no-cache', async () => {
    const app = await buildTestApp();
    await app.inject('/v1/issues');
    const fresh = await app.inject({ url: '/v1/issues', headers: { 'cache-control': 'no-cache' } });
    expect(fresh.headers['x-cache']).toBe('miss');
    expect((await app.inject('/v1/issues')).headers['x-cache']).toBe('hit');
  });

  it('caches the Link header with the page', async () => {
    const app = await buildTestApp();
    const first = await app.inject('/v1/demands?limit=1');
    const second = await app.inject('/v1/demands?limit=1');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers.link).toBe(first.headers.link);
    expect(first.headers.link).toMatch(/rel="next"/);
  });
});

describe('response cache bounds', () => {
  it('keeps serving hits after the same responses are stored again and again', async () => {
    const db = createTestDatabase();
    const { buildApp } = await import('../src/app.js');
    const app = await buildApp({ logLevel: 'silent' }, { db, cache: { maxBytes: 20_000 } });
    // Fresh computations (Cache-Control: no-cache) store the same key each time; the byte count must not drift.
    for (let i = 0; i < 50; i++)
      await app.inject({ url: '/v1/sources/ceasefire-talks-report', headers: { 'cache-control': 'no-cache' } });
    expect((await app.inject('/v1/sources/ceasefire-talks-report')).headers['x-cache']).toBe('hit');
    await app.close();
  });
});
