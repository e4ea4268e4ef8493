import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { IssuePositionsSchema, PositionsPageSchema } from '../../src/routes/positions/schemas.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem } from '../helpers.js';

const amendments = [
  'immediate-talks-on-ending-the-war',
  'aid-through-pre-existing-channels',
  'limits-on-israeli-forces-in-gaza',
];

describe('GET /v1/positions', () => {
  it('derives, for every issue, that Hamas demands and Israel rejects, with the records and quotes behind each', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/positions'), PositionsPageSchema);
    expect(items.map((issue) => issue.issueId)).toEqual([
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
        basis: [
          {
            type: 'response',
            id: 'israel-rejects-hamas-amendments',
            href: '/v1/responses/israel-rejects-hamas-amendments',
          },
        ],
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
    db.run(
      sql`insert into response_answers (response_id, demand_id, scope) values ('israel-accepts-aid', 'aid-through-pre-existing-channels', 'specific')`,
    );
    db.run(sql`insert into evidence (record_type, record_id, source_id, quote, start, end)
               values ('response', 'israel-accepts-aid', 'ceasefire-talks-report', 'Israel', 0, 6)`);
    const aid = expectOk(await app.inject('/v1/issues/humanitarian-aid-channels/positions'), IssuePositionsSchema);
    expect(aid.positions.find((p) => p.partyId === 'israel')).toMatchObject({
      stance: 'accepts',
      recordCount: 2,
      basis: [{ id: 'israel-accepts-aid' }],
    });
    const forces = expectOk(
      await app.inject('/v1/issues/israeli-forces-in-gaza/positions?party=hamas'),
      IssuePositionsSchema,
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
    expect(rest.items.map((issue) => issue.issueId)).toEqual(['israeli-forces-in-gaza']);
    expect(rest.nextCursor).toBeNull();
  });

  it('answers per issue and per party, with 404s for unknown ones', async () => {
    const app = await buildTestApp();
    const israel = expectOk(await app.inject('/v1/parties/israel/positions'), PositionsPageSchema);
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
      const position = items.find((issue) => issue.issueId === issueId)?.positions[0];
      expect(position?.partyId).toBe('syn-party-00001');
      expect(position!.recordCount).toBeGreaterThanOrEqual(n);
    }
  });
});
