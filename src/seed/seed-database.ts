import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { ceasefireTalks } from '../../seed/ceasefire-talks.js';
import type { AppDatabase } from '../db/client.js';
import type { RecordType } from '../db/schema.js';
import * as schema from '../db/schema.js';
import { quoteProblem } from '../domain/evidence.js';
import { write } from '../domain/write.js';
import { seedDirectory } from '../paths.js';
import type { SeedDataset, SeedEvidence } from './dataset.js';

export const seedDatasets: readonly SeedDataset[] = [ceasefireTalks];

export class SeedIntegrityError extends Error {
  override name = 'SeedIntegrityError';
}

export function readSourceText(dataset: SeedDataset): string {
  return readFileSync(resolve(seedDirectory, dataset.source.textFile), 'utf8');
}

/** Every cited record of a dataset, with the record type its evidence is filed under. */
export function citedRecords(dataset: SeedDataset): { recordType: RecordType; id: string; evidence: SeedEvidence[] }[] {
  const groups: [RecordType, { id: string; evidence: SeedEvidence[] }[]][] = [
    ['party', dataset.parties],
    ['actor', dataset.actors],
    ['issue', dataset.issues],
    ['proposal', dataset.proposals],
    ['demand', dataset.demands],
    ['response', dataset.responses],
    ['meeting', dataset.meetings],
  ];
  return groups.flatMap(([recordType, records]) => records.map(({ id, evidence }) => ({ recordType, id, evidence })));
}

/** Lists every quote that is not exactly the source text at its offsets, and every record with no evidence. */
export function findEvidenceProblems(dataset: SeedDataset, text: string): string[] {
  const problems: string[] = [];
  for (const record of citedRecords(dataset)) {
    if (record.evidence.length === 0) problems.push(`${record.recordType} ${record.id} cites no evidence`);
    for (const { quote, start, end } of record.evidence) {
      const problem = quoteProblem(text, { quote, start, end });
      if (problem) problems.push(`${record.recordType} ${record.id}: ${problem}`);
    }
  }
  return problems;
}

/**
 * Loads a dataset in one transaction. Refuses to load when any quote does not match its source;
 * rows that already exist are left as they are, so seeding twice changes nothing.
 */
export function seedDataset(db: AppDatabase, dataset: SeedDataset, text = readSourceText(dataset)): void {
  const problems = findEvidenceProblems(dataset, text);
  if (problems.length > 0) {
    throw new SeedIntegrityError(`Seed ${dataset.source.id} does not match its source:\n- ${problems.join('\n- ')}`);
  }
  const { textFile: _textFile, ...source } = dataset.source;
  const withoutEvidence = <T extends { evidence: unknown }>({ evidence: _evidence, ...row }: T) => row;

  write(db, (tx) => {
    tx.insert(schema.sources)
      .values({ ...source, text })
      .onConflictDoNothing()
      .run();
    for (const party of dataset.parties)
      tx.insert(schema.parties).values(withoutEvidence(party)).onConflictDoNothing().run();
    for (const actor of dataset.actors)
      tx.insert(schema.actors).values(withoutEvidence(actor)).onConflictDoNothing().run();
    for (const issue of dataset.issues)
      tx.insert(schema.issues).values(withoutEvidence(issue)).onConflictDoNothing().run();
    for (const proposal of dataset.proposals) {
      tx.insert(schema.proposals).values(withoutEvidence(proposal)).onConflictDoNothing().run();
    }
    for (const demand of dataset.demands)
      tx.insert(schema.demands).values(withoutEvidence(demand)).onConflictDoNothing().run();
    for (const { answers, ...response } of dataset.responses) {
      tx.insert(schema.responses).values(withoutEvidence(response)).onConflictDoNothing().run();
      for (const answer of answers) {
        tx.insert(schema.responseAnswers)
          .values({ responseId: response.id, ...answer })
          .onConflictDoNothing()
          .run();
      }
    }
    for (const { participants, ...meeting } of dataset.meetings) {
      tx.insert(schema.meetings).values(withoutEvidence(meeting)).onConflictDoNothing().run();
      for (const participant of participants) {
        tx.insert(schema.meetingParticipants)
          .values({ meetingId: meeting.id, ...participant })
          .onConflictDoNothing()
          .run();
      }
    }
    for (const record of citedRecords(dataset)) {
      for (const quote of record.evidence) {
        tx.insert(schema.evidence)
          .values({ recordType: record.recordType, recordId: record.id, sourceId: source.id, ...quote })
          .onConflictDoNothing()
          .run();
      }
    }
  });
}

export function seedDatabase(db: AppDatabase): void {
  for (const dataset of seedDatasets) seedDataset(db, dataset);
}

export function isDatabaseEmpty(db: AppDatabase): boolean {
  const row = db.select({ sources: count() }).from(schema.sources).get();
  return (row?.sources ?? 0) === 0;
}
