import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { IssuePositionsSchema, PositionsPageSchema } from '../src/routes/positions/schemas.js';
import { toFtsQuery } from '../src/routes/search/queries.js';
import { SearchResultsSchema } from '../src/routes/search/schemas.js';
import { TimelinePageSchema } from '../src/routes/timeline/schemas.js';
import { ProblemSchema } from '../src/http/problem.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem, ids } from './helpers.js';

const amendments = ['immediate-talks-on-ending-the-war', 'aid-through-pre-existing-channels', 'limits-on-israeli-forces-in-gaza'];

describe('GET /v1/positions', () => {
  it('derives, for every issue, that Hamas demands and Israel rejects, with the records and quotes behind each', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/positions'), PositionsPageSchema);
    expect(items.map((issue) => issue.issueId)).toEqual(['ending-the-war', 'humanitarian-aid-channels', 'israeli-forces-in-gaza']);
    items.forEach((issue, index) => {
      const stances = Object.fromEntries(issue.positions.map((position) => [position.partyId, position]));
      expect(stances.hamas).toMatchObject({ stance: 'demands', basisCount: 1, basis: [{ type: 'demand', id: amendments[index] }] });
      expect(stances.israel).toMatchObject({
        stance: 'rejects',
        basis: [{ type: 'response', id: 'israel-rejects-hamas-amendments', href: '/v1/responses/israel-rejects-hamas-amendments' }],
      });
      expect(stances.israel?.basis[0]?.evidence.some((quote) => quote.quote.includes('unacceptable'))).toBe(true);
      expect(Object.keys(stances).sort()).toEqual(['hamas', 'israel']);
    });
  });

  it('follows the data: a withdrawn demand and a later acceptance change the derived stances', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    db.run(sql`update demands set status = 'withdrawn' where id = 'limits-on-israeli-forces-in-gaza'`);
    db.run(sql`insert into responses (id, party_id, stance, summary, issued_on, issued_on_precision)
               values ('israel-accepts-aid', 'israel', 'accept', 'Israel accepts the aid amendment.', '2030-01-01', 'day')`);
    db.run(sql`insert into response_answers (response_id, demand_id, scope) values ('israel-accepts-aid', 'aid-through-pre-existing-channels', 'specific')`);
    db.run(sql`insert into evidence (record_type, record_id, source_id, quote, start, end)
               values ('response', 'israel-accepts-aid', 'ceasefire-talks-report', 'Israel', 0, 6)`);
    const aid = expectOk(await app.inject('/v1/issues/humanitarian-aid-channels/positions'), IssuePositionsSchema);
    expect(aid.positions.find((p) => p.partyId === 'israel')).toMatchObject({ stance: 'accepts', recordCount: 2, basis: [{ id: 'israel-accepts-aid' }] });
    const forces = expectOk(await app.inject('/v1/issues/israeli-forces-in-gaza/positions?party=hamas'), IssuePositionsSchema);
    expect(forces.positions).toMatchObject([{ partyId: 'hamas', stance: 'withdrew' }]);
  });

  it('filters by party and stance, and pages by issue', async () => {
    const app = await buildTestApp();
    const rejects = expectOk(await app.inject('/v1/positions?stance=rejects'), PositionsPageSchema);
    expect(rejects.items.flatMap((issue) => issue.positions.map((p) => p.partyId))).toEqual(['israel', 'israel', 'israel']);
    expect(expectOk(await app.inject('/v1/positions?stance=accepts'), PositionsPageSchema).items).toEqual([]);
    const page = expectOk(await app.inject('/v1/positions?limit=2'), PositionsPageSchema);
    expect(page.items).toHaveLength(2);
    const rest = expectOk(await app.inject(`/v1/positions?limit=2&cursor=${page.nextCursor}`), PositionsPageSchema);
    expect(rest.items.map((issue) => issue.issueId)).toEqual(['israeli-forces-in-gaza']);
    expect(rest.nextCursor).toBeNull();
  });

  it('answers per issue and per party, with 404s for unknown ones', async () => {
    const app = await buildTestApp();
    const israel = expectOk(await app.inject('/v1/parties/israel/positions'), PositionsPageSchema);
    expect(israel.items.every((issue) => issue.positions.length === 1 && issue.positions[0]!.stance === 'rejects')).toBe(true);
    expect(expectOk(await app.inject('/v1/parties/united-states/positions'), PositionsPageSchema).items).toEqual([]);
    expectProblem(await app.inject('/v1/parties/atlantis/positions'), 404, 'not_found');
    expectProblem(await app.inject('/v1/issues/no-such-issue/positions'), 404, 'not_found');
    expectProblem(await app.inject('/v1/positions?stance=maybe'), 400, 'validation_failed');
  });

  it('derives the same stance as a direct computation over synthetic data', async () => {
    const db = createTestDatabase({ synthetic: { demands: 400, seed: 3 } });
    const app = await buildTestApp({ db });
    const { items } = expectOk(await app.inject('/v1/positions?party=syn-party-00001&limit=50'), PositionsPageSchema);
    const demandsOf = db.all<{ issueId: string; n: number }>(
      sql`select issue_id as issueId, count(*) as n from demands where party_id = 'syn-party-00001' group by issue_id`,
    );
    for (const { issueId, n } of demandsOf) {
      const position = items.find((issue) => issue.issueId === issueId)?.positions[0];
      expect(position?.partyId).toBe('syn-party-00001');
      expect(position!.recordCount).toBeGreaterThanOrEqual(n);
    }
  });
});

describe('GET /v1/timeline', () => {
  it('lists the undated events in the order the article reports them, each linked to its record', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/timeline'), TimelinePageSchema);
    expect(items.map((event) => `${event.type}:${event.id}`)).toEqual([
      'meeting:israeli-security-meeting',
      'response:israel-rejects-hamas-amendments',
      'meeting:doha-talks',
      'meeting:washington-meeting',
      'response:hamas-approves-framework-with-amendments',
      ...amendments.map((id) => `demand:${id}`),
    ]);
    for (const event of items) {
      expect(event.date).toBeNull();
      expect(event.datePrecision).toBe('unknown');
      expect((await app.inject(event.href)).statusCode).toBe(200);
    }
    expect(items.find((event) => event.id === 'washington-meeting')?.partyIds).toEqual(['israel', 'united-states']);
    expect(items.find((event) => event.id === 'israel-rejects-hamas-amendments')?.issueIds.sort()).toEqual([
      'ending-the-war',
      'humanitarian-aid-channels',
      'israeli-forces-in-gaza',
    ]);
  });

  it('puts dated events after undated ones, by date', async () => {
    const db = createTestDatabase();
    db.run(sql`update meetings set starts_on = '2025-07-10', starts_on_precision = 'day' where id = 'washington-meeting'`);
    db.run(sql`update meetings set starts_on = '2025-07', starts_on_precision = 'month' where id = 'doha-talks'`);
    const app = await buildTestApp({ db });
    const { items } = expectOk(await app.inject('/v1/timeline?type=meeting'), TimelinePageSchema);
    expect(items.map((event) => [event.id, event.date, event.datePrecision])).toEqual([
      ['israeli-security-meeting', null, 'unknown'],
      ['doha-talks', '2025-07', 'month'],
      ['washington-meeting', '2025-07-10', 'day'],
    ]);
  });

  it.each([
    ['party=united-states', ['washington-meeting']],
    ['issue=ending-the-war', ['israel-rejects-hamas-amendments', 'immediate-talks-on-ending-the-war']],
    ['type=demand&party=hamas', amendments],
    ['type=meeting&issue=ending-the-war', []],
  ])('filters by %s', async (query, expected) => {
    const app = await buildTestApp();
    expect(ids(expectOk(await app.inject(`/v1/timeline?${query}`), TimelinePageSchema).items)).toEqual(expected);
  });

  it('walks a large timeline page by page without gaps or repeats', async () => {
    const db = createTestDatabase({ synthetic: { demands: 300, seed: 5 } });
    const app = await buildTestApp({ db });
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: ReturnType<typeof TimelinePageSchema.parse> = expectOk(await app.inject(`/v1/timeline?limit=64&count=true${cursor ? `&cursor=${cursor}` : ''}`), TimelinePageSchema);
      seen.push(...page.items.map((event) => `${event.type}:${event.id}`));
      total = page.total!;
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expectProblem(await app.inject('/v1/timeline?cursor=abc.def'), 400, 'invalid_cursor');
    expectProblem(await app.inject('/v1/timeline?type=vote'), 400, 'validation_failed');
  });
});

describe('GET /v1/search', () => {
  it('finds the aid amendment by title, summary and quote, ranked, with highlighted excerpts', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/search?q=aid'), SearchResultsSchema);
    expect(items.map((hit) => `${hit.type}:${hit.id}`)).toContain('demand:aid-through-pre-existing-channels');
    const demand = items.find((hit) => hit.id === 'aid-through-pre-existing-channels')!;
    expect(demand).toMatchObject({ type: 'demand', href: '/v1/demands/aid-through-pre-existing-channels', title: 'Aid through pre-existing channels' });
    expect(demand.matches.map((match) => match.field)).toEqual(expect.arrayContaining(['title', 'summary', 'quote']));
    expect(demand.matches[0]?.snippet).toMatch(/<mark>aid<\/mark>/i);
    const scores = items.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('matches stems and prefixes, requires every word, and filters by type', async () => {
    const app = await buildTestApp();
    const search = async (query: string) => ids(expectOk(await app.inject(`/v1/search?${query}`), SearchResultsSchema).items);
    expect(await search('q=amendment&type=response')).toContain('israel-rejects-hamas-amendments');
    expect(await search('q=unaccept')).toContain('israel-rejects-hamas-amendments');
    expect(await search('q=Gaza%20Foundation&type=party')).toEqual(['gaza-humanitarian-foundation']);
    expect((await search('q=Doha&type=meeting'))[0]).toBe('doha-talks');
    expect(await search('q=Doha%20Cairo')).toEqual([]);
  });

  it('pages through hits with a cursor', async () => {
    const db = createTestDatabase({ synthetic: { demands: 200, seed: 2 } });
    const app = await buildTestApp({ db });
    const first = expectOk(await app.inject('/v1/search?q=humanitarian%20aid&limit=7'), SearchResultsSchema);
    const second = expectOk(await app.inject(`/v1/search?q=humanitarian%20aid&limit=7&cursor=${first.nextCursor}`), SearchResultsSchema);
    expect(first.items).toHaveLength(7);
    expect(second.items.length).toBeGreaterThan(0);
    const keys = [...first.items, ...second.items].map((hit) => `${hit.type}:${hit.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expectProblem(await app.inject(`/v1/search?q=other&limit=7&cursor=${first.nextCursor}`), 400, 'invalid_cursor');
  });

  it.each([
    '"', '"unbalanced', "it's", 'NEAR(aid war)', 'aid AND OR NOT', '* ^ - + :', 'aid*', '(((', 'col:aid', 'x'.repeat(500), '😀 aid', "'; drop table demands; --", '\\', 'NOT', '-aid', '%', 'ａｉｄ',
  ])('answers 200 or a 400 problem, never a 5xx, for q=%j', async (q) => {
    const app = await buildTestApp();
    const response = await app.inject(`/v1/search?q=${encodeURIComponent(q)}`);
    if (response.statusCode === 200) SearchResultsSchema.parse(response.json());
    else {
      expect(response.statusCode).toBe(400);
      ProblemSchema.parse(response.json());
    }
  });

  it('refuses an empty or wordless q with a validation problem', async () => {
    const app = await buildTestApp();
    for (const q of ['', '   ', '"()"', '***']) {
      expectProblem(await app.inject(`/v1/search?q=${encodeURIComponent(q)}`), 400, 'validation_failed');
    }
    expectProblem(await app.inject('/v1/search'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/search?q=aid&type=source'), 400, 'validation_failed');
  });

  it('quotes every word so FTS5 operators are plain text', () => {
    expect(toFtsQuery('aid AND "war" NEAR(x)')).toBe('"aid" "AND" "war" "NEAR" "x"*');
    expect(toFtsQuery('!!!')).toBeUndefined();
  });
});
