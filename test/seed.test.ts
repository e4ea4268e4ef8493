import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ceasefireTalks } from '../seed/ceasefire-talks.js';
import * as schema from '../src/db/schema.js';
import {
  citedRecords,
  findEvidenceProblems,
  readSourceText,
  SeedIntegrityError,
  seedDatabase,
  seedDataset,
} from '../src/seed/seed-database.js';
import { createTestDatabase } from './helpers.js';

function tableCounts(db: ReturnType<typeof createTestDatabase>) {
  const tables = {
    sources: schema.sources,
    parties: schema.parties,
    actors: schema.actors,
    issues: schema.issues,
    proposals: schema.proposals,
    demands: schema.demands,
    responses: schema.responses,
    responseAnswers: schema.responseAnswers,
    meetings: schema.meetings,
    meetingParticipants: schema.meetingParticipants,
    evidence: schema.evidence,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()?.n]),
  );
}

describe('seed: the ceasefire-talks report', () => {
  const text = readSourceText(ceasefireTalks);

  it('keeps its own copy of the article, quoted with curly apostrophes', () => {
    expect(text).toContain('Netanyahu’s office issued a statement');
    expect(text.length).toBeGreaterThan(3000);
  });

  it('has every quote exactly at its offsets and cites evidence for every record', () => {
    expect(findEvidenceProblems(ceasefireTalks, text)).toEqual([]);
    for (const record of citedRecords(ceasefireTalks)) {
      expect(record.evidence.length, `${record.recordType} ${record.id}`).toBeGreaterThan(0);
      for (const { quote, start, end } of record.evidence) expect(text.slice(start, end)).toBe(quote);
    }
  });

  it('stores every evidence row so that the stored source text at its offsets is the quote', () => {
    const db = createTestDatabase();
    const sources = new Map(
      db
        .select()
        .from(schema.sources)
        .all()
        .map((source) => [source.id, source.text]),
    );
    const rows = db.select().from(schema.evidence).all();
    expect(rows.length).toBe(citedRecords(ceasefireTalks).reduce((n, record) => n + record.evidence.length, 0));
    for (const row of rows) expect(sources.get(row.sourceId)?.slice(row.start, row.end)).toBe(row.quote);
  });

  it('records Hamas’s three amendments to the truce framework', () => {
    const db = createTestDatabase();
    const demands = db.select().from(schema.demands).all();
    expect(demands.map((d) => [d.id, d.partyId, d.proposalId, d.issueId])).toEqual([
      ['immediate-talks-on-ending-the-war', 'hamas', 'truce-framework', 'ending-the-war'],
      ['aid-through-pre-existing-channels', 'hamas', 'truce-framework', 'humanitarian-aid-channels'],
      ['limits-on-israeli-forces-in-gaza', 'hamas', 'truce-framework', 'israeli-forces-in-gaza'],
    ]);
    const framework = db.select().from(schema.proposals).all();
    expect(framework).toMatchObject([{ id: 'truce-framework', pauseDurationDays: 60 }]);
  });

  it('links Israel’s rejection to all three amendments without singling one out', () => {
    const db = createTestDatabase();
    const rejection = db
      .select()
      .from(schema.responses)
      .all()
      .find((r) => r.stance === 'reject');
    expect(rejection).toMatchObject({ partyId: 'israel', actorId: 'netanyahus-office', wording: 'unacceptable' });
    const answers = db
      .select()
      .from(schema.responseAnswers)
      .all()
      .filter((a) => a.responseId === rejection?.id);
    expect(answers.map((a) => [a.demandId, a.scope]).sort()).toEqual([
      ['aid-through-pre-existing-channels', 'unspecified'],
      ['immediate-talks-on-ending-the-war', 'unspecified'],
      ['limits-on-israeli-forces-in-gaza', 'unspecified'],
    ]);
  });

  it('records the three meetings: held, scheduled and planned', () => {
    const db = createTestDatabase();
    const meetings = db.select().from(schema.meetings).all();
    expect(meetings.map((m) => [m.id, m.status, m.location])).toEqual([
      ['israeli-security-meeting', 'held', null],
      ['doha-talks', 'scheduled', 'Doha'],
      ['washington-meeting', 'planned', 'Washington, DC'],
    ]);
    const washington = db
      .select()
      .from(schema.meetingParticipants)
      .all()
      .filter((p) => p.meetingId === 'washington-meeting');
    expect(washington.map((p) => p.actorId)).toEqual(['benjamin-netanyahu', 'us-president']);
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
    });
    expect(source?.text).toBe(text);
    const usPresident = db
      .select()
      .from(schema.actors)
      .all()
      .find((a) => a.id === 'us-president');
    expect(usPresident).toMatchObject({ name: null, role: 'President of the United States' });
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

  it('refuses to load, and loads nothing, when a quote does not match its offsets', () => {
    const db = createTestDatabase({ seed: false });
    const [first, ...rest] = ceasefireTalks.demands;
    const shifted = { ...first!, evidence: [{ ...first!.evidence[0]!, start: first!.evidence[0]!.start + 1 }] };
    expect(() => seedDataset(db, { ...ceasefireTalks, demands: [shifted, ...rest] })).toThrow(SeedIntegrityError);
    expect(tableCounts(db).sources).toBe(0);
  });

  it('rolls back the whole dataset when an insert fails midway', () => {
    const db = createTestDatabase({ seed: false });
    const [first, ...rest] = ceasefireTalks.demands;
    const orphan = { ...first!, partyId: 'no-such-party' };
    expect(() => seedDataset(db, { ...ceasefireTalks, demands: [orphan, ...rest] })).toThrow(/FOREIGN KEY/);
    expect(tableCounts(db)).toMatchObject({ sources: 0, parties: 0, demands: 0, evidence: 0 });
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
