import type * as schema from '../db/schema.js';

/** A verbatim quote from the dataset's source: `text.slice(start, end) === quote` (UTF-16 indices). */
export interface SeedEvidence {
  quote: string;
  start: number;
  end: number;
}

type Row<Table extends { $inferInsert: object }> = Omit<Table['$inferInsert'], 'createdAt' | 'updatedAt'>;
type Cited<T> = T & { evidence: SeedEvidence[] };

/** One source and every record it backs; `seed/` holds these as typed data. */
export interface SeedDataset {
  source: Omit<Row<typeof schema.sources>, 'text'> & { textFile: string };
  parties: Cited<Row<typeof schema.parties>>[];
  actors: Cited<Row<typeof schema.actors>>[];
  issues: Cited<Row<typeof schema.issues>>[];
  proposals: Cited<Row<typeof schema.proposals>>[];
  demands: Cited<Row<typeof schema.demands>>[];
  responses: Cited<
    Row<typeof schema.responses> & {
      answers: { demandId: string; scope: (typeof schema.answerScopes)[number] }[];
    }
  >[];
  meetings: Cited<
    Row<typeof schema.meetings> & {
      participants: { partyId: string; actorId: string | null }[];
    }
  >[];
}
