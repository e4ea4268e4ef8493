import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AppDatabase } from '../src/db/client.js';
import { createKey } from '../src/domain/keys/keys.js';
import { buildTestApp, createTestDatabase } from './helpers.js';

/** A correction through the API naming `etag` in If-Match, as an editor would send it. */
async function patchSummary(app: Awaited<ReturnType<typeof buildTestApp>>, db: AppDatabase, url: string, etag: string) {
  const { key } = createKey(db, 'analyst', 'editor');
  return app.inject({
    method: 'PATCH',
    url,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/merge-patch+json', 'if-match': etag },
    payload: '{"summary":"Limits on Israeli forces in Gaza during the truce."}',
  });
}

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
    const url = '/v1/demands?party=hamas';
    const before = await app.inject(url);
    expect((await app.inject(url)).headers['x-cache']).toBe('hit');

    // Straight into the database, as another process might: no revision, but the data version moves.
    db.run(sql`update demands set status = 'withdrawn' where id = 'limits-on-israeli-forces-in-gaza'`);

    const after = await app.inject(url);
    expect(after.headers['x-cache']).toBe('miss');
    const changed = after.json().items.find((d: { id: string }) => d.id === 'limits-on-israeli-forces-in-gaza');
    expect(changed.status).toBe('withdrawn');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const stale = await app.inject({ url, headers: { 'if-none-match': String(before.headers.etag) } });
    expect(stale.statusCode).toBe(200);
  });

  it('gives a record its version as ETag, which a write through the API moves on', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    const url = '/v1/demands/limits-on-israeli-forces-in-gaza';
    const before = await app.inject(url);
    expect(before.headers.etag).toMatch(/^"r\d+"$/);
    expect((await app.inject({ url, headers: { 'if-none-match': String(before.headers.etag) } })).statusCode).toBe(304);
    const patched = await patchSummary(app, db, url, String(before.headers.etag));
    expect(patched.statusCode).toBe(200);
    const after = await app.inject(url);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.headers.etag).toBe(patched.headers.etag);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('keeps a record’s version as its ETag when a HEAD is the first to fill the cache', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    const url = '/v1/demands/limits-on-israeli-forces-in-gaza';
    await app.inject({ method: 'HEAD', url }); // a link checker or a monitor, say
    const get = await app.inject(url);
    // Not a hash of the bytes: the version, which a conditional write names.
    expect(get.headers.etag).toMatch(/^"r\d+"$/);
    expect((await patchSummary(app, db, url, String(get.headers.etag))).statusCode).toBe(200);
  });

  it('sends a 304 computed afresh without a Content-Length or Content-Type of the body it leaves out', async () => {
    const app = await buildTestApp();
    const { headers } = await app.inject('/v1/issues');
    const cold = await app.inject({
      url: '/v1/issues',
      headers: { 'if-none-match': String(headers.etag), 'cache-control': 'no-cache' },
    });
    expect(cold.statusCode).toBe(304);
    // RFC 9110 8.6: a 304 must not carry a Content-Length other than the 200's.
    expect(cold.headers['content-length']).toBeUndefined();
    expect(cold.headers['content-type']).toBeUndefined();
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

  it('counts what it keeps in bytes as sent (UTF-8), not in characters', async () => {
    const { buildApp } = await import('../src/app.js');
    const url = '/v1/sources/ceasefire-talks-report';
    const sent = await (await buildTestApp()).inject(url);
    const bytes = sent.rawPayload.length;
    // The report's typographic apostrophes take three bytes each.
    expect(bytes).toBeGreaterThan(sent.body.length);
    // An answer is kept when it takes at most a quarter of the bound: this one by its characters, not its bytes.
    for (const [maxBytes, second] of [
      [4 * bytes - 1, 'miss'],
      [4 * bytes, 'hit'],
    ] as const) {
      const app = await buildApp({ logLevel: 'silent' }, { db: createTestDatabase(), cache: { maxBytes } });
      await app.inject(url);
      expect((await app.inject(url)).headers['x-cache'], `maxBytes ${maxBytes}`).toBe(second);
      await app.close();
    }
  });
});
