import { describe, expect, it } from 'vitest';
import { createKey } from '../src/domain/keys/keys.js';
import { buildTestApp, createTestDatabase } from './helpers.js';

describe('conditional requests', () => {
  it('a HEAD before any GET does not replace a record’s version ETag in the cache', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    const url = '/v1/demands/limits-on-israeli-forces-in-gaza';
    await app.inject({ method: 'HEAD', url }); // e.g. a link checker or monitor
    const get = await app.inject(url);
    expect(get.headers.etag).toMatch(/^"r\d+"$/); // fails: the cache kept the hash ETag the HEAD computed
    const { key } = createKey(db, 'analyst', 'editor');
    const patched = await app.inject({
      method: 'PATCH',
      url,
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/merge-patch+json',
        'if-match': String(get.headers.etag),
      },
      payload: '{"summary":"Limits on Israeli forces in Gaza during the truce."}',
    });
    expect(patched.statusCode).toBe(200); // 412 version_mismatch with the ETag the API itself served
  });

  it('a 304 computed on a cache miss sends no Content-Length: 0 (RFC 9110 8.6) and no Content-Type', async () => {
    const app = await buildTestApp();
    const { headers } = await app.inject('/v1/issues');
    const cold = await app.inject({
      url: '/v1/issues',
      headers: { 'if-none-match': String(headers.etag), 'cache-control': 'no-cache' },
    });
    expect(cold.statusCode).toBe(304);
    expect(cold.headers['content-length']).toBeUndefined(); // fails: '0'
    expect(cold.headers['content-type']).toBeUndefined(); // fails: application/json
  });
});
