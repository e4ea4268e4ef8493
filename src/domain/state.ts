/**
 * What sources say a record's state is, over time. Every source's claim is kept (`claims`); the
 * record's own column holds the state the latest source gives. Sources are ordered by publication
 * date, undated ones first, and in the order they were recorded within a date; sources of the same
 * date that disagree leave the record contested.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase, WriteTransaction } from '../db/client.js';
import {
  type claimFields,
  claims,
  demandStatuses,
  demands,
  meetingStatuses,
  meetings,
  proposalStatuses,
  proposals,
  type RecordType,
  responses,
  sources,
  stances,
} from '../db/schema.js';
import { reuseStatement } from '../db/statements.js';
import { groupBy } from '../lib/collections.js';
import { allForList, prepareSelect } from './prepared.js';

export type ClaimField = (typeof claimFields)[number];
export type StatefulType = 'demand' | 'proposal' | 'meeting' | 'response';

/** The state each stateful record type carries, its column and the values it takes. */
export const stateFields: Record<
  StatefulType,
  { field: ClaimField; table: SQLiteTable & { id: SQLiteColumn }; values: readonly string[] }
> = {
  demand: { field: 'status', table: demands, values: demandStatuses },
  proposal: { field: 'status', table: proposals, values: proposalStatuses },
  meeting: { field: 'status', table: meetings, values: meetingStatuses },
  response: { field: 'stance', table: responses, values: stances },
};

export const isStateful = (type: RecordType): type is StatefulType => type in stateFields;

/** A source's place in time: sources order by this, then by when they were recorded. */
export type SourceTime = { publishedOn: string | null; sequence: number };

export type Claim = { recordId: string; value: string; sourceId: string } & SourceTime;

export const compareSourceTime = (a: SourceTime, b: SourceTime) =>
  (a.publishedOn ?? '').localeCompare(b.publishedOn ?? '') || a.sequence - b.sequence;

/** The sources visible at a point in time: those published by then (and every undated one). */
export type AsOf = { date: string } | { sourceId: string };

/** Whether a source counts as of `asOf` (every source when there is none). */
export function visibleAt(source: SourceTime & { id: string }, asOf: AsOf | undefined, bound?: SourceTime): boolean {
  if (!asOf) return true;
  if ('date' in asOf) return source.publishedOn === null || source.publishedOn.slice(0, asOf.date.length) <= asOf.date;
  return bound !== undefined && compareSourceTime(source, bound) <= 0;
}

/** The claims on one field of these records, in source order, optionally only those visible as of `asOf`. */
export function claimsOn(
  db: AppDatabase | WriteTransaction,
  type: StatefulType,
  ids: readonly string[],
  asOf?: AsOf,
): Map<string, Claim[]> {
  const rows = allForList(
    db,
    'claims',
    ids,
    (matches) =>
      prepareSelect(
        {
          recordId: claims.recordId,
          value: claims.value,
          sourceId: claims.sourceId,
          publishedOn: sources.publishedOn,
          sequence: sql<number>`${sources}.rowid`,
        },
        (fields) =>
          db
            .select(fields)
            .from(claims)
            .innerJoin(sources, eq(sources.id, claims.sourceId))
            .where(
              and(
                eq(claims.recordType, sql.placeholder('type')),
                eq(claims.field, sql.placeholder('field')),
                matches(claims.recordId),
              ),
            )
            .orderBy(asc(claims.id)),
      ),
    { type, field: stateFields[type].field },
  );
  const bound = asOf && 'sourceId' in asOf ? sourceTime(db, asOf.sourceId) : undefined;
  const visible = rows.filter((row) => visibleAt({ ...row, id: row.sourceId }, asOf, bound));
  visible.sort(compareSourceTime);
  return groupBy(visible, (claim) => claim.recordId);
}

/** When a source stands in time, or undefined for an unknown source. */
export function sourceTime(db: AppDatabase | WriteTransaction, sourceId: string): SourceTime | undefined {
  return reuseStatement(db, 'sources|time', () =>
    prepareSelect({ publishedOn: sources.publishedOn, sequence: sql<number>`${sources}.rowid` }, (fields) =>
      db
        .select(fields)
        .from(sources)
        .where(eq(sources.id, sql.placeholder('id'))),
    ),
  ).get({ id: sourceId });
}

/**
 * The state the latest sources give: the value of the latest source, contested when another source
 * of the same date (or, for undated sources, another undated one) gives a different value.
 */
export function currentState(ordered: readonly Claim[]): { value: string; contested: boolean } | undefined {
  const latest = ordered.at(-1);
  if (!latest) return undefined;
  const sameTime = ordered.filter((claim) => (claim.publishedOn ?? '') === (latest.publishedOn ?? ''));
  return { value: latest.value, contested: new Set(sameTime.map((claim) => claim.value)).size > 1 };
}

/** Sets each record's state column to what its latest sources say (within a write). */
export function resolveStates(tx: WriteTransaction, type: StatefulType, ids: readonly string[]): void {
  const { table, field } = stateFields[type];
  const byRecord = claimsOn(tx, type, ids);
  for (const [id, ordered] of byRecord) {
    const state = currentState(ordered);
    if (!state) continue;
    tx.update(table)
      .set({ [field]: state.value })
      .where(and(eq(table.id, id), sql`${sql.identifier(field)} is not ${state.value}`))
      .run();
  }
}
