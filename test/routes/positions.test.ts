import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  PositionsPageSchema,
  TopicPositionsSchema,
  TopicPositionsWithQuotesSchema,
} from '../../src/routes/positions/schemas.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem } from '../helpers.js';

const amendments = [
  'immediate-talks-on-ending-the-war',
  'aid-through-pre-existing-channels',
  'limits-on-israeli-forces-in-gaza',
];

describe('GET /v1/positions', () => {
  it(
    'derives, for every issue, that Hamas demands and Israel rejects Hamas’s demand, with the records and quotes ' +
      'behind each',
    async () => {
      const app = await buildTestApp();
      const { items, quotes } = expectOk(await app.inject('/v1/positions?topicType=issue'), PositionsPageSchema);
      expect(items.map((entry) => entry.topic.id)).toEqual([
        'ending-the-war',
        'humanitarian-aid-channels',
        'israeli-forces-in-gaza',
      ]);
      items.forEach((issue, index) => {
        const stances = Object.fromEntries(issue.positions.map((position) => [position.partyId, position]));
        expect(stances.hamas).toMatchObject({
          stance: 'demands',
          basisCount: 1,
          basis: [{ type: 'demand', id: amendments[index] }],
        });
        expect(stances.israel).toMatchObject({
          stance: 'rejects',
          // What Israel rejects is Hamas's demand, not the issue itself.
          towards: [{ type: 'demand', id: amendments[index], partyId: 'hamas' }],
          basis: [
            {
              type: 'response',
              id: 'israel-rejects-hamas-amendments',
              href: '/v1/responses/israel-rejects-hamas-amendments',
            },
          ],
        });
        const israelQuotes = quotes[stances.israel!.basis[0]!.href];
        expect(israelQuotes?.some((quote) => quote.quote.includes('unacceptable'))).toBe(true);
        expect(Object.keys(stances).sort()).toEqual(['hamas', 'israel']);
      });
    },
  );

  it('gives each record’s quotes once per answer, however many positions it backs', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/positions?topicType=issue');
    const page = expectOk(response, PositionsPageSchema);
    const rejection = '/v1/responses/israel-rejects-hamas-amendments';
    // Israel's one response backs its position on all three issues…
    const backed = page.items.filter((issue) => issue.positions.some((p) => p.basis.some((b) => b.href === rejection)));
    expect(backed).toHaveLength(3);
    // …and its quotes appear once, under its href, for every basis record the page shows.
    const quote = page.quotes[rejection]![0]!.quote;
    expect(response.body.split(JSON.stringify(quote)).length - 1).toBe(1);
    const hrefs = page.items.flatMap((issue) => issue.positions.flatMap((p) => p.basis.map((b) => b.href)));
    expect(Object.keys(page.quotes).sort()).toEqual([...new Set(hrefs)].sort());
    expect(Object.keys((await app.inject('/v1/positions?topicType=issue&evidence=false')).json())).toEqual([
      'items',
      'nextCursor',
    ]);
  });

  it('exports each topic as an NDJSON line with the quotes of its own records', async () => {
    const app = await buildTestApp();
    const lines = (await app.inject('/v1/positions?topicType=issue&format=ndjson')).body
      .trimEnd()
      .split('\n')
      .map((line) => TopicPositionsWithQuotesSchema.parse(JSON.parse(line)));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const hrefs = new Set(line.positions.flatMap((p) => p.basis.map((b) => b.href)));
      expect(new Set(Object.keys(line.quotes))).toEqual(hrefs);
    }
  });

  it('includes Hamas’s conditional acceptance of the truce framework, towards the proposal', async () => {
    const app = await buildTestApp();
    const hamas = expectOk(await app.inject('/v1/parties/hamas/positions'), PositionsPageSchema);
    const framework = hamas.items.find((entry) => entry.topic.type === 'proposal');
    expect(framework).toMatchObject({
      topic: { type: 'proposal', id: 'truce-framework' },
      positions: [
        {
          partyId: 'hamas',
          stance: 'accepts-with-conditions',
          towards: [{ type: 'proposal', id: 'truce-framework' }],
          basis: [{ type: 'response', id: 'hamas-approves-framework-with-amendments' }],
        },
      ],
    });
    const direct = expectOk(await app.inject('/v1/proposals/truce-framework/positions'), TopicPositionsSchema);
    expect(direct.positions.map((p) => [p.partyId, p.stance])).toEqual([['hamas', 'accepts-with-conditions']]);
  });

  it('uses one stance vocabulary with responses: stance=rejects filters both', async () => {
    const app = await buildTestApp();
    const rejects = expectOk(await app.inject('/v1/positions?stance=rejects'), PositionsPageSchema);
    expect(rejects.items.length).toBe(3);
    const responses = (await app.inject('/v1/responses?stance=rejects')).json();
    expect(responses.items.map((r: { id: string }) => r.id)).toEqual(['israel-rejects-hamas-amendments']);
    expectProblem(await app.inject('/v1/positions?stance=reject'), 400, 'validation_failed');
  });

  it('follows the data: a withdrawn demand and a later acceptance change the derived stances', async () => {
    const db = createTestDatabase();
    const app = await buildTestApp({ db });
    db.run(sql`update demands set status = 'withdrawn' where id = 'limits-on-israeli-forces-in-gaza'`);
    db.run(sql`insert into responses (id, party_id, stance, summary, issued_on, issued_on_precision)
               values ('israel-accepts-aid', 'israel', 'accepts', 'Israel accepts the aid amendment.',
                       '2030-01-01', 'day')`);
    db.run(
      sql`insert into response_answers (response_id, demand_id, stance, scope)
          values ('israel-accepts-aid', 'aid-through-pre-existing-channels', 'accepts', 'specific')`,
    );
    db.run(sql`insert into evidence (record_type, record_id, source_id, quote, start, end)
               values ('response', 'israel-accepts-aid', 'ceasefire-talks-report', 'Israel', 0, 6)`);
    const aid = expectOk(await app.inject('/v1/issues/humanitarian-aid-channels/positions'), TopicPositionsSchema);
    expect(aid.positions.find((p) => p.partyId === 'israel')).toMatchObject({
      stance: 'accepts',
      recordCount: 2,
      basis: [{ id: 'israel-accepts-aid' }],
    });
    const forces = expectOk(
      await app.inject('/v1/issues/israeli-forces-in-gaza/positions?party=hamas'),
      TopicPositionsSchema,
    );
    expect(forces.positions).toMatchObject([{ partyId: 'hamas', stance: 'withdrew' }]);
  });

  it('filters by party and stance, and pages by issue', async () => {
    const app = await buildTestApp();
    const rejects = expectOk(await app.inject('/v1/positions?stance=rejects'), PositionsPageSchema);
    expect(rejects.items.flatMap((issue) => issue.positions.map((p) => p.partyId))).toEqual([
      'israel',
      'israel',
      'israel',
    ]);
    expect(expectOk(await app.inject('/v1/positions?stance=accepts'), PositionsPageSchema).items).toEqual([]);
    const page = expectOk(await app.inject('/v1/positions?limit=2'), PositionsPageSchema);
    expect(page.items).toHaveLength(2);
    const rest = expectOk(await app.inject(`/v1/positions?limit=2&cursor=${page.nextCursor}`), PositionsPageSchema);
    expect(rest.items.map((entry) => entry.topic.id)).toEqual(['israeli-forces-in-gaza', 'truce-framework']);
    expect(rest.nextCursor).toBeNull();
    const byTitle = expectOk(await app.inject('/v1/positions?sort=-title&limit=1'), PositionsPageSchema);
    const next = expectOk(
      await app.inject(`/v1/positions?sort=-title&limit=5&cursor=${byTitle.nextCursor}`),
      PositionsPageSchema,
    );
    expect([...byTitle.items, ...next.items].map((entry) => entry.topic.id)).toEqual([
      'israeli-forces-in-gaza',
      'humanitarian-aid-channels',
      'ending-the-war',
      'truce-framework',
    ]);
  });

  it('answers per issue and per party, with 404s for unknown ones', async () => {
    const app = await buildTestApp();
    const israel = expectOk(await app.inject('/v1/parties/israel/positions'), PositionsPageSchema);
    expect(israel.items).toHaveLength(3);
    expect(
      israel.items.every((issue) => issue.positions.length === 1 && issue.positions[0]!.stance === 'rejects'),
    ).toBe(true);
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
      const position = items.find((entry) => entry.topic.id === issueId)?.positions[0];
      expect(position?.partyId).toBe('syn-party-00001');
      expect(position!.recordCount).toBeGreaterThanOrEqual(n);
    }
  });
});
