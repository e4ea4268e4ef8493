/**
 * `asOf`: the data as the sources stood at a point in time, a date or a source. A record exists as of
 * then when a source visible then cites it; its evidence is what those sources say, and its state
 * what the latest of them gives. This is about what the sources said, not about when the database
 * recorded it.
 */
import { and, desc, eq, SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { AppDatabase, WriteTransaction } from '../db/client.js';
import {
  type AgendaType,
  type CitedType,
  claims,
  evidence,
  meetingParticipants,
  type RecordType,
  sources,
} from '../db/schema.js';
import { reuseStatement } from '../db/statements.js';
import { InvalidRequestError, NotFoundError } from './errors.js';
import { type Evidence, withEvidence } from './evidence.js';
import { recordHref } from './links.js';
import { prepareSelect } from './prepared.js';
import {
  type AsOf,
  claimsOn,
  currentState,
  isStateful,
  type StatefulType,
  sourceTime,
  stateFields,
  visibleAt,
} from './state.js';

/** A resolved `asOf`: the point in time and the sources visible then. */
export type AsOfScope = { asOf: AsOf; sourceIds: string[] };

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Parses `asOf` (a date, YYYY[-MM[-DD]], or a source id) into the sources visible then. */
export function resolveAsOf(db: AppDatabase, asOf: string | undefined): AsOfScope | undefined {
  if (asOf === undefined) return undefined;
  let point: AsOf;
  if (/^\d{4}/.test(asOf)) {
    if (!datePattern.test(asOf)) {
      throw new InvalidRequestError('invalid_as_of', `asOf '${asOf}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).`);
    }
    point = { date: asOf };
  } else {
    if (!sourceTime(db, asOf)) throw new NotFoundError('source', asOf);
    point = { sourceId: asOf };
  }
  const bound = 'sourceId' in point ? sourceTime(db, point.sourceId) : undefined;
  const all = reuseStatement(db, 'sources|times', () =>
    prepareSelect(
      { id: sources.id, publishedOn: sources.publishedOn, sequence: sql<number>`${sources}.rowid` },
      (fields) => db.select(fields).from(sources),
    ),
  ).all();
  return { asOf: point, sourceIds: all.filter((source) => visibleAt(source, point, bound)).map((source) => source.id) };
}

/**
 * The sources visible in a scope, as an SQL list (`column in <list>`): the scope's own ids, or the SQL
 * a prepared statement binds them to (paging/keyset.ts); undefined when there is no scope.
 */
export type VisibleSources = AsOfScope | SQL | undefined;

function sourceList(scope: VisibleSources): SQL | undefined {
  if (scope === undefined || scope instanceof SQL) return scope;
  return sql`(select value from json_each(${JSON.stringify(scope.sourceIds)}))`;
}

/** Records a visible source cites (SQL, for list filters); every record when there is no scope. */
export function visibleRecords(scope: VisibleSources, type: CitedType, id: SQLiteColumn): SQL | undefined {
  const visible = sourceList(scope);
  if (!visible) return undefined;
  return sql`exists (select 1 from ${evidence} where ${evidence.recordType} = ${type} and ${evidence.recordId} = ${id}
                     and ${evidence.sourceId} in ${visible})`;
}

/** A record's state as of the scope (SQL, for filters): the value of the latest visible claim. */
export function stateAsOf(scope: VisibleSources, type: StatefulType, id: SQLiteColumn): SQL {
  const { table, field } = stateFields[type];
  const column = (table as unknown as Record<string, SQLiteColumn>)[field]!;
  const visible = sourceList(scope);
  if (!visible) return sql`${column}`;
  return sql`(select ${claims.value} from ${claims} join ${sources} on ${sources.id} = ${claims.sourceId}
              where ${and(
                eq(claims.recordType, type),
                eq(claims.field, field),
                sql`${claims.recordId} = ${id}`,
                sql`${claims.sourceId} in ${visible}`,
              )}
              order by ${desc(sql`coalesce(${sources.publishedOn}, '')`)}, ${desc(sql`${sources}.rowid`)} limit 1)`;
}

/**
 * Adds `contested` to stateful records and, as of a scope, sets their state to what the sources
 * visible then give; other records pass through unchanged.
 */
export function withState<Row extends { id: string }>(
  db: AppDatabase | WriteTransaction,
  type: CitedType,
  rows: Row[],
  scope: AsOfScope | undefined,
): (Row & { contested?: boolean })[] {
  if (!isStateful(type as never) || rows.length === 0) return rows;
  const statefulType = type as StatefulType;
  const { field } = stateFields[statefulType];
  const byRecord = claimsOn(
    db,
    statefulType,
    rows.map((row) => row.id),
    scope?.asOf,
  );
  return rows.map((row) => {
    const state = currentState(byRecord.get(row.id) ?? []);
    return { ...row, ...(scope && state ? { [field]: state.value } : {}), contested: state?.contested ?? false };
  });
}

/**
 * Records as they stood as of the scope (or now): where each is served, their quotes and, for
 * stateful ones, their state.
 */
export function present<Row extends { id: string }>(
  db: AppDatabase,
  type: RecordType,
  rows: Row[],
  scope: AsOfScope | undefined,
): (Row & { href: string; evidence: Evidence[]; contested?: boolean })[] {
  const cited = withEvidence(db, type, rows, { sourceIds: scope?.sourceIds });
  return withState(
    db,
    type,
    cited.map((row) => ({ ...row, href: recordHref(type, row.id) })),
    scope,
  );
}

/** Stateful records as of the scope, each saying whether its sources disagree on its state. */
export function presentStateful<Row extends { id: string }>(
  db: AppDatabase,
  type: StatefulType,
  rows: Row[],
  scope: AsOfScope | undefined,
): (Row & { href: string; evidence: Evidence[]; contested: boolean })[] {
  return present(db, type, rows, scope).map((row) => ({ ...row, contested: row.contested ?? false }));
}

/** One record as of the scope; NotFoundError when no source visible then cites it. */
export function presentOne<Row extends { id: string }, Out extends Row & { evidence: Evidence[] }>(
  type: RecordType,
  row: Row,
  scope: AsOfScope | undefined,
  presentAll: (rows: Row[]) => Out[],
): Out {
  const [record] = presentAll([row]);
  if (!record || (scope && record.evidence.length === 0)) throw new NotFoundError(type, row.id);
  return record;
}

/** The `asOf` option of every read. */
export type ReadOptions = { asOf?: string | undefined };

/**
 * Agenda links (issues, proposals) a visible source gives (SQL over `meeting_issues` or
 * `meeting_proposals`, for filters); every link when there is no scope. The key is agendaKey's.
 */
export function visibleAgenda(
  scope: VisibleSources,
  type: AgendaType,
  meetingId: SQLiteColumn,
  topicId: SQLiteColumn,
): SQL | undefined {
  const visible = sourceList(scope);
  if (!visible) return undefined;
  const key = sql`${meetingId} || '/' || ${type} || ':' || ${topicId}`;
  return sql`exists (select 1 from ${evidence} where ${evidence.recordType} = 'agenda' and ${evidence.recordId} = ${key}
                     and ${evidence.sourceId} in ${visible})`;
}

/**
 * Participants a visible source names (SQL over `meeting_participants`, for filters); every
 * participant when there is no scope. The key is participantKey's: `meeting/party/actor`.
 */
export function visibleParticipants(scope: VisibleSources): SQL | undefined {
  const visible = sourceList(scope);
  if (!visible) return undefined;
  const { meetingId, partyId, actorId } = meetingParticipants;
  const key = sql`${meetingId} || '/' || ${partyId} || '/' || coalesce(${actorId}, '')`;
  return sql`exists (select 1 from ${evidence}
                     where ${evidence.recordType} = 'participant' and ${evidence.recordId} = ${key}
                     and ${evidence.sourceId} in ${visible})`;
}
