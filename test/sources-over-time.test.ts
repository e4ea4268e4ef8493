/**
 * Many sources over time: synthetic later reports (test/fixtures, fictional "Test Wire" texts) update,
 * contradict and add to the seed, and the API keeps what every source said.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AppDatabase } from '../src/db/client.js';
import { DatasetSchema } from '../src/domain/datasets/format.js';
import { DatasetError, importDataset } from '../src/domain/datasets/import.js';
import { RecordHistorySchema } from '../src/routes/history/schemas.js';
import { PositionsPageSchema } from '../src/routes/positions/schemas.js';
import { DemandSchema, MeetingPageSchema, MeetingSchema } from '../src/routes/relations.js';
import { TimelinePageSchema } from '../src/routes/timeline/schemas.js';
import { buildTestApp, createTestDatabase, expectOk, expectProblem } from './helpers.js';

const seedSource = 'ceasefire-talks-report';
const seedDohaQuotes = [
  'The Israeli delegation is scheduled to travel to Doha for further discussions',
  'The upcoming diplomatic efforts in Doha',
];

function fixture(name: string) {
  const dataset = DatasetSchema.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8')),
  );
  const text = dataset.source.text;
  if (text === undefined) throw new Error(`fixture ${name} has no inline text`);
  return { dataset, text };
}

/** Wire report A, 2026-07-08: the Doha talks were held, hosted by Qatar. */
const held = fixture('doha-talks-held');
/** Wire report B, the same date: the Doha talks were postponed. */
const postponed = fixture('doha-talks-postponed');
/** Wire report C, 2026-07-10: Hamas withdrew its demand on aid channels. */
const withdrawn = fixture('hamas-withdraws-aid-demand');
/** A report whose quote for the update is not in its text. */
const misquoted = fixture('bad-quote');

function load(db: AppDatabase, ...fixtures: { dataset: (typeof held)['dataset']; text: string }[]) {
  for (const { dataset, text } of fixtures) importDataset(db, dataset, text);
}

/** Row counts of every table (the FTS shadow tables included). */
function rowCounts(db: AppDatabase): Record<string, number> {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(name)}`)?.n ?? 0,
    ]),
  );
}

const quotesOf = (evidence: { quote: string }[]) => evidence.map((quote) => quote.quote);

describe('many sources over time', () => {
  it('the fixtures quote their own texts verbatim', () => {
    for (const { dataset, text } of [held, postponed, withdrawn]) {
      expect(dataset.source).toMatchObject({ publisher: 'Test Wire', kind: 'news-report' });
      const quotes = [...dataset.parties, ...dataset.participants, ...dataset.updates].flatMap(
        (record) => record.evidence,
      );
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(text).toContain(quote.quote);
    }
  });

  it('a later source updates the Doha talks to held and adds Qatar as host, keeping the seed', async () => {
    const db = createTestDatabase();
    load(db, held);
    const app = await buildTestApp({ db });

    const meeting = expectOk(await app.inject('/v1/meetings/doha-talks'), MeetingSchema);
    expect(meeting.status).toBe('held');
    expect(meeting.contested).toBe(false);
    expect(meeting.participants.map((p) => [p.partyId, p.actorId, p.role])).toEqual([
      ['israel', 'israeli-delegation', 'participant'],
      ['qatar', null, 'host'],
    ]);
    const qatar = meeting.participants.find((p) => p.partyId === 'qatar')!;
    expect(qatar.evidence).toEqual([
      expect.objectContaining({
        sourceId: 'synthetic-wire-report-a',
        quote: 'Qatar hosted the round between the Israeli delegation and Hamas negotiators',
        attributedTo: { kind: 'unnamed', id: 'qatar', label: 'a Qatari foreign ministry spokesperson' },
        reporting: 'reported',
      }),
    ]);
    // Nothing of the seed lost: its quotes stand beside the new source's.
    expect(meeting.participants[0]!.evidence.map((e) => e.sourceId)).toEqual([seedSource]);
    expect(quotesOf(meeting.evidence)).toEqual([
      ...seedDohaQuotes,
      'The talks in Doha were held on Tuesday, officials said.',
      'The session reportedly ended without a joint statement.',
    ]);
    expect(meeting.evidence.at(-1)).toMatchObject({ hedges: ['reportedly'], sourceId: 'synthetic-wire-report-a' });

    const history = expectOk(await app.inject('/v1/meetings/doha-talks/history'), RecordHistorySchema);
    expect(history).toMatchObject({
      type: 'meeting',
      id: 'doha-talks',
      field: 'status',
      value: 'held',
      contested: false,
    });
    expect(history.reports.map((report) => [report.source.id, report.value])).toEqual([
      [seedSource, 'scheduled'],
      ['synthetic-wire-report-a', 'held'],
    ]);
    expect(quotesOf(history.reports[0]!.evidence)).toEqual(seedDohaQuotes);
    expect(quotesOf(history.reports[1]!.evidence)).toEqual([
      'The talks in Doha were held on Tuesday, officials said.',
      'The session reportedly ended without a joint statement.',
    ]);
    expect(history.reports[1]!.source).toEqual({
      id: 'synthetic-wire-report-a',
      title: 'Synthetic wire report A',
      publisher: 'Test Wire',
      kind: 'news-report',
      publishedOn: '2026-07-08',
      publishedOnPrecision: 'day',
    });

    // The new party is served too, and the meeting is found by its new participant and status.
    const { items } = expectOk(await app.inject('/v1/meetings?party=qatar&status=held'), MeetingPageSchema);
    expect(items.map((item) => item.id)).toEqual(['doha-talks']);
  });

  it('a second source of the same date that disagrees leaves the talks contested, both kept', async () => {
    const db = createTestDatabase();
    load(db, held, postponed);
    const app = await buildTestApp({ db });

    const meeting = expectOk(await app.inject('/v1/meetings/doha-talks'), MeetingSchema);
    expect(meeting.contested).toBe(true);
    expect(['held', 'postponed']).toContain(meeting.status);
    const sources = new Set(meeting.evidence.map((e) => e.sourceId));
    expect(sources).toEqual(new Set([seedSource, 'synthetic-wire-report-a', 'synthetic-wire-report-b']));

    const history = expectOk(await app.inject('/v1/meetings/doha-talks/history'), RecordHistorySchema);
    expect(history.contested).toBe(true);
    expect(history.value).toBe(meeting.status);
    expect(history.reports.map((report) => [report.source.id, report.value])).toEqual([
      [seedSource, 'scheduled'],
      ['synthetic-wire-report-a', 'held'],
      ['synthetic-wire-report-b', 'postponed'],
    ]);
    expect(history.reports[2]!.evidence).toEqual([
      expect.objectContaining({
        quote: 'The Doha talks have been postponed, two diplomats briefed on the matter said.',
        attributedTo: { kind: 'unnamed', id: null, label: 'two diplomats briefed on the matter' },
      }),
      expect.objectContaining({
        quote: 'The round is likely to be rescheduled for later in the month.',
        hedges: ['likely'],
      }),
    ]);
  });

  it('asOf the seed source, or a date before the fixtures, shows the talks as the seed had them', async () => {
    const db = createTestDatabase();
    load(db, held, postponed);
    const app = await buildTestApp({ db });

    for (const asOf of [seedSource, '2026-07-07', '2026-06']) {
      const meeting = expectOk(await app.inject(`/v1/meetings/doha-talks?asOf=${asOf}`), MeetingSchema);
      expect(meeting.status, asOf).toBe('scheduled');
      expect(meeting.contested, asOf).toBe(false);
      expect(
        meeting.participants.map((p) => p.partyId),
        asOf,
      ).toEqual(['israel']);
      expect(quotesOf(meeting.evidence), asOf).toEqual(seedDohaQuotes);
      expect(
        meeting.evidence.every((e) => e.sourceId === seedSource),
        asOf,
      ).toBe(true);

      const { items } = expectOk(await app.inject(`/v1/timeline?type=meeting&asOf=${asOf}`), TimelinePageSchema);
      const doha = items.find((event) => event.id === 'doha-talks')!;
      expect(
        doha.evidence.every((e) => e.sourceId === seedSource),
        asOf,
      ).toBe(true);
      expectProblem(await app.inject(`/v1/parties/qatar?asOf=${asOf}`), 404, 'not_found');
    }

    const later = expectOk(await app.inject('/v1/meetings/doha-talks?asOf=2026-07-08'), MeetingSchema);
    expect(later.contested).toBe(true);
    expect(['held', 'postponed']).toContain(later.status);
    expect(later.participants.map((p) => p.partyId)).toEqual(['israel', 'qatar']);
    expect(new Set(later.evidence.map((e) => e.sourceId))).toEqual(
      new Set([seedSource, 'synthetic-wire-report-a', 'synthetic-wire-report-b']),
    );

    // As of report A itself, report B (recorded after it) is not yet visible: held, uncontested.
    const asOfA = expectOk(await app.inject('/v1/meetings/doha-talks?asOf=synthetic-wire-report-a'), MeetingSchema);
    expect(asOfA).toMatchObject({ status: 'held', contested: false });
    expect(asOfA.participants.map((p) => p.partyId)).toEqual(['israel', 'qatar']);

    // Lists filter by the state as of then.
    const scheduled = expectOk(await app.inject(`/v1/meetings?status=scheduled&asOf=${seedSource}`), MeetingPageSchema);
    expect(scheduled.items.map((item) => item.id)).toContain('doha-talks');
    const heldThen = expectOk(
      await app.inject('/v1/meetings?status=held&asOf=synthetic-wire-report-a'),
      MeetingPageSchema,
    );
    expect(heldThen.items.map((item) => item.id)).toContain('doha-talks');
    const heldBefore = expectOk(await app.inject(`/v1/meetings?status=held&asOf=${seedSource}`), MeetingPageSchema);
    expect(heldBefore.items.map((item) => item.id)).not.toContain('doha-talks');
  });

  it('asOf before Qatar is named, no party filter or timeline event shows Qatar taking part', async () => {
    const db = createTestDatabase();
    load(db, held);
    const app = await buildTestApp({ db });
    for (const asOf of [seedSource, '2026-07-07']) {
      const { items: events } = expectOk(
        await app.inject(`/v1/timeline?type=meeting&asOf=${asOf}`),
        TimelinePageSchema,
      );
      expect(events.find((event) => event.id === 'doha-talks')?.partyIds, asOf).toEqual(['israel']);
      for (const url of [`/v1/meetings?party=qatar&asOf=${asOf}`, `/v1/parties/qatar/meetings?asOf=${asOf}`]) {
        expect(expectOk(await app.inject(url), MeetingPageSchema).items, url).toEqual([]);
      }
      expect(expectOk(await app.inject(`/v1/timeline?party=qatar&asOf=${asOf}`), TimelinePageSchema).items).toEqual([]);
    }
  });

  it('a withdrawal changes the demand and Hamas’s position, while asOf before it shows the old one', async () => {
    const db = createTestDatabase();
    load(db, held, postponed, withdrawn);
    const app = await buildTestApp({ db });
    const demandId = 'aid-through-pre-existing-channels';

    const demand = expectOk(await app.inject(`/v1/demands/${demandId}`), DemandSchema);
    expect(demand.status).toBe('withdrawn');
    expect(demand.evidence.at(-1)).toMatchObject({
      sourceId: 'synthetic-wire-report-c',
      quote: 'The group withdrew the demand to keep the truce framework alive',
    });
    const before = expectOk(await app.inject(`/v1/demands/${demandId}?asOf=2026-07-09`), DemandSchema);
    expect(before.status).toBe('pressed');
    expect(before.evidence.every((e) => e.sourceId === seedSource)).toBe(true);

    const history = expectOk(await app.inject(`/v1/demands/${demandId}/history`), RecordHistorySchema);
    expect(history.reports.map((report) => [report.source.id, report.value])).toEqual([
      [seedSource, 'pressed'],
      ['synthetic-wire-report-c', 'withdrawn'],
    ]);

    const stanceOn = async (asOf?: string) => {
      const query = `topicType=issue&limit=50${asOf ? `&asOf=${asOf}` : ''}`;
      const { items, quotes } = expectOk(await app.inject(`/v1/parties/hamas/positions?${query}`), PositionsPageSchema);
      const topic = items.find((item) => item.topic.id === 'humanitarian-aid-channels');
      const position = topic?.positions.find((candidate) => candidate.partyId === 'hamas');
      return position && { ...position, quotes: quotes[position.basis[0]!.href] ?? [] };
    };
    const now = await stanceOn();
    expect(now).toMatchObject({ stance: 'withdrew', towards: [expect.objectContaining({ id: demandId })] });
    expect(now?.quotes.map((e) => e.sourceId)).toContain('synthetic-wire-report-c');
    for (const asOf of [seedSource, '2026-07-08']) {
      const then = await stanceOn(asOf);
      expect(then?.stance, asOf).toBe('demands');
      expect(
        then?.quotes.every((e) => e.sourceId === seedSource),
        asOf,
      ).toBe(true);
    }
    expect((await stanceOn('2026-07-10'))?.stance).toBe('withdrew');

    // The other amendments are still pressed.
    const other = expectOk(await app.inject('/v1/demands/immediate-talks-on-ending-the-war'), DemandSchema);
    expect(other.status).toBe('pressed');
  });

  it('importing the same fixture twice changes nothing', () => {
    const db = createTestDatabase();
    load(db, held, postponed, withdrawn);
    const counts = rowCounts(db);
    for (const { dataset, text } of [held, postponed, withdrawn]) {
      const summary = importDataset(db, dataset, text);
      expect(
        Object.values(summary.added).every((n) => n === 0),
        JSON.stringify(summary.added),
      ).toBe(true);
    }
    expect(rowCounts(db)).toEqual(counts);
  });

  it('a fixture quoting words not in its text is refused, naming the place, and writes nothing', () => {
    const db = createTestDatabase();
    load(db, held);
    const counts = rowCounts(db);
    let error: unknown;
    try {
      importDataset(db, misquoted.dataset, misquoted.text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { problems, sourceId } = error as DatasetError;
    expect(sourceId).toBe('synthetic-wire-report-bad-quote');
    expect(problems).toEqual([{ path: 'updates[0].evidence[0].quote', message: expect.any(String) }]);
    expect((error as DatasetError).message).toContain('updates[0].evidence[0].quote');
    expect(rowCounts(db)).toEqual(counts);
  });
});
