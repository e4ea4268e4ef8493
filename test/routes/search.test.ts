import { describe, expect, it, vi } from 'vitest';
import { search, searchPasses } from '../../src/domain/search/queries.js';
import { ProblemSchema } from '../../src/http/problem.js';
import { SearchResultsSchema } from '../../src/routes/search/schemas.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/search', () => {
  it('finds the aid amendment by title, summary and quote, ranked, with highlighted excerpts', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/search?q=aid'), SearchResultsSchema);
    expect(items.map((hit) => `${hit.type}:${hit.id}`)).toContain('demand:aid-through-pre-existing-channels');
    const demand = items.find((hit) => hit.id === 'aid-through-pre-existing-channels')!;
    expect(demand).toMatchObject({
      type: 'demand',
      href: '/v1/demands/aid-through-pre-existing-channels',
      title: 'Aid through pre-existing channels',
    });
    expect(demand.matches.map((match) => match.field)).toEqual(expect.arrayContaining(['title', 'summary', 'quote']));
    expect(demand.matches[0]?.snippet).toMatch(/<mark>aid<\/mark>/i);
    const scores = items.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('matches stems and prefixes, requires every word, and filters by type', async () => {
    const app = await buildTestApp();
    const search = async (query: string) =>
      ids(expectOk(await app.inject(`/v1/search?${query}`), SearchResultsSchema).items);
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
    const second = expectOk(
      await app.inject(`/v1/search?q=humanitarian%20aid&limit=7&cursor=${first.nextCursor}`),
      SearchResultsSchema,
    );
    expect(first.items).toHaveLength(7);
    expect(second.items.length).toBeGreaterThan(0);
    const keys = [...first.items, ...second.items].map((hit) => `${hit.type}:${hit.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expectProblem(await app.inject(`/v1/search?q=other&limit=7&cursor=${first.nextCursor}`), 400, 'invalid_cursor');
  });

  it.each([
    '"',
    '"unbalanced',
    "it's",
    'NEAR(aid war)',
    'aid AND OR NOT',
    '* ^ - + :',
    'aid*',
    '(((',
    'col:aid',
    'x'.repeat(500),
    '😀 aid',
    "'; drop table demands; --",
    '\\',
    'NOT',
    '-aid',
    '%',
    'ａｉｄ',
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
    expectProblem(await app.inject('/v1/search?q=aid&type=evidence'), 400, 'validation_failed');
  });

  it('searches the full text of every source: q=captives finds the passage, with its offsets', async () => {
    const app = await buildTestApp();
    const { items } = (await app.inject('/v1/search?q=captives&type=source')).json();
    expect(items).toHaveLength(1);
    const [match] = items[0].matches;
    expect(match.field).toBe('text');
    expect(match.snippet).toContain('<mark>captives</mark>');
    const source = (await app.inject(items[0].href)).json();
    expect(source.text.slice(match.start, match.end)).toBe('captives');
  });

  it('finds statements and reasons too', async () => {
    const app = await buildTestApp();
    const { items } = (await app.inject('/v1/search?q=flexibility')).json();
    expect(items.map((hit: { type: string; id: string }) => `${hit.type}:${hit.id}`)).toContain(
      'statement:international-stakeholders-urge-flexibility',
    );
  });

  it('orders records by best field: whole words first, then names, descriptions, quotes, source text', async () => {
    const app = await buildTestApp();
    const hits = async (query: string) => expectOk(await app.inject(`/v1/search?${query}`), SearchResultsSchema).items;
    // `isra` is the stem of "Israeli" (a whole word) and begins "israel" (a prefix only).
    const isra = await hits('q=isra&limit=100');
    const scores = isra.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.some((score) => score >= 4) && scores.some((score) => score < 4)).toBe(true);
    const at = (key: string) => isra.findIndex((hit) => `${hit.type}:${hit.id}` === key);
    const best = (key: string) => ({ score: isra[at(key)]?.score, field: isra[at(key)]?.matches[0]?.field });
    expect(best('issue:israeli-forces-in-gaza')).toEqual({ score: 7, field: 'title' });
    expect(best('source:ceasefire-talks-report')).toEqual({ score: 4, field: 'text' });
    expect(best('party:israel')).toEqual({ score: 3, field: 'name' });
    expect(at('source:ceasefire-talks-report')).toBeLessThan(at('party:israel'));
    // Within a rank, a shorter field first: the party named Hamas before records that mention it.
    const [first] = await hits('q=hamas');
    expect(first).toMatchObject({ type: 'party', id: 'hamas', score: 7 });
  });

  it('filters by type in the index, apart from the words: a type name in q is only a word', async () => {
    const app = await buildTestApp();
    const search = async (query: string) =>
      expectOk(await app.inject(`/v1/search?${query}`), SearchResultsSchema).items.map((hit) => hit.type);
    expect(await search('q=recordtypeparty')).toEqual([]);
    expect(new Set(await search('q=aid&type=reason,source&limit=100'))).toEqual(new Set(['reason', 'source']));
    expect(await search('q=party&type=party')).toEqual([]);
  });

  it('prepares its statements once per connection: a second search prepares none', () => {
    const db = createTestDatabase();
    search(db, { q: 'aid', limit: 20 });
    const prepare = vi.spyOn(db.$client, 'prepare');
    search(db, { q: 'aid', limit: 20 });
    search(db, { q: 'hamas aid', limit: 5, type: ['reason'] });
    expect(prepare).not.toHaveBeenCalled();
  });

  it('quotes every word so FTS5 operators are plain text', () => {
    expect(searchPasses('aid AND "war" NEAR(x)', undefined)?.map((pass) => pass.match)).toEqual([
      'content : ("aid" "AND" "war" "NEAR" "x")',
      'content : (("aid" "AND" "war" "NEAR" "x"*) NOT ("aid" "AND" "war" "NEAR" "x"))',
    ]);
    expect(searchPasses('aid', ['party', 'source'])?.[0]?.match).toBe(
      'content : ("aid") AND record_type : ("recordtypeparty" OR "recordtypesource")',
    );
    expect(searchPasses('!!!', undefined)).toBeUndefined();
  });
});
