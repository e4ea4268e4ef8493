import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TimelinePageSchema } from '../../src/routes/timeline/schemas.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem, ids } from '../helpers.js';

const amendments = [
  'immediate-talks-on-ending-the-war',
  'aid-through-pre-existing-channels',
  'limits-on-israeli-forces-in-gaza',
];

describe('GET /v1/timeline', () => {
  it('lists the undated events in the order the text says they happened, each linked to its record', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/timeline'), TimelinePageSchema);
    // The rejection came "following the meeting" and answers the amendments, so it follows them, though the
    // article reports it first; Doha and Washington are still to come. The three amendments share their first
    // quote, so among themselves they stand in id order.
    expect(items.map((event) => `${event.type}:${event.id}`)).toEqual([
      'meeting:israeli-security-meeting',
      'response:hamas-approves-framework-with-amendments',
      ...[...amendments].sort().map((id) => `demand:${id}`),
      'response:israel-rejects-hamas-amendments',
      'meeting:doha-talks',
      'meeting:washington-meeting',
    ]);
    const rejection = items.find((event) => event.id === 'israel-rejects-hamas-amendments')!;
    expect(rejection.placedBy).toBe('sequence');
    expect(rejection.follows.map((event) => event.id)).toEqual(['israeli-security-meeting', ...amendments]);
    expect(items.find((event) => event.id === 'israeli-security-meeting')?.placedBy).toBe('report');
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
    db.run(
      sql`update meetings set starts_on = '2025-07-10', starts_on_precision = 'day' where id = 'washington-meeting'`,
    );
    db.run(sql`update meetings set starts_on = '2025-07', starts_on_precision = 'month' where id = 'doha-talks'`);
    const app = await buildTestApp({ db });
    const { items } = expectOk(await app.inject('/v1/timeline?type=meeting'), TimelinePageSchema);
    expect(items.map((event) => [event.id, event.date, event.datePrecision, event.placedBy])).toEqual([
      ['israeli-security-meeting', null, 'unknown', 'report'],
      ['doha-talks', '2025-07', 'month', 'date'],
      ['washington-meeting', '2025-07-10', 'day', 'date'],
    ]);
  });

  it.each([
    ['party=united-states', ['washington-meeting']],
    ['issue=ending-the-war', ['immediate-talks-on-ending-the-war', 'israel-rejects-hamas-amendments']],
    ['type=demand&party=hamas', [...amendments].sort()],
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
      const page: ReturnType<typeof TimelinePageSchema.parse> = expectOk(
        await app.inject(`/v1/timeline?limit=64&count=true${cursor ? `&cursor=${cursor}` : ''}`),
        TimelinePageSchema,
      );
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
