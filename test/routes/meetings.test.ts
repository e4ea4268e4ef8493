import { describe, expect, it } from 'vitest';
import { MeetingPageSchema, MeetingSchema } from '../../src/routes/relations.js';

import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/meetings', () => {
  it('lists the security meeting, the Doha talks and the Washington meeting', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/meetings'), MeetingPageSchema);
    expect(items.map((m) => [m.id, m.status])).toEqual([
      ['israeli-security-meeting', 'held'],
      ['doha-talks', 'scheduled'],
      ['washington-meeting', 'planned'],
    ]);
  });

  it.each([
    ['status=held', ['israeli-security-meeting']],
    ['status=cancelled', []],
    ['party=united-states', ['washington-meeting']],
    ['party=israel', ['israeli-security-meeting', 'doha-talks', 'washington-meeting']],
    ['party=israel&status=scheduled', ['doha-talks']],
    ['kind=bilateral-meeting', ['washington-meeting']],
    ['party=hamas', []],
  ])('filters by %s', async (query, expected) => {
    const app = await buildTestApp();
    expect(ids(expectOk(await app.inject(`/v1/meetings?${query}`), MeetingPageSchema).items)).toEqual(expected);
  });

  it('rejects an unknown status', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/meetings?status=soon'), 400, 'validation_failed');
  });

  it('filters by location (any case) and by the actor taking part', async () => {
    const app = await buildTestApp();
    expect(ids(expectOk(await app.inject('/v1/meetings?location=doha'), MeetingPageSchema).items)).toEqual([
      'doha-talks',
    ]);
    expect(ids(expectOk(await app.inject('/v1/meetings?actor=benjamin-netanyahu'), MeetingPageSchema).items)).toEqual([
      'israeli-security-meeting',
      'washington-meeting',
    ]);
  });
});

describe('GET /v1/meetings/{id}', () => {
  it('names the participants of the Washington meeting', async () => {
    const app = await buildTestApp();
    const meeting = expectOk(await app.inject('/v1/meetings/washington-meeting'), MeetingSchema);
    expect(meeting).toMatchObject({ location: 'Washington, DC', startsOn: null, startsOnPrecision: 'unknown' });
    expect(meeting.participants.map(({ partyId, actorId, role }) => ({ partyId, actorId, role }))).toEqual([
      { partyId: 'israel', actorId: 'benjamin-netanyahu', role: 'participant' },
      { partyId: 'united-states', actorId: 'us-president', role: 'host' },
    ]);
    for (const participant of meeting.participants) expect(participant.evidence.length).toBeGreaterThan(0);
    expect(meeting.hostPartyId).toBe('united-states');
  });

  it('finds a meeting by a word of its location, in any case', async () => {
    const app = await buildTestApp();
    for (const location of ['Washington', 'washington', 'washington dc', 'DC']) {
      const page = expectOk(
        await app.inject(`/v1/meetings?location=${encodeURIComponent(location)}`),
        MeetingPageSchema,
      );
      expect(
        page.items.map((m) => m.id),
        location,
      ).toEqual(['washington-meeting']);
    }
    const partial = expectOk(await app.inject('/v1/meetings?location=Washing'), MeetingPageSchema);
    expect(partial.items).toEqual([]);
  });

  it('answers 404 for an unknown meeting', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/meetings/camp-david'), 404, 'not_found');
  });
});
