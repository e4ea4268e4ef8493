import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client.js';
import {
  type DatePrecision,
  demands,
  eventOrder,
  meetingIssues,
  meetingParticipants,
  meetings,
  responseAnswers,
  responses,
  sequences,
} from '../../db/schema.js';
import { fixedLimit } from '../../db/statements.js';
import { groupBy } from '../../lib/collections.js';
import {
  type AsOfScope,
  type ReadOptions,
  resolveAsOf,
  visibleAgenda,
  visibleParticipants,
  visibleRecords,
} from '../as-of.js';
import { timelinePositionSql } from '../chronology.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { recordHref } from '../links.js';
import { cursorScope, decodeCursor, encodeCursor } from '../paging/cursor.js';
import { anyOf } from '../paging/filters.js';
import type { Page, PageRequest } from '../paging/keyset.js';

export const timelineEventTypes = ['meeting', 'demand', 'response'] as const;
type EventType = (typeof timelineEventTypes)[number];

export type TimelineEvent = {
  type: EventType;
  id: string;
  href: string;
  title: string;
  date: string | null;
  datePrecision: DatePrecision;
  /**
   * How the event's place is known: by its `date`; by the `sequence` the text gives ("following the
   * meeting"); or, when the text says neither, by where it is first `reported`.
   */
  placedBy: 'date' | 'sequence' | 'report';
  /** The events the text says this one came after. */
  follows: { type: EventType; id: string; href: string }[];
  partyIds: string[];
  issueIds: string[];
  evidence: Evidence[];
};

export type TimelineFilters = {
  party?: readonly string[] | undefined;
  issue?: readonly string[] | undefined;
  type?: readonly EventType[] | undefined;
};

type EventRow = {
  type: EventType;
  id: string;
  title: string;
  date: string | null;
  datePrecision: DatePrecision;
  dateKey: string;
  position: number;
};

const always = sql`1`;

/** One branch of the timeline union: the events of one record type, with their ordering keys. */
function eventBranch(
  type: EventType,
  columns: { id: SQL; title: SQL; date: SQL; precision: SQL },
  from: SQL,
  where: SQL,
) {
  return sql`select ${type} as type, ${columns.id} as id, ${columns.title} as title, ${columns.date} as date,
      ${columns.precision} as datePrecision, coalesce(${columns.date}, '') as dateKey,
      ${timelinePositionSql(type, columns.id)} as position
    from ${from} where ${where}`;
}

function branchesFor(filters: TimelineFilters, scope: AsOfScope | undefined): SQL[] {
  const wants = (type: EventType) => !filters.type || filters.type.includes(type);
  const m = alias(meetings, 'm');
  const d = alias(demands, 'd');
  const r = alias(responses, 'r');
  const branches: SQL[] = [];
  if (wants('meeting')) {
    const participant = filters.party
      ? sql`${m.id} in (select ${meetingParticipants.meetingId} from ${meetingParticipants}
                        where ${and(anyOf(meetingParticipants.partyId, filters.party), visibleParticipants(scope))})`
      : always;
    // A meeting concerns the issues on its agenda.
    const onAgenda = filters.issue
      ? sql`${m.id} in (select ${meetingIssues.meetingId} from ${meetingIssues} where ${and(
          anyOf(meetingIssues.issueId, filters.issue),
          visibleAgenda(scope, 'issue', meetingIssues.meetingId, meetingIssues.issueId),
        )})`
      : always;
    branches.push(
      eventBranch(
        'meeting',
        { id: sql`${m.id}`, title: sql`${m.title}`, date: sql`${m.startsOn}`, precision: sql`${m.startsOnPrecision}` },
        sql`${meetings} as ${m}`,
        sql`${participant} and ${onAgenda} and ${visibleRecords(scope, 'meeting', m.id) ?? always}`,
      ),
    );
  }
  if (wants('demand')) {
    branches.push(
      eventBranch(
        'demand',
        { id: sql`${d.id}`, title: sql`${d.title}`, date: sql`${d.raisedOn}`, precision: sql`${d.raisedOnPrecision}` },
        sql`${demands} as ${d}`,
        sql`${anyOf(d.partyId, filters.party) ?? always}
            and ${anyOf(d.issueId, filters.issue) ?? always}
            and ${visibleRecords(scope, 'demand', d.id) ?? always}`,
      ),
    );
  }
  if (wants('response')) {
    const answersIssue = filters.issue
      ? sql`${r.id} in (select ${responseAnswers.responseId} from ${responseAnswers}
                        join ${demands} on ${demands.id} = ${responseAnswers.demandId}
                        where ${anyOf(demands.issueId, filters.issue)})`
      : always;
    branches.push(
      eventBranch(
        'response',
        {
          id: sql`${r.id}`,
          title: sql`${r.summary}`,
          date: sql`${r.issuedOn}`,
          precision: sql`${r.issuedOnPrecision}`,
        },
        sql`${responses} as ${r}`,
        sql`${anyOf(r.partyId, filters.party) ?? always} and ${answersIssue}
            and ${visibleRecords(scope, 'response', r.id) ?? always}`,
      ),
    );
  }
  return branches;
}

/**
 * Meetings, demands and responses in order: events with no known date first, in the order their
 * sources report them (their first quote), then dated events by date (see compareChronology).
 * Keyset-paged over (date, report position, type, id).
 */
export function listTimeline(
  db: AppDatabase,
  filters: TimelineFilters & ReadOptions & Omit<PageRequest, 'sort'>,
): Page<TimelineEvent> {
  const scope = resolveAsOf(db, filters.asOf);
  const branches = branchesFor(filters, scope);
  // Every branch filtered out (e.g. an asked-for type with no branch): an empty result of the same shape.
  if (branches.length === 0) return { items: [], nextCursor: null, ...(filters.count ? { total: 0 } : {}) };
  const cursorKey = cursorScope('timeline', filters);
  let after = always;
  if (filters.cursor) {
    const [dateKey, position, type, id] = decodeCursor(db, filters.cursor, cursorKey, 4).keys;
    after = sql`(dateKey, position, type, id) > (${dateKey}, ${position}, ${type}, ${id})`;
  }
  const union = sql.join(branches, sql` union all `);
  const limit = fixedLimit(filters.limit + 1);
  const rows = db.all<EventRow>(
    sql`select * from (${union}) where ${after} order by dateKey, position, type, id limit ${limit}`,
  );
  const total = filters.count ? (db.get<{ n: number }>(sql`select count(*) as n from (${union})`)?.n ?? 0) : undefined;
  const pageRows = rows.slice(0, filters.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor(db, cursorKey, { keys: [last.dateKey, last.position, last.type, last.id], rowid: 0 })
      : null;
  return { items: enrich(db, pageRows, scope), nextCursor, ...(total === undefined ? {} : { total }) };
}

/** The parties and issues of each event on a page, one query per kind of record. */
function involvement(
  db: AppDatabase,
  rows: EventRow[],
  scope: AsOfScope | undefined,
): Map<string, { partyIds: string[]; issueIds: string[] }> {
  const idsOf = (type: EventType) => rows.filter((row) => row.type === type).map((row) => row.id);
  const involved = new Map<string, { partyIds: string[]; issueIds: string[] }>();
  const [meetingIds, demandIds, responseIds] = [idsOf('meeting'), idsOf('demand'), idsOf('response')];

  if (meetingIds.length > 0) {
    const participants = db
      .select({ meetingId: meetingParticipants.meetingId, partyId: meetingParticipants.partyId })
      .from(meetingParticipants)
      .where(and(inArray(meetingParticipants.meetingId, meetingIds), visibleParticipants(scope)))
      .orderBy(meetingParticipants.id)
      .all();
    const agenda = groupBy(
      db
        .select({ meetingId: meetingIssues.meetingId, issueId: meetingIssues.issueId })
        .from(meetingIssues)
        .where(
          and(
            inArray(meetingIssues.meetingId, meetingIds),
            visibleAgenda(scope, 'issue', meetingIssues.meetingId, meetingIssues.issueId),
          ),
        )
        .orderBy(sql`${meetingIssues}.rowid`)
        .all(),
      (link) => link.meetingId,
    );
    const partiesOf = groupBy(participants, (p) => p.meetingId);
    for (const meetingId of meetingIds) {
      involved.set(`meeting:${meetingId}`, {
        partyIds: [...new Set((partiesOf.get(meetingId) ?? []).map((p) => p.partyId))],
        issueIds: (agenda.get(meetingId) ?? []).map((link) => link.issueId),
      });
    }
  }
  if (demandIds.length > 0) {
    const found = db
      .select({ id: demands.id, partyId: demands.partyId, issueId: demands.issueId })
      .from(demands)
      .where(inArray(demands.id, demandIds))
      .all();
    for (const demand of found)
      involved.set(`demand:${demand.id}`, { partyIds: [demand.partyId], issueIds: [demand.issueId] });
  }
  if (responseIds.length > 0) {
    const found = db
      .select({ id: responses.id, partyId: responses.partyId })
      .from(responses)
      .where(inArray(responses.id, responseIds))
      .all();
    const issuesAnswered = groupBy(
      db
        .selectDistinct({ responseId: responseAnswers.responseId, issueId: demands.issueId })
        .from(responseAnswers)
        .innerJoin(demands, eq(demands.id, responseAnswers.demandId))
        .where(inArray(responseAnswers.responseId, responseIds))
        .all(),
      (row) => row.responseId,
    );
    for (const response of found) {
      involved.set(`response:${response.id}`, {
        partyIds: [response.partyId],
        issueIds: (issuesAnswered.get(response.id) ?? []).map((row) => row.issueId),
      });
    }
  }
  return involved;
}

/** The events each of these follows, by the text's own sequence. */
function predecessors(db: AppDatabase, rows: EventRow[]): Map<string, TimelineEvent['follows']> {
  const follows = new Map<string, TimelineEvent['follows']>();
  for (const type of timelineEventTypes) {
    const ids = rows.filter((row) => row.type === type).map((row) => row.id);
    if (ids.length === 0) continue;
    const edges = db
      .select()
      .from(sequences)
      .where(and(eq(sequences.afterType, type), inArray(sequences.afterId, ids)))
      .orderBy(sql`${sequences}.rowid`)
      .all();
    for (const edge of edges) {
      if (!(timelineEventTypes as readonly string[]).includes(edge.beforeType)) continue;
      const before = edge.beforeType as EventType;
      const key = `${type}:${edge.afterId}`;
      follows.set(key, [
        ...(follows.get(key) ?? []),
        { type: before, id: edge.beforeId, href: recordHref(before, edge.beforeId) },
      ]);
    }
  }
  return follows;
}

/** Which of these events the text's sequence moved (they have a row in event_order). */
function sequenced(db: AppDatabase, rows: EventRow[]): Set<string> {
  const moved = new Set<string>();
  for (const type of timelineEventTypes) {
    const ids = rows.filter((row) => row.type === type).map((row) => row.id);
    if (ids.length === 0) continue;
    const found = db
      .select({ id: eventOrder.recordId })
      .from(eventOrder)
      .where(and(eq(eventOrder.recordType, type), inArray(eventOrder.recordId, ids)))
      .all();
    for (const row of found) moved.add(`${type}:${row.id}`);
  }
  return moved;
}

/** Adds parties, issues, the text's sequence and quotes to a page of events. */
function enrich(db: AppDatabase, rows: EventRow[], scope: AsOfScope | undefined): TimelineEvent[] {
  const involved = involvement(db, rows, scope);
  const follows = predecessors(db, rows);
  const moved = sequenced(db, rows);
  const quotes = new Map<string, Evidence[]>();
  for (const type of timelineEventTypes) {
    const cited = withEvidence(
      db,
      type,
      rows.filter((row) => row.type === type),
      { sourceIds: scope?.sourceIds },
    );
    for (const record of cited) quotes.set(`${type}:${record.id}`, record.evidence);
  }
  return rows.map(({ type, id, title, date, datePrecision }) => {
    const key = `${type}:${id}`;
    const placedBy: TimelineEvent['placedBy'] = date !== null ? 'date' : moved.has(key) ? 'sequence' : 'report';
    return {
      type,
      id,
      href: recordHref(type, id),
      title,
      date,
      datePrecision,
      placedBy,
      follows: follows.get(key) ?? [],
      ...(involved.get(key) ?? { partyIds: [], issueIds: [] }),
      evidence: quotes.get(key) ?? [],
    };
  });
}
