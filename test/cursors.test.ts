import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { readSetting } from '../src/db/settings.js';
import { cursorScope, encodeCursor } from '../src/domain/paging/cursor.js';
import { maxSearchResults } from '../src/domain/search/queries.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

const secretA = 'a'.repeat(32);
const secretB = 'b'.repeat(32);

async function appWith(db: ReturnType<typeof createTestDatabase>, cursorSecret?: string) {
  return buildApp({ logLevel: 'silent', ...(cursorSecret ? { cursorSecret } : {}) }, { db });
}

describe('cursors are signed', () => {
  it('refuses a cursor signed with another secret, and accepts its own', async () => {
    const db = createTestDatabase({ synthetic: { demands: 50, seed: 1 } });
    const signer = await appWith(db, secretA);
    const { nextCursor } = (await signer.inject('/v1/demands?limit=5')).json();
    expect((await signer.inject(`/v1/demands?limit=5&cursor=${nextCursor}`)).statusCode).toBe(200);
    // The same database, served with another secret (closing an app closes its database: open a copy).
    const other = await appWith(createTestDatabase({ synthetic: { demands: 50, seed: 1 } }), secretB);
    expectProblem(await other.inject(`/v1/demands?limit=5&cursor=${nextCursor}`), 400, 'invalid_cursor');
    await Promise.all([signer.close(), other.close()]);
  });

  it('generates a secret once and keeps it in the database when CURSOR_SECRET is unset', async () => {
    const db = createTestDatabase();
    expect(readSetting(db.$client, 'cursor_secret')).toBeUndefined();
    const app = await buildTestApp({ db });
    const stored = readSetting(db.$client, 'cursor_secret');
    expect(stored).toMatch(/^[\w-]{43}$/);
    const { nextCursor } = (await app.inject('/v1/demands?limit=1')).json();
    // A second app over the same database (a restart) signs with the same stored secret.
    const again = await buildTestApp({ db });
    expect(readSetting(db.$client, 'cursor_secret')).toBe(stored);
    expect((await again.inject(`/v1/demands?limit=1&cursor=${nextCursor}`)).statusCode).toBe(200);
  });

  it('refuses forged cursors: the old unsigned checksum, and any string, never a 5xx', async () => {
    const app = await buildTestApp();
    const body = Buffer.from(JSON.stringify({ q: 'x', k: ['a'], r: 1 })).toString('base64url');
    const oldChecksum = createHash('sha256')
      .update('negotiation-positions/cursor/v1')
      .update(body)
      .digest('base64url')
      .slice(0, 16);
    expectProblem(await app.inject(`/v1/demands?cursor=${body}.${oldChecksum}`), 400, 'invalid_cursor');
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300 }), async (cursor) => {
        for (const path of ['/v1/demands', '/v1/search?q=aid', '/v1/timeline', '/v1/positions']) {
          const response = await app.inject(
            `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`,
          );
          expect(response.statusCode, `${path} ${cursor}`).toBe(400);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});

describe('GET /v1/search: deep paging', () => {
  it('pages through many hits without growing the query, ending at the cap with no further cursor', async () => {
    const app = await buildTestApp({ db: createTestDatabase({ synthetic: { demands: 1500, seed: 5 } }) });
    let url: string | null = '/v1/search?q=a&limit=100';
    let pages = 0;
    let records = 0;
    while (url && pages < 20) {
      const response = await app.inject(url);
      expect(response.statusCode, response.body).toBe(200);
      const page: { items: unknown[]; nextCursor: string | null } = response.json();
      records += page.items.length;
      pages++;
      url = page.nextCursor ? `/v1/search?q=a&limit=100&cursor=${page.nextCursor}` : null;
    }
    expect(records).toBe(maxSearchResults);
    expect(pages).toBe(maxSearchResults / 100);
  });

  it('answers 400 for a cursor past the cap, even one the server signed', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    const query = { q: 'aid', limit: 20 };
    const deep = encodeCursor(db, cursorScope('search', query), { keys: [maxSearchResults], rowid: 0 });
    expectProblem(await app.inject(`/v1/search?q=aid&limit=20&cursor=${deep}`), 400, 'search_too_deep');
    const negative = encodeCursor(db, cursorScope('search', query), { keys: [-5], rowid: 0 });
    expectProblem(await app.inject(`/v1/search?q=aid&limit=20&cursor=${negative}`), 400, 'invalid_cursor');
  });
});
