import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DemandPageSchema, DemandSchema, ResponsePageSchema } from '../../src/routes/relations.js';

import { buildTestApp, createTestDatabase, expectOk, expectProblem, ids } from '../helpers.js';

const amendments = [
  'immediate-talks-on-ending-the-war',
  'aid-through-pre-existing-channels',
  'limits-on-israeli-forces-in-gaza',
];

describe('GET /v1/demands', () => {
  it('lists Hamas’s three amendments in the order the article reports them, each with its quotes', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/demands?party=hamas'), DemandPageSchema);
    expect(ids(items)).toEqual(amendments);
    for (const demand of items) {
      expect(demand.evidence.length).toBeGreaterThan(0);
      expect(demand.evidence[0]).toMatchObject({ sourceId: 'ceasefire-talks-report' });
    }
    expect(items[1]?.summary).toMatch(/Gaza Humanitarian Foundation/);
  });

  it.each([
    ['party=israel', []],
    ['issue=humanitarian-aid-channels', ['aid-through-pre-existing-channels']],
    ['issue=ending-the-war&party=hamas', ['immediate-talks-on-ending-the-war']],
    ['proposal=truce-framework', amendments],
    ['status=pressed', amendments],
    ['status=withdrawn', []],
    ['party=no-such-party', []],
    // Several values: comma-separated, the parameter repeated, or both; any of them matches.
    ['party=hamas,israel', amendments],
    ['party=hamas&party=israel', amendments],
    ['issue=ending-the-war,humanitarian-aid-channels', amendments.slice(0, 2)],
    ['issue=ending-the-war&issue=humanitarian-aid-channels,israeli-forces-in-gaza', amendments],
    ['status=withdrawn,pressed', amendments],
    ['status=withdrawn,dropped', []],
  ])('filters by %s', async (query, expected) => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject(`/v1/demands?${query}`), DemandPageSchema);
    expect(ids(items)).toEqual(expected);
  });

  it.each([
    ['status=bogus', 'status'],
    ['party=Not%20A%20Slug', 'party'],
    ['status=pressed,bogus', 'status'],
    ['status=', 'status'],
    ['party=hamas,', 'party'],
    ['colour=blue', 'colour'],
  ])('rejects %s with a validation problem naming the field', async (query, field) => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject(`/v1/demands?${query}`), 400, 'validation_failed');
    expect(problem.errors?.map((error) => [error.in, error.field])).toContainEqual(['query', field]);
  });

  it('filters by date range and updatedSince', async () => {
    const db = createTestDatabase({ synthetic: { demands: 400, seed: 7 } });
    const app = await buildTestApp({ db });
    const { items } = expectOk(
      await app.inject('/v1/demands?raisedFrom=2025-03&raisedTo=2025-04&limit=500'),
      DemandPageSchema,
    );
    const expected = db.all<{ id: string }>(
      sql`select id from demands where substr(raised_on, 1, 7) between '2025-03' and '2025-04' order by rowid`,
    );
    expect(ids(items)).toEqual(expected.map((row) => row.id));
    expect(items.length).toBeGreaterThan(0);
    expect(expectOk(await app.inject('/v1/demands?updatedSince=2999-01-01T00:00:00Z'), DemandPageSchema).items).toEqual(
      [],
    );
    expect(
      expectOk(await app.inject('/v1/demands?updatedSince=2000-01-01T00:00:00Z&limit=1&count=true'), DemandPageSchema)
        .total,
    ).toBe(403);
    expectProblem(await app.inject('/v1/demands?raisedFrom=March'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/demands?updatedSince=yesterday'), 400, 'validation_failed');
  });
});

describe('GET /v1/demands/{id}', () => {
  it('returns one demand with Hamas’s stated reasons, each attributed', async () => {
    const app = await buildTestApp();
    const demand = expectOk(await app.inject('/v1/demands/limits-on-israeli-forces-in-gaza'), DemandSchema);
    expect(demand).toMatchObject({
      partyId: 'hamas',
      issueId: 'israeli-forces-in-gaza',
      status: 'pressed',
      raisedOn: null,
    });
    expect(demand.reasons.map((reason) => reason.summary).join(' ')).toMatch(/vital security matter/);
    expect(demand.reasons[0]?.evidence[0]?.attributedTo.kind).toBe('party');
  });

  it('answers 404 for an unknown id and 400 for an id that cannot exist', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject('/v1/demands/no-such-demand'), 404, 'not_found');
    expect(problem.instance).toBe('/v1/demands/no-such-demand');
    expectProblem(await app.inject('/v1/demands/NOT_A_SLUG'), 400, 'validation_failed');
  });
});

describe('GET /v1/demands/{id}/responses', () => {
  it('lists the rejection for each amendment', async () => {
    const app = await buildTestApp();
    for (const demand of amendments) {
      const { items } = expectOk(await app.inject(`/v1/demands/${demand}/responses`), ResponsePageSchema);
      expect(ids(items)).toEqual(['israel-rejects-hamas-amendments']);
    }
  });

  it('filters by stance and answers 404 for an unknown demand', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(
      await app.inject(`/v1/demands/${amendments[0]}/responses?stance=accepts`),
      ResponsePageSchema,
    );
    expect(items).toEqual([]);
    expectProblem(await app.inject('/v1/demands/no-such-demand/responses'), 404, 'not_found');
  });
});
