import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DemandPageSchema } from '../src/routes/relations.js';

import { buildTestApp, createTestDatabase, expectOk, expectProblem, ids } from './helpers.js';

type App = Awaited<ReturnType<typeof buildTestApp>>;

async function buildLargeApp(demands = 1200) {
  const db = createTestDatabase({ synthetic: { demands, seed: 7 } });
  return { app: await buildTestApp({ db }), db };
}

/** Follows nextCursor from the first page to the last, returning every page. */
async function walk(app: App, firstUrl: string) {
  const pages = [];
  let url: string | undefined = firstUrl;
  while (url) {
    const response: Awaited<ReturnType<App['inject']>> = await app.inject(url);
    const page = expectOk(response, DemandPageSchema);
    pages.push(page);
    if (page.nextCursor) {
      expect(response.headers.link).toMatch(/^<\/v1\/demands\?.*cursor=.*>; rel="next"$/);
      url = /^<([^>]+)>/.exec(String(response.headers.link))![1];
    } else {
      expect(response.headers.link).toBeUndefined();
      url = undefined;
    }
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

describe('GET /v1/demands: cursor pagination', () => {
  it('pages 50 at a time by default, up to 500, and refuses other sizes', async () => {
    const { app } = await buildLargeApp();
    expect(expectOk(await app.inject('/v1/demands'), DemandPageSchema).items).toHaveLength(50);
    expect(expectOk(await app.inject('/v1/demands?limit=500'), DemandPageSchema).items).toHaveLength(500);
    expectProblem(await app.inject('/v1/demands?limit=501'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/demands?limit=0'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/demands?limit=ten'), 400, 'validation_failed');
  });

  it.each([
    ['the source order', ''],
    ['a descending date then title', '&sort=-raisedOn,title'],
    ['status then newest update', '&sort=status,-updatedAt'],
  ])('walks every record exactly once in %s', async (_, sort) => {
    const { app, db } = await buildLargeApp();
    const all = db.all<{ id: string }>(sql`select id from demands`).map((row) => row.id);
    const pages = await walk(app, `/v1/demands?limit=97${sort}`);
    const seen = pages.flatMap((page) => ids(page.items));
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all));
  });

  it('returns records in the requested order across pages', async () => {
    const { app } = await buildLargeApp(600);
    const items = (await walk(app, '/v1/demands?limit=50&sort=-raisedOn,title')).flatMap((page) => page.items);
    for (let i = 1; i < items.length; i++) {
      const [previous, current] = [items[i - 1]!, items[i]!];
      const [a, b] = [previous.raisedOn ?? '', current.raisedOn ?? ''];
      expect(a >= b, `${previous.id} before ${current.id}`).toBe(true);
      if (a === b) expect(previous.title <= current.title).toBe(true);
    }
  });

  it('sees every record once while new ones are inserted mid-walk', async () => {
    const { app, db } = await buildLargeApp(300);
    const before = db.all<{ id: string }>(sql`select id from demands order by rowid`).map((row) => row.id);
    const first = expectOk(await app.inject('/v1/demands?limit=100'), DemandPageSchema);
    db.run(sql`insert into demands (id, party_id, issue_id, title, summary, status, raised_on_precision)
               select 'late-' || id, party_id, issue_id, title, summary, status, 'unknown' from demands limit 5`);
    const rest = await walk(app, `/v1/demands?limit=100&cursor=${first.nextCursor}`);
    const seen = [...ids(first.items), ...rest.flatMap((page) => ids(page.items))];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => !id.startsWith('late-'))).toEqual(before);
    expect(seen.filter((id) => id.startsWith('late-'))).toHaveLength(5);
  });

  it('counts the matches across pages when asked', async () => {
    const { app, db } = await buildLargeApp(400);
    const rejected = db.all<{ n: number }>(sql`select count(*) as n from demands where status = 'accepted'`)[0]!.n;
    const page = expectOk(await app.inject('/v1/demands?status=accepted&limit=10&count=true'), DemandPageSchema);
    expect(page.total).toBe(rejected);
    expect(expectOk(await app.inject('/v1/demands?limit=10'), DemandPageSchema).total).toBeUndefined();
  });

  it('refuses a tampered, truncated or foreign cursor with a 400 problem', async () => {
    const { app } = await buildLargeApp(200);
    const { nextCursor } = expectOk(await app.inject('/v1/demands?limit=10&sort=title'), DemandPageSchema);
    const [body, sum] = nextCursor!.split('.');
    const flipped = `${body!.slice(0, 5)}${body![5] === 'A' ? 'B' : 'A'}${body!.slice(6)}.${sum}`;
    for (const cursor of [flipped, body!, 'garbage', `${body}.${sum}.x`]) {
      expectProblem(
        await app.inject(`/v1/demands?limit=10&sort=title&cursor=${encodeURIComponent(cursor)}`),
        400,
        'invalid_cursor',
      );
    }
    expectProblem(await app.inject('/v1/demands?cursor='), 400, 'validation_failed');
    const foreign = expectProblem(
      await app.inject(`/v1/demands?limit=10&sort=-title&cursor=${nextCursor}`),
      400,
      'invalid_cursor',
    );
    expect(foreign.detail).toMatch(/other filters or another sort/);
    expectProblem(
      await app.inject(`/v1/demands?limit=10&sort=title&status=pressed&cursor=${nextCursor}`),
      400,
      'invalid_cursor',
    );
  });

  it.each(['sort=colour', 'sort=title,title', 'sort=-', 'sort=title;drop'])('rejects %s', async (query) => {
    const app = await buildTestApp();
    expectProblem(await app.inject(`/v1/demands?${query}`), 400, 'validation_failed');
  });
});
