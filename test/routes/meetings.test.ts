import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/domain/datasets/format.js';
import { importDataset } from '../../src/domain/datasets/import.js';
import { MeetingPageSchema, MeetingSchema } from '../../src/routes/relations.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem, ids } from '../helpers.js';

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

describe('a meeting’s agenda: the issues and proposals it discusses', () => {
  it('links each meeting to the truce framework, with the quotes that say so', async () => {
    const app = await buildTestApp();
    const meeting = expectOk(await app.inject('/v1/meetings/israeli-security-meeting'), MeetingSchema);
    expect(meeting.agenda).toEqual([
      {
        type: 'proposal',
        id: 'truce-framework',
        href: '/v1/proposals/truce-framework',
        evidence: [
          expect.objectContaining({ quote: 'to discuss the latest developments in the truce framework', start: 205 }),
        ],
      },
    ]);
    expect((await app.inject(meeting.agenda[0]!.href)).statusCode).toBe(200);
  });

  it.each([
    ['/v1/meetings?proposal=truce-framework', ['israeli-security-meeting', 'doha-talks', 'washington-meeting']],
    ['/v1/meetings?proposal=truce-framework&party=united-states', ['washington-meeting']],
    ['/v1/meetings?issue=ending-the-war', []],
    ['/v1/proposals/truce-framework/meetings?status=scheduled,planned', ['doha-talks', 'washington-meeting']],
    ['/v1/issues/ending-the-war/meetings', []],
  ])('%s', async (url, expected) => {
    const app = await buildTestApp();
    expect(ids(expectOk(await app.inject(url), MeetingPageSchema).items)).toEqual(expected);
  });

  it('answers 404 for the meetings of an unknown issue or proposal', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/issues/no-such-issue/meetings'), 404, 'not_found');
    expectProblem(await app.inject('/v1/proposals/no-such-proposal/meetings'), 404, 'not_found');
  });

  it('takes agenda items from a later source, kept apart as of the earlier one', async () => {
    const db = createTestDatabase();
    const text = 'In Doha, negotiators will take up ending the war.';
    const reporter = { kind: 'reporter' as const };
    const quote = { quote: 'negotiators will take up ending the war', attributedTo: reporter, reporting: 'paraphrase' };
    importDataset(
      db,
      DatasetSchema.parse({
        source: { id: 'agenda-report', publishedOn: '2026-07-09', publishedOnPrecision: 'day', text },
        meetings: [
          {
            id: 'doha-talks',
            title: 'Talks in Doha',
            kind: 'negotiation-round',
            status: 'scheduled',
            startsOnPrecision: 'unknown',
            agenda: [{ type: 'issue', id: 'ending-the-war', evidence: [quote] }],
            evidence: [{ ...quote, quote: 'In Doha' }],
          },
        ],
      }),
      text,
    );
    const app = await buildTestApp({ db });
    const now = expectOk(await app.inject('/v1/meetings/doha-talks'), MeetingSchema);
    expect(now.agenda.map((item) => `${item.type}:${item.id}`)).toEqual([
      'issue:ending-the-war',
      'proposal:truce-framework',
    ]);
    expect(ids(expectOk(await app.inject('/v1/issues/ending-the-war/meetings'), MeetingPageSchema).items)).toEqual([
      'doha-talks',
    ]);
    const before = expectOk(await app.inject('/v1/meetings/doha-talks?asOf=ceasefire-talks-report'), MeetingSchema);
    expect(before.agenda.map((item) => item.id)).toEqual(['truce-framework']);
    const asOfSeed = await app.inject('/v1/meetings?issue=ending-the-war&asOf=ceasefire-talks-report');
    expect(ids(expectOk(asOfSeed, MeetingPageSchema).items)).toEqual([]);
    // On the timeline, the meeting now concerns the issue too.
    const timeline = (await app.inject('/v1/timeline?type=meeting&issue=ending-the-war')).json().items;
    expect(timeline.map((event: { id: string; issueIds: string[] }) => [event.id, event.issueIds])).toEqual([
      ['doha-talks', ['ending-the-war']],
    ]);
    const earlier = await app.inject('/v1/timeline?type=meeting&issue=ending-the-war&asOf=ceasefire-talks-report');
    expect(earlier.json().items).toEqual([]);
  });

  it('refuses an agenda item naming no record', () => {
    const db = createTestDatabase();
    const text = 'They will discuss the weather.';
    const quote = { quote: 'discuss the weather', attributedTo: { kind: 'reporter' }, reporting: 'paraphrase' };
    const dataset = DatasetSchema.parse({
      source: { id: 'weather-report', publishedOnPrecision: 'unknown', text },
      meetings: [
        {
          id: 'weather-talks',
          title: 'Weather talks',
          kind: 'other',
          status: 'planned',
          startsOnPrecision: 'unknown',
          agenda: [{ type: 'issue', id: 'the-weather', evidence: [quote] }],
          evidence: [quote],
        },
      ],
    });
    expect(() => importDataset(db, dataset, text)).toThrow(
      /meetings\[0\]\.agenda\[0\]\.id: no issue has the id 'the-weather'/,
    );
  });
});
