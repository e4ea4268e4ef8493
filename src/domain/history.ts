/**
 * What each source said of a record, in source order: the state it gave and its quotes. The
 * record's current state follows the latest source; this keeps every earlier one visible.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../db/client.js';
import { type datePrecisions, evidence, type sourceKinds, sources } from '../db/schema.js';
import type { Evidence } from './evidence.js';
import { withEvidence } from './evidence.js';
import { rowById } from './rows.js';
import { claimsOn, compareSourceTime, currentState, type StatefulType, stateFields } from './state.js';

export type SourceReport = {
  source: {
    id: string;
    title: string | null;
    publisher: string | null;
    kind: (typeof sourceKinds)[number] | null;
    publishedOn: string | null;
    publishedOnPrecision: (typeof datePrecisions)[number];
  };
  /** The state this source gives the record; null when it quotes the record without giving one. */
  value: string | null;
  evidence: Evidence[];
};

export type RecordHistory = {
  type: StatefulType;
  id: string;
  field: string;
  value: string;
  contested: boolean;
  reports: SourceReport[];
};

export function recordHistory(db: AppDatabase, type: StatefulType, id: string): RecordHistory {
  const { table, field } = stateFields[type];
  const row = rowById(db, table, type, id) as Record<string, unknown>;
  const claims = claimsOn(db, type, [id]).get(id) ?? [];
  const citing = db
    .selectDistinct({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      kind: sources.kind,
      publishedOn: sources.publishedOn,
      publishedOnPrecision: sources.publishedOnPrecision,
      sequence: sql<number>`${sources}.rowid`,
    })
    .from(evidence)
    .innerJoin(sources, eq(sources.id, evidence.sourceId))
    .where(and(eq(evidence.recordType, type), eq(evidence.recordId, id)))
    .all()
    .sort(compareSourceTime);
  const [cited] = withEvidence(db, type, [{ id }]);
  const state = currentState(claims);
  return {
    type,
    id,
    field,
    value: state?.value ?? String(row[field]),
    contested: state?.contested ?? false,
    reports: citing.map(({ sequence: _sequence, ...source }) => {
      const said = claims.filter((claim) => claim.sourceId === source.id).at(-1);
      return {
        source,
        value: said?.value ?? null,
        evidence: (cited?.evidence ?? []).filter((quote) => quote.sourceId === source.id),
      };
    }),
  };
}
