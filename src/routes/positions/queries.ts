import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type DatePrecision, type RecordType, demands, issues, responseAnswers, responses, stances } from '../../db/schema.js';
import { type Page, type PageRequest, cursorScope, fetchPage } from '../pagination.js';
import { compareChronology, groupBy, recordHref, reportPositions, withEvidence } from '../records.js';
import type { IssuePositions, PositionFilters, positionStances } from './schemas.js';

type PositionStance = (typeof positionStances)[number];

const stanceOfResponse: Record<(typeof stances)[number], PositionStance> = {
  accept: 'accepts',
  'conditional-accept': 'accepts-with-conditions',
  reject: 'rejects',
  counter: 'counters',
  'under-consideration': 'considering',
};

type Event = {
  type: 'demand' | 'response';
  id: string;
  partyId: string;
  issueId: string;
  stance: PositionStance;
  date: string | null;
  datePrecision: DatePrecision;
  position: number;
};

/** Issues with at least one demand (by the party, or answered by it, when filtering by party). */
function issuesWithPositions(party: string | undefined): SQL {
  if (!party) return sql`exists (select 1 from ${demands} d where d.issue_id = ${issues.id})`;
  return sql`(exists (select 1 from ${demands} d where d.issue_id = ${issues.id} and d.party_id = ${party})
    or exists (select 1 from ${responseAnswers} a join ${demands} d on d.id = a.demand_id join ${responses} r on r.id = a.response_id
               where d.issue_id = ${issues.id} and r.party_id = ${party}))`;
}

type UnplacedEvent = Omit<Event, 'position'>;

/** Every demand on these issues, and every response as an answer to demands on them, as events. */
function eventsOn(db: AppDatabase, issueIds: string[], party: string | undefined): UnplacedEvent[] {
  if (issueIds.length === 0) return [];
  const demandRows = db
    .select({ id: demands.id, partyId: demands.partyId, issueId: demands.issueId, status: demands.status, date: demands.raisedOn, datePrecision: demands.raisedOnPrecision })
    .from(demands)
    .where(and(inArray(demands.issueId, issueIds), party ? eq(demands.partyId, party) : undefined))
    .all();
  const responseRows = db
    .selectDistinct({
      id: responses.id,
      partyId: responses.partyId,
      issueId: demands.issueId,
      stance: responses.stance,
      date: responses.issuedOn,
      datePrecision: responses.issuedOnPrecision,
    })
    .from(responses)
    .innerJoin(responseAnswers, eq(responseAnswers.responseId, responses.id))
    .innerJoin(demands, eq(demands.id, responseAnswers.demandId))
    .where(and(inArray(demands.issueId, issueIds), party ? eq(responses.partyId, party) : undefined))
    .all();
  return [
    ...demandRows.map(({ status, ...row }) => ({
      ...row,
      type: 'demand' as const,
      stance: status === 'withdrawn' ? ('withdrew' as const) : ('demands' as const),
    })),
    ...responseRows.map(({ stance, ...row }) => ({ ...row, type: 'response' as const, stance: stanceOfResponse[stance] })),
  ];
}

/**
 * Adds where each event is first reported, needed only to order a party's several events on an
 * issue; most (issue, party) pairs hold one event, so this stays off the common path.
 */
function withReportPositions(db: AppDatabase, groups: UnplacedEvent[][]): Event[][] {
  const needed = groups.filter((group) => group.length > 1).flat();
  const ids = (type: Event['type']) => [...new Set(needed.filter((event) => event.type === type).map((event) => event.id))];
  const positions = { demand: reportPositions(db, 'demand', ids('demand')), response: reportPositions(db, 'response', ids('response')) };
  const unreported = Number.MAX_SAFE_INTEGER;
  return groups.map((group) => group.map((event) => ({ ...event, position: positions[event.type].get(event.id) ?? unreported })));
}

const maxBasis = 10;

function evidenceFor(db: AppDatabase, events: Event[]) {
  const byType = new Map<RecordType, Map<string, ReturnType<typeof withEvidence>[number]['evidence']>>();
  for (const type of ['demand', 'response'] as const) {
    const ids = [...new Set(events.filter((event) => event.type === type).map((event) => event.id))];
    const cited = withEvidence(db, type, ids.map((id) => ({ id })));
    byType.set(type, new Map(cited.map((record) => [record.id, record.evidence])));
  }
  return (event: Event) => byType.get(event.type)?.get(event.id) ?? [];
}

/** Derives each party's current stance per issue: its latest demand or response on the issue decides. */
export function positionsOn(db: AppDatabase, issueRows: { id: string; title: string }[], filters: Pick<PositionFilters, 'party' | 'stance'>): IssuePositions[] {
  const events = eventsOn(db, issueRows.map((issue) => issue.id), filters.party);
  const byIssueAndParty = withReportPositions(db, [...groupBy(events, (event) => `${event.issueId}\n${event.partyId}`).values()]);
  const positions = byIssueAndParty.map((partyEvents) => {
    // Latest first: dated events by date, undated ones after them, in the order the sources report them.
    const ordered = [...partyEvents].sort((a, b) => compareChronology(b, a));
    const current = ordered[0]!;
    const basis = ordered.filter((event) => event.stance === current.stance);
    return { issueId: current.issueId, partyId: current.partyId, stance: current.stance, basis, recordCount: ordered.length };
  });
  const kept = positions.filter((position) => !filters.stance || position.stance === filters.stance);
  const evidenceOf = evidenceFor(db, kept.flatMap((position) => position.basis.slice(0, maxBasis)));
  const byIssue = groupBy(kept, (position) => position.issueId);

  return issueRows
    .map((issue) => ({
      issueId: issue.id,
      title: issue.title,
      positions: (byIssue.get(issue.id) ?? [])
        .sort((a, b) => a.partyId.localeCompare(b.partyId))
        .map(({ partyId, stance, basis, recordCount }) => ({
          partyId,
          stance,
          basis: basis.slice(0, maxBasis).map((event) => ({
            type: event.type,
            id: event.id,
            href: recordHref(event.type, event.id),
            stance: event.stance,
            date: event.date,
            datePrecision: event.datePrecision,
            evidence: evidenceOf(event),
          })),
          basisCount: basis.length,
          recordCount,
        })),
    }))
    .filter((issue) => !filters.stance || issue.positions.length > 0);
}

export function listPositions(db: AppDatabase, filters: PositionFilters): Page<IssuePositions> {
  const { rows, ...page } = fetchPage(db, {
    table: issues,
    where: and(issuesWithPositions(filters.party), filters.issue ? eq(issues.id, filters.issue) : undefined),
    sortable: { title: sql`${issues.title}` },
    page: filters satisfies PageRequest,
    scope: cursorScope('positions', filters),
  });
  return { items: positionsOn(db, rows, filters), ...page };
}
