import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client.js';
import { type DatePrecision, demands, issues, responseAnswers, responses, type stances } from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
import { compareChronology, reportPositions } from '../chronology.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { recordHref } from '../links.js';
import { fetchPage, type Page, type PageRequest } from '../paging/keyset.js';
import { rowById } from '../rows.js';

export const positionStances = [
  'demands',
  'withdrew',
  'accepts',
  'accepts-with-conditions',
  'rejects',
  'counters',
  'considering',
] as const;
type PositionStance = (typeof positionStances)[number];

export type PositionBasis = {
  type: 'demand' | 'response';
  id: string;
  href: string;
  stance: PositionStance;
  date: string | null;
  datePrecision: DatePrecision;
  evidence: Evidence[];
};
export type Position = {
  partyId: string;
  stance: PositionStance;
  basis: PositionBasis[];
  basisCount: number;
  recordCount: number;
};
export type IssuePositions = { issueId: string; title: string; positions: Position[] };

export type PositionFilters = {
  party?: string | undefined;
  issue?: string | undefined;
  stance?: PositionStance | undefined;
};

export const positionSortColumns = { title: issues.title };

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
// An aliased table interpolates as its alias only, so FROM clauses name the table `as` the alias.
function issuesWithPositions(party: string | undefined): SQL {
  const d = alias(demands, 'd');
  if (!party) return sql`exists (select 1 from ${demands} as ${d} where ${d.issueId} = ${issues.id})`;
  const a = alias(responseAnswers, 'a');
  const r = alias(responses, 'r');
  return sql`(exists (select 1 from ${demands} as ${d} where ${d.issueId} = ${issues.id} and ${d.partyId} = ${party})
    or exists (select 1 from ${responseAnswers} as ${a} join ${demands} as ${d} on ${d.id} = ${a.demandId} join ${responses} as ${r} on ${r.id} = ${a.responseId}
               where ${d.issueId} = ${issues.id} and ${r.partyId} = ${party}))`;
}
type UnplacedEvent = Omit<Event, 'position'>;

/** Every demand on these issues, and every response as an answer to demands on them, as events. */
function eventsOn(db: AppDatabase, issueIds: string[], party: string | undefined): UnplacedEvent[] {
  if (issueIds.length === 0) return [];
  const demandRows = db
    .select({
      id: demands.id,
      partyId: demands.partyId,
      issueId: demands.issueId,
      status: demands.status,
      date: demands.raisedOn,
      datePrecision: demands.raisedOnPrecision,
    })
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
    ...responseRows.map(({ stance, ...row }) => ({
      ...row,
      type: 'response' as const,
      stance: stanceOfResponse[stance],
    })),
  ];
}

/**
 * Adds where each event is first reported, needed only to order a party's several events on an
 * issue; most (issue, party) pairs hold one event, so this stays off the common path.
 */
function withReportPositions(db: AppDatabase, groups: UnplacedEvent[][]): Event[][] {
  const needed = groups.filter((group) => group.length > 1).flat();
  const ids = (type: Event['type']) => [
    ...new Set(needed.filter((event) => event.type === type).map((event) => event.id)),
  ];
  const positions = {
    demand: reportPositions(db, 'demand', ids('demand')),
    response: reportPositions(db, 'response', ids('response')),
  };
  const unreported = Number.MAX_SAFE_INTEGER;
  return groups.map((group) =>
    group.map((event) => ({ ...event, position: positions[event.type].get(event.id) ?? unreported })),
  );
}

const maxBasis = 10;

function evidenceFor(db: AppDatabase, events: Event[]) {
  const byType = new Map<Event['type'], Map<string, Evidence[]>>();
  for (const type of ['demand', 'response'] as const) {
    const ids = [...new Set(events.filter((event) => event.type === type).map((event) => event.id))];
    const cited = withEvidence(
      db,
      type,
      ids.map((id) => ({ id })),
    );
    byType.set(type, new Map(cited.map((record) => [record.id, record.evidence])));
  }
  return (event: Event) => byType.get(event.type)?.get(event.id) ?? [];
}

/** Derives each party's current stance per issue: its latest demand or response on the issue decides. */
function positionsOn(
  db: AppDatabase,
  issueRows: { id: string; title: string }[],
  filters: Pick<PositionFilters, 'party' | 'stance'>,
): IssuePositions[] {
  const events = eventsOn(
    db,
    issueRows.map((issue) => issue.id),
    filters.party,
  );
  const byIssueAndParty = withReportPositions(db, [
    ...groupBy(events, (event) => `${event.issueId}\n${event.partyId}`).values(),
  ]);
  const positions = byIssueAndParty.map((partyEvents) => {
    // Latest first: dated events by date, undated ones after them, in the order the sources report them.
    const ordered = [...partyEvents].sort((a, b) => compareChronology(b, a));
    const current = ordered[0]!;
    const basis = ordered.filter((event) => event.stance === current.stance);
    return {
      issueId: current.issueId,
      partyId: current.partyId,
      stance: current.stance,
      basis,
      recordCount: ordered.length,
    };
  });
  const kept = positions.filter((position) => !filters.stance || position.stance === filters.stance);
  const evidenceOf = evidenceFor(
    db,
    kept.flatMap((position) => position.basis.slice(0, maxBasis)),
  );
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

/** The issues with positions, a page at a time, each with every party's current stance on it. */
export function listPositions(
  db: AppDatabase,
  filters: PositionFilters & PageRequest<keyof typeof positionSortColumns>,
): Page<IssuePositions> {
  const { rows, ...page } = fetchPage(db, {
    table: issues,
    where: and(issuesWithPositions(filters.party), filters.issue ? eq(issues.id, filters.issue) : undefined),
    sortColumns: positionSortColumns,
    page: filters,
    resource: 'positions',
    filters,
  });
  return { items: positionsOn(db, rows, filters), ...page };
}

/** Every party's current stance on one issue (an empty list when none has one). */
export function positionsOnIssue(db: AppDatabase, id: string, filters: Omit<PositionFilters, 'issue'>): IssuePositions {
  const issue = rowById(db, issues, 'issue', id);
  return positionsOn(db, [issue], filters)[0] ?? { issueId: issue.id, title: issue.title, positions: [] };
}
