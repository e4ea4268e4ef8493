import { describe, expect, it } from 'vitest';
import { maxStatementsPerDatabase, reuseStatement } from '../src/db/statements.js';
import { staleTopics } from '../src/domain/positions/store.js';
import { staleMarks } from '../src/domain/stored-records.js';
import { buildTestApp, createTestDatabase, watchStatements } from './helpers.js';

/** Computed afresh: the response cache would answer a repeat without touching the database. */
const fresh = { 'cache-control': 'no-cache' };

async function watchedApp(db = createTestDatabase()) {
  const app = await buildTestApp({ db });
  const statements = watchStatements(db);
  const read = async (url: string) => {
    const response = await app.inject({ url, headers: fresh });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['x-cache']).toBe('miss');
    return response;
  };
  return { read, statements };
}

/** Reads that the hot path serves: lists with filters, sort, count, asOf and include; records and their ETag. */
const reads = [
  '/v1/demands?party=hamas',
  '/v1/demands?party=hamas,israel&status=pressed',
  '/v1/demands?sort=-raisedOn,title&count=true&limit=2',
  '/v1/demands?asOf=ceasefire-talks-report&status=pressed',
  '/v1/demands/aid-through-pre-existing-channels',
  '/v1/demands/aid-through-pre-existing-channels?include=party,issue,proposal,responses',
  '/v1/demands?include=party,issue,proposal,responses',
  '/v1/parties/hamas/demands',
  '/v1/responses?include=party,actor,proposal,demands&issue=ending-the-war',
  '/v1/responses/israel-rejects-hamas-amendments',
  '/v1/meetings?include=parties.actors,actors&party=israel',
  '/v1/meetings?asOf=2026-07-07',
  '/v1/statements?kind=appeal',
  '/v1/reasons?forType=demand',
  '/v1/parties?role=mediator',
  '/v1/actors?party=israel',
  '/v1/issues',
  '/v1/proposals?status=under-negotiation,draft',
  '/v1/sources?kind=news-report',
  '/v1/positions',
  '/v1/positions?party=hamas&stance=demands&sort=-title&count=true&limit=1',
  '/v1/parties/israel/positions',
  '/v1/issues/ending-the-war/positions',
];

/** A read, and another of the same shape (which filters, sort, include, paging) with other values. */
const sameShapes: [first: string, second: string, table: string][] = [
  ['/v1/demands?party=hamas', '/v1/demands?party=israel', 'demands'],
  ['/v1/demands?party=hamas,israel&status=pressed', '/v1/demands?party=qatar,egypt&status=withdrawn', 'demands'],
  ['/v1/demands/aid-through-pre-existing-channels', '/v1/demands/immediate-talks-on-ending-the-war', 'demands'],
  ['/v1/meetings?party=israel', '/v1/meetings?party=hamas', 'meetings'],
  ['/v1/statements?kind=appeal', '/v1/statements?kind=intention', 'statements'],
];

describe('statements prepared once per query shape', () => {
  it.each(reads)('GET %s: a second identical read prepares no statement', async (url) => {
    const { read, statements } = await watchedApp();
    await read(url);
    expect(statements.prepared).toBeGreaterThan(0);
    const { prepared, runs } = statements;
    await read(url);
    expect(statements.runs).toBeGreaterThan(runs);
    expect(statements.prepared).toBe(prepared);
  });

  it.each(sameShapes)('GET %s, then %s: the second reuses the statement reading the %s', async (a, b, table) => {
    const { read, statements } = await watchedApp();
    await read(a);
    const prepared = statements.sql.length;
    await read(b);
    const reading = new RegExp(`^select .* from "${table}"`);
    expect(statements.sql.slice(prepared).filter((sql) => reading.test(sql))).toEqual([]);
  });

  it('pages on with a cursor through one statement, whatever the cursor', async () => {
    const { read, statements } = await watchedApp(createTestDatabase({ synthetic: { demands: 120, seed: 3 } }));
    let url = '/v1/demands?limit=10&sort=title';
    const preparedAfter: number[] = [];
    for (let page = 0; page < 5; page++) {
      const { nextCursor } = (await read(url)).json() as { nextCursor: string };
      url = `/v1/demands?limit=10&sort=title&cursor=${nextCursor}`;
      preparedAfter.push(statements.prepared);
    }
    // The first page and the first with a cursor prepare; the pages after them prepare nothing.
    expect(preparedAfter[1]).toBeGreaterThan(preparedAfter[0]!);
    expect(preparedAfter.slice(2)).toEqual([preparedAfter[1], preparedAfter[1], preparedAfter[1]]);
  });

  it('binds no LIMIT as a bare parameter, which SQLite would prepare again at every run', async () => {
    // A bare bound `LIMIT ?` marks a statement to be prepared again whenever it is bound: kept or not,
    // it is prepared twice a run. `? + 0` (limitPlaceholder) or a literal (fixedLimit) is prepared once.
    const db = createTestDatabase({ synthetic: { demands: 30, seed: 5 } });
    const { read, statements } = await watchedApp(db);
    const more = ['/v1/timeline?limit=3', '/v1/changes?limit=2', '/v1/positions?asOf=ceasefire-talks-report&limit=1'];
    for (const url of reads) {
      const { nextCursor } = (await read(url)).json() as { nextCursor?: string | null };
      if (nextCursor) await read(`${url}${url.includes('?') ? '&' : '?'}cursor=${nextCursor}`);
    }
    for (const url of more) await read(url);
    await read('/v1/demands?limit=5&sort=title');
    // The write path's queues of what to store again.
    staleTopics(db, { limit: 2 });
    staleMarks(db, { limit: 2 });
    const parameter = String.raw`\(?\s*(\?\d*|[:@$]\w+)\s*\)?`;
    const bare = new RegExp(String.raw`\b(limit|offset)\s+${parameter}\s*($|\)|,|offset\b)`, 'i');
    expect(statements.sql.filter((sql) => /\blimit \? \+ 0\b/i.test(sql)).length).toBeGreaterThan(0);
    expect(statements.sql.filter((sql) => bare.test(sql))).toEqual([]);
  });

  it('keeps each database’s statements apart', async () => {
    const first = await buildTestApp();
    await first.inject({ url: '/v1/demands?party=hamas', headers: fresh });
    const { read, statements } = await watchedApp();
    expect((await read('/v1/demands?party=hamas')).json().items.length).toBeGreaterThan(0);
    expect(statements.prepared).toBeGreaterThan(0);
  });

  it('keeps at most maxStatementsPerDatabase, preparing again a shape it dropped', () => {
    const db = createTestDatabase();
    let prepared = 0;
    const prepare = (shape: string) =>
      reuseStatement(db, shape, () => {
        prepared++;
        return { shape };
      });
    for (let index = 0; index <= maxStatementsPerDatabase; index++) prepare(`shape ${index}`);
    expect(prepared).toBe(maxStatementsPerDatabase + 1);
    prepare(`shape ${maxStatementsPerDatabase}`);
    expect(prepared).toBe(maxStatementsPerDatabase + 1);
    prepare('shape 0');
    expect(prepared).toBe(maxStatementsPerDatabase + 2);
  });
});
