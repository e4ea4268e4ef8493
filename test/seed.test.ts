import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '../src/db/schema.js';
import { DatasetError, importDataset } from '../src/domain/datasets/import.js';
import { readSeedDataset, seedDatabase } from '../src/seed/seed-database.js';
import { buildTestApp, createTestDatabase } from './helpers.js';
import { sentenceCoverage } from './support/coverage.js';

const { dataset, text } = readSeedDataset('ceasefire-talks.json');

function tableCounts(db: ReturnType<typeof createTestDatabase>) {
  const tables = {
    sources: schema.sources,
    parties: schema.parties,
    actors: schema.actors,
    demands: schema.demands,
    responses: schema.responses,
    answers: schema.responseAnswers,
    reasons: schema.reasons,
    statements: schema.statements,
    meetings: schema.meetings,
    participants: schema.meetingParticipants,
    sequences: schema.sequences,
    claims: schema.claims,
    evidence: schema.evidence,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()?.n]),
  );
}

/** The evidence rows backing one record (or part of one), from the database. */
function quotesOf(db: ReturnType<typeof createTestDatabase>, type: schema.CitedType, id: string) {
  return db
    .select()
    .from(schema.evidence)
    .all()
    .filter((row) => row.recordType === type && row.recordId === id);
}

describe('seed: the ceasefire-talks report', () => {
  it('keeps its own copy of the article, quoted with curly apostrophes', () => {
    expect(text).toContain('Netanyahu’s office issued a statement');
    expect(text.length).toBeGreaterThan(3000);
  });

  it('stores every quote so that the source text at its offsets is the quote, and cites every record', () => {
    const db = createTestDatabase();
    const sourceText = db.select().from(schema.sources).get()?.text;
    const rows = db.select().from(schema.evidence).all();
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) expect(sourceText?.slice(row.start, row.end)).toBe(row.quote);
    for (const table of [schema.parties, schema.actors, schema.issues, schema.proposals, schema.demands]) {
      for (const { id } of db.select({ id: table.id }).from(table).all()) {
        expect(rows.some((row) => row.recordId === id)).toBe(true);
      }
    }
  });

  it('says who each statement is attributed to and how it is reported, keeping every hedge', () => {
    const db = createTestDatabase();
    const rejection = quotesOf(db, 'response', 'israel-rejects-hamas-amendments');
    expect(rejection.find((row) => row.quote.includes('unacceptable'))).toMatchObject({
      speakerKind: 'actor',
      speakerActorId: 'netanyahus-office',
    });
    // The reasons come from "Israeli officials… They argue" and "The Israeli government insists", not the office.
    const officials = quotesOf(db, 'reason', 'immediate-talks-would-undermine-israeli-security')[0];
    expect(officials).toMatchObject({
      speakerKind: 'unnamed',
      speakerPartyId: 'israel',
      speakerLabel: 'Israeli officials',
    });
    const government = quotesOf(db, 'reason', 'pause-must-preserve-israeli-leverage')[0];
    expect(government).toMatchObject({
      speakerKind: 'party',
      speakerPartyId: 'israel',
      speakerLabel: 'The Israeli government',
    });
    // The third amendment is only reportedly sought, for "restrictions or guarantees".
    const forces = quotesOf(db, 'demand', 'limits-on-israeli-forces-in-gaza');
    expect(forces.find((row) => row.quote.includes('reportedly'))).toMatchObject({
      reporting: 'reported',
      hedges: ['reportedly'],
    });
    expect(
      db
        .select()
        .from(schema.demands)
        .all()
        .find((d) => d.id === 'limits-on-israeli-forces-in-gaza')?.summary,
    ).toMatch(/restrictions or guarantees/);
    // Hamas's approval is "general", and its likely view of the Foundation is the reporter's speculation.
    expect(quotesOf(db, 'response', 'hamas-approves-framework-with-amendments')[0]?.quote).toMatch(/general approval/);
    expect(quotesOf(db, 'reason', 'ghf-likely-seen-as-compromised')[0]).toMatchObject({
      speakerKind: 'reporter',
      reporting: 'reporter-speculation',
      hedges: ['likely'],
    });
  });

  it('keeps the amendments pressed, Israel’s rejection in each answer, one reason answering one demand', () => {
    const db = createTestDatabase();
    for (const demand of db.select().from(schema.demands).all()) expect(demand.status).toBe('pressed');
    const answers = db.select().from(schema.responseAnswers).all();
    expect(answers.map((a) => [a.demandId, a.stance, a.scope]).sort()).toEqual([
      ['aid-through-pre-existing-channels', 'rejects', 'unspecified'],
      ['immediate-talks-on-ending-the-war', 'rejects', 'unspecified'],
      ['limits-on-israeli-forces-in-gaza', 'rejects', 'unspecified'],
    ]);
    const reasons = db.select().from(schema.reasons).all();
    expect(reasons.find((r) => r.id === 'immediate-talks-would-undermine-israeli-security')).toMatchObject({
      forType: 'response',
      forId: 'israel-rejects-hamas-amendments',
      answersDemandId: 'immediate-talks-on-ending-the-war',
    });
  });

  it('gives each party its role: Israel and Hamas negotiate, the US hosts, the Foundation is a subject', () => {
    const db = createTestDatabase();
    const roles = Object.fromEntries(
      db
        .select()
        .from(schema.parties)
        .all()
        .map((p) => [p.id, p.roles]),
    );
    expect(roles).toEqual({
      israel: ['negotiating-party'],
      hamas: ['negotiating-party'],
      'united-states': ['host'],
      'gaza-humanitarian-foundation': ['subject'],
    });
    expect(
      db
        .select()
        .from(schema.meetings)
        .all()
        .find((m) => m.id === 'washington-meeting')?.hostPartyId,
    ).toBe('united-states');
  });

  it('records the three meetings: held, scheduled and planned, each participant with its quotes', () => {
    const db = createTestDatabase();
    const meetings = db.select().from(schema.meetings).all();
    expect(meetings.map((m) => [m.id, m.status, m.location])).toEqual([
      ['israeli-security-meeting', 'held', null],
      ['doha-talks', 'scheduled', 'Doha'],
      ['washington-meeting', 'planned', 'Washington, DC'],
    ]);
    for (const participant of db.select().from(schema.meetingParticipants).all()) {
      const key = `${participant.meetingId}/${participant.partyId}/${participant.actorId ?? ''}`;
      expect(quotesOf(db, 'participant', key).length, key).toBeGreaterThan(0);
    }
  });

  it('covers at least 90% of the article’s sentences with evidence', () => {
    const db = createTestDatabase();
    const coverage = sentenceCoverage(text, db.select().from(schema.evidence).all());
    // The README lists any sentence left uncovered, with why; today there is none.
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.covered / coverage.total).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves what the article does not state null rather than guessed', () => {
    const db = createTestDatabase();
    const [source] = db.select().from(schema.sources).all();
    expect(source).toMatchObject({
      title: null,
      publisher: null,
      url: null,
      publishedOn: null,
      publishedOnPrecision: 'unknown',
      kind: 'news-report',
    });
    expect(source?.text).toBe(text);
    expect(
      db
        .select()
        .from(schema.actors)
        .all()
        .find((a) => a.id === 'us-president'),
    ).toMatchObject({ name: null });
    for (const demand of db.select().from(schema.demands).all()) expect(demand.raisedOn).toBeNull();
    for (const meeting of db.select().from(schema.meetings).all()) expect(meeting.startsOn).toBeNull();
    expect(db.select().from(schema.proposals).all()[0]?.proposedByPartyId).toBeNull();
  });

  it('changes nothing when run twice', () => {
    const db = createTestDatabase();
    const before = tableCounts(db);
    const updatedAt = db
      .select({ id: schema.demands.id, updatedAt: schema.demands.updatedAt })
      .from(schema.demands)
      .all();
    seedDatabase(db);
    expect(tableCounts(db)).toEqual(before);
    expect(
      db.select({ id: schema.demands.id, updatedAt: schema.demands.updatedAt }).from(schema.demands).all(),
    ).toEqual(updatedAt);
  });

  it('refuses to load, and loads nothing, when a quote is not where it says', () => {
    const db = createTestDatabase({ seed: false });
    const [first, ...rest] = dataset.demands;
    const quote = first!.evidence[0]!;
    const shifted = { ...first!, evidence: [{ ...quote, start: quote.start! + 1, end: quote.end! + 1 }] };
    expect(() => importDataset(db, { ...dataset, demands: [shifted, ...rest] }, text)).toThrow(DatasetError);
    expect(tableCounts(db).sources).toBe(0);
  });

  it('refuses a reference to a record that does not exist, naming the field, and loads nothing', () => {
    const db = createTestDatabase({ seed: false });
    const [first, ...rest] = dataset.demands;
    try {
      importDataset(db, { ...dataset, demands: [{ ...first!, partyId: 'no-such-party' }, ...rest] }, text);
      expect.unreachable();
    } catch (error) {
      expect((error as DatasetError).problems).toContainEqual({
        path: 'demands[0].partyId',
        message: "no party has the id 'no-such-party'",
      });
    }
    expect(tableCounts(db)).toMatchObject({ sources: 0, parties: 0, demands: 0, evidence: 0 });
  });

  it('serves the attribution of every quote', async () => {
    const app = await buildTestApp();
    const reason = (await app.inject('/v1/reasons/immediate-talks-would-undermine-israeli-security')).json();
    expect(reason.evidence[0].attributedTo).toEqual({ kind: 'unnamed', id: 'israel', label: 'Israeli officials' });
    expect(reason.evidence[0].reporting).toBe('paraphrase');
  });

  it('matches the article shared with the project, when that copy is present', () => {
    let shared: string;
    try {
      shared = readFileSync(new URL('../../shared/seed-article.txt', import.meta.url), 'utf8');
    } catch {
      return; // The project's own copy under seed/ is the source of truth; the shared one is optional.
    }
    expect(text).toBe(shared);
  });
});
