import { type SQL, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import type { DatePrecision } from '../../db/schema.js';
import { demands, meetingParticipants, meetings, responseAnswers, responses } from '../../db/schema.js';
import { type Page, cursorScope, decodeCursor, encodeCursor, scopeHash } from '../pagination.js';
import { firstReportedSql, groupBy, recordHref, withEvidence } from '../records.js';
import type { TimelineEvent, TimelineFilters } from './schemas.js';

type EventRow = { type: TimelineEvent['type']; id: string; title: string; date: string | null; datePrecision: DatePrecision; dateKey: string; position: number };

/**
 * Meetings, demands and responses in order: events with no known date first, in the order their
 * sources report them (their first quote), then dated events by date (see compareChronology).
 * Keyset-paged over (date, report position, type, id).
 */
export function listTimeline(db: AppDatabase, filters: TimelineFilters): Page<TimelineEvent> {
  const wants = (type: TimelineEvent['type']) => !filters.type || filters.type.includes(type);
  const branches: SQL[] = [];
  if (wants('meeting') && !filters.issue) {
    branches.push(sql`select 'meeting' as type, m.id, m.title, m.starts_on as date, m.starts_on_precision as datePrecision,
        coalesce(m.starts_on, '') as dateKey, ${firstReportedSql('meeting', sql`m.id`)} as position
      from ${meetings} m
      where ${filters.party ? sql`m.id in (select meeting_id from ${meetingParticipants} where party_id = ${filters.party})` : sql`1`}`);
  }
  if (wants('demand')) {
    branches.push(sql`select 'demand' as type, d.id, d.title, d.raised_on as date, d.raised_on_precision as datePrecision,
        coalesce(d.raised_on, '') as dateKey, ${firstReportedSql('demand', sql`d.id`)} as position
      from ${demands} d
      where ${filters.party ? sql`d.party_id = ${filters.party}` : sql`1`} and ${filters.issue ? sql`d.issue_id = ${filters.issue}` : sql`1`}`);
  }
  if (wants('response')) {
    branches.push(sql`select 'response' as type, r.id, r.summary as title, r.issued_on as date, r.issued_on_precision as datePrecision,
        coalesce(r.issued_on, '') as dateKey, ${firstReportedSql('response', sql`r.id`)} as position
      from ${responses} r
      where ${filters.party ? sql`r.party_id = ${filters.party}` : sql`1`}
        and ${filters.issue ? sql`r.id in (select a.response_id from ${responseAnswers} a join ${demands} d on d.id = a.demand_id where d.issue_id = ${filters.issue})` : sql`1`}`);
  }
  const scope = cursorScope('timeline', filters);
  let after = sql`1`;
  if (filters.cursor) {
    const cursor = decodeCursor(filters.cursor, scope, 4);
    after = sql`(dateKey, position, type, id) > (${cursor.k[0]}, ${cursor.k[1]}, ${cursor.k[2]}, ${cursor.k[3]})`;
  }
  // Every branch filtered out (e.g. type=meeting with an issue): an empty result of the same shape.
  if (branches.length === 0) return { items: [], nextCursor: null, ...(filters.count ? { total: 0 } : {}) };
  const union = sql.join(branches, sql` union all `);
  const rows = db.all<EventRow>(
    sql`select * from (${union}) where ${after} order by dateKey, position, type, id limit ${filters.limit + 1}`,
  );
  const total = filters.count ? (db.all<{ n: number }>(sql`select count(*) as n from (${union})`)[0]?.n ?? 0) : undefined;
  const pageRows = rows.slice(0, filters.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor({ q: scopeHash(scope), k: [last.dateKey, last.position, last.type, last.id], r: 0 })
      : null;

  return { items: enrich(db, pageRows), nextCursor, ...(total === undefined ? {} : { total }) };
}

/** Adds parties, issues and quotes to a page of events, one query per kind. */
function enrich(db: AppDatabase, rows: EventRow[]): TimelineEvent[] {
  const idsOf = (type: EventRow['type']) => rows.filter((row) => row.type === type).map((row) => row.id);
  const [meetingIds, demandIds, responseIds] = [idsOf('meeting'), idsOf('demand'), idsOf('response')];

  const participants = meetingIds.length
    ? groupBy(db.select().from(meetingParticipants).where(inArray(meetingParticipants.meetingId, meetingIds)).all(), (p) => p.meetingId)
    : new Map();
  const demandRows = demandIds.length
    ? new Map(db.select({ id: demands.id, partyId: demands.partyId, issueId: demands.issueId }).from(demands).where(inArray(demands.id, demandIds)).all().map((d) => [d.id, d]))
    : new Map();
  const responseParties = responseIds.length
    ? new Map(db.select({ id: responses.id, partyId: responses.partyId }).from(responses).where(inArray(responses.id, responseIds)).all().map((r) => [r.id, r.partyId]))
    : new Map();
  const responseIssues = responseIds.length
    ? groupBy(
        db
          .selectDistinct({ responseId: responseAnswers.responseId, issueId: demands.issueId })
          .from(responseAnswers)
          .innerJoin(demands, sql`${demands.id} = ${responseAnswers.demandId}`)
          .where(inArray(responseAnswers.responseId, responseIds))
          .all(),
        (row) => row.responseId,
      )
    : new Map();
  const evidence = new Map(
    (['meeting', 'demand', 'response'] as const).flatMap((type) =>
      withEvidence(db, type, idsOf(type).map((id) => ({ id }))).map((record) => [`${type}:${record.id}`, record.evidence] as const),
    ),
  );

  return rows.map(({ type, id, title, date, datePrecision }) => {
    const base = { type, id, href: recordHref(type, id), title, date, datePrecision, evidence: evidence.get(`${type}:${id}`) ?? [] };
    if (type === 'meeting') {
      const partyIds = [...new Set((participants.get(id) ?? []).map((p: { partyId: string }) => p.partyId))];
      return { ...base, partyIds, issueIds: [] };
    }
    if (type === 'demand') {
      const demand = demandRows.get(id);
      return { ...base, partyIds: demand ? [demand.partyId] : [], issueIds: demand ? [demand.issueId] : [] };
    }
    const partyId = responseParties.get(id);
    return {
      ...base,
      partyIds: partyId ? [partyId] : [],
      issueIds: (responseIssues.get(id) ?? []).map((row: { issueId: string }) => row.issueId),
    };
  });
}
