import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DemandPageSchema } from '../src/routes/demands/schemas.js';
import { MeetingPageSchema } from '../src/routes/meetings/schemas.js';
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
    const rejected = db.all<{ n: number }>(sql`select count(*) as n from demands where status = 'rejected'`)[0]!.n;
    const page = expectOk(await app.inject('/v1/demands?status=rejected&limit=10&count=true'), DemandPageSchema);
    expect(page.total).toBe(rejected);
    expect(expectOk(await app.inject('/v1/demands?limit=10'), DemandPageSchema).total).toBeUndefined();
  });

  it('refuses a tampered, truncated or foreign cursor with a 400 problem', async () => {
    const { app } = await buildLargeApp(200);
    const { nextCursor } = expectOk(await app.inject('/v1/demands?limit=10&sort=title'), DemandPageSchema);
    const [body, sum] = nextCursor!.split('.');
    const flipped = `${body!.slice(0, 5)}${body![5] === 'A' ? 'B' : 'A'}${body!.slice(6)}.${sum}`;
    for (const cursor of [flipped, body!, 'garbage', `${body}.${sum}.x`]) {
      expectProblem(await app.inject(`/v1/demands?limit=10&sort=title&cursor=${encodeURIComponent(cursor)}`), 400, 'invalid_cursor');
    }
    expectProblem(await app.inject('/v1/demands?cursor='), 400, 'validation_failed');
    const foreign = expectProblem(await app.inject(`/v1/demands?limit=10&sort=-title&cursor=${nextCursor}`), 400, 'invalid_cursor');
    expect(foreign.detail).toMatch(/other filters or another sort/);
    expectProblem(await app.inject(`/v1/demands?limit=10&sort=title&status=open&cursor=${nextCursor}`), 400, 'invalid_cursor');
  });

  it.each(['sort=colour', 'sort=title,title', 'sort=-', 'sort=title;drop'])('rejects %s', async (query) => {
    const app = await buildTestApp();
    expectProblem(await app.inject(`/v1/demands?${query}`), 400, 'validation_failed');
  });
});

describe('list filters', () => {
  it('filters demands by date range and updatedSince', async () => {
    const { app, db } = await buildLargeApp(400);
    const { items } = expectOk(await app.inject('/v1/demands?raisedFrom=2025-03&raisedTo=2025-04&limit=500'), DemandPageSchema);
    const expected = db.all<{ id: string }>(
      sql`select id from demands where substr(raised_on, 1, 7) between '2025-03' and '2025-04' order by rowid`,
    );
    expect(ids(items)).toEqual(expected.map((row) => row.id));
    expect(items.length).toBeGreaterThan(0);
    expect(expectOk(await app.inject('/v1/demands?updatedSince=2999-01-01T00:00:00Z'), DemandPageSchema).items).toEqual([]);
    expect(expectOk(await app.inject('/v1/demands?updatedSince=2000-01-01T00:00:00Z&limit=1&count=true'), DemandPageSchema).total).toBe(
      403,
    );
    expectProblem(await app.inject('/v1/demands?raisedFrom=March'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/demands?updatedSince=yesterday'), 400, 'validation_failed');
  });

  it('filters meetings by location (any case) and by the actor taking part', async () => {
    const app = await buildTestApp();
    expect(ids(expectOk(await app.inject('/v1/meetings?location=doha'), MeetingPageSchema).items)).toEqual(['doha-talks']);
    expect(ids(expectOk(await app.inject('/v1/meetings?actor=benjamin-netanyahu'), MeetingPageSchema).items)).toEqual([
      'israeli-security-meeting',
      'washington-meeting',
    ]);
  });

  it('filters responses by actor', async () => {
    const app = await buildTestApp();
    const { items } = (await app.inject('/v1/responses?actor=netanyahus-office')).json();
    expect(ids(items)).toEqual(['israel-rejects-hamas-amendments']);
  });
});

/** A strict RFC 4180 reader, enough to read back what the export writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  expect(cell).toBe('');
  return rows;
}

describe('export: CSV and NDJSON', () => {
  it('streams every matching demand as CSV that reads back to the JSON records', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ url: '/v1/demands?party=hamas', headers: { accept: 'text/csv' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual([
      'id', 'partyId', 'proposalId', 'issueId', 'title', 'summary', 'rationale', 'status', 'raisedOn', 'raisedOnPrecision', 'evidence', 'createdAt', 'updatedAt',
    ]);
    const json = (await app.inject('/v1/demands?party=hamas')).json().items as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    rows.forEach((row, index) => {
      const record = Object.fromEntries(header!.map((column, i) => [column, row[i]]));
      expect(record.id).toBe(json[index]!.id);
      expect(record.summary).toBe(json[index]!.summary);
      expect(record.raisedOn).toBe('');
      expect(JSON.parse(record.evidence!)).toEqual(json[index]!.evidence);
    });
  });

  it('streams NDJSON, one record per line, equal to the JSON records', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/meetings?format=ndjson&status=held');
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = response.body.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual((await app.inject('/v1/meetings?status=held')).json().items);
  });

  it('exports every record past one page, in the requested sort, with the same filters', async () => {
    const { app, db } = await buildLargeApp(1200);
    const response = await app.inject('/v1/demands?format=ndjson&sort=title&limit=5');
    const exported = response.body.trimEnd().split('\n').map((line) => JSON.parse(line).id as string);
    expect(exported).toHaveLength(db.all(sql`select id from demands`).length);
    expect(new Set(exported).size).toBe(exported.length);
    const titles = exported.map((id) => db.all<{ title: string }>(sql`select title from demands where id = ${id}`)[0]!.title);
    expect(titles).toEqual([...titles].sort());
  });

  it('writes only the header row when nothing matches', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/demands?format=csv&party=israel');
    expect(parseCsv(response.body)).toHaveLength(1);
    expect((await app.inject('/v1/demands?format=ndjson&party=israel')).body).toBe('');
  });

  it('negotiates from Accept, preferring the highest q, and answers 406 when nothing fits', async () => {
    const app = await buildTestApp();
    const prefer = async (accept: string) => (await app.inject({ url: '/v1/issues', headers: { accept } })).headers['content-type'];
    expect(await prefer('application/x-ndjson;q=0.5, text/csv')).toMatch(/^text\/csv/);
    expect(await prefer('text/html, application/json;q=0.9')).toMatch(/^application\/json/);
    expect(await prefer('*/*')).toMatch(/^application\/json/);
    const refused = await app.inject({ url: '/v1/issues', headers: { accept: 'application/xml' } });
    expectProblem(refused, 406, 'not_acceptable');
    expectProblem(await app.inject('/v1/issues?format=xml'), 400, 'validation_failed');
  });
});
