/**
 * Where each party stands, derived from its records: on an issue, from the demands it made and its
 * answers to demands on the issue; on a proposal, from its responses to the proposal itself. Each
 * position says what it is towards (Israel rejects Hamas's demand, not the end of the war).
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client.js';
import {
  type DatePrecision,
  demands,
  issues,
  proposals,
  responseAnswers,
  responses,
  type Stance,
} from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
import { type AsOfScope, type ReadOptions, resolveAsOf, withState } from '../as-of.js';
import { compareChronology, timelinePositions } from '../chronology.js';
import { NotFoundError } from '../errors.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { recordHref } from '../links.js';
import { cursorScope, decodeCursor, encodeCursor } from '../paging/cursor.js';
import { anyOf } from '../paging/filters.js';
import type { Page, PageRequest } from '../paging/keyset.js';

/** A party's stance: the one stance vocabulary, plus `demands` and `withdrew` for a party's own demands. */
export const positionStances = [
  'demands',
  'withdrew',
  'accepts',
  'accepts-with-conditions',
  'rejects',
  'counters',
  'considering',
] as const satisfies readonly (Stance | 'demands' | 'withdrew')[];
type PositionStance = (typeof positionStances)[number];

export const topicTypes = ['issue', 'proposal'] as const;
type TopicType = (typeof topicTypes)[number];
export type Topic = { type: TopicType; id: string; href: string; title: string };

/** What a position is towards: a demand (a party's own, or one it answers) or a proposal. */
export type Target = { type: 'demand' | 'proposal'; id: string; href: string; title: string; partyId: string | null };

/** A record a position rests on; its quotes are in the answer's `quotes`, under its href. */
export type PositionBasis = {
  type: 'demand' | 'response';
  id: string;
  href: string;
  stance: PositionStance;
  date: string | null;
  datePrecision: DatePrecision;
};
export type Position = {
  partyId: string;
  stance: PositionStance;
  towards: Target[];
  basis: PositionBasis[];
  basisCount: number;
  recordCount: number;
};
export type TopicPositions = { topic: Topic; positions: Position[] };
/**
 * The quotes behind the basis records of an answer, once per record, keyed by the record's href: a
 * response answering demands on three issues backs a position on each, and its quotes appear once.
 */
export type PositionQuotes = Record<string, Evidence[]>;
export type TopicPositionsWithQuotes = TopicPositions & { quotes: PositionQuotes };

export type PositionFilters = {
  party?: readonly string[] | undefined;
  stance?: readonly PositionStance[] | undefined;
  topicType?: readonly TopicType[] | undefined;
};

export const positionSortColumns = { title: issues.title };

type Event = {
  type: 'demand' | 'response';
  id: string;
  partyId: string;
  topicKey: string;
  stance: PositionStance;
  towards: { type: 'demand' | 'proposal'; id: string };
  date: string | null;
  datePrecision: DatePrecision;
};

const topicKey = (type: TopicType, id: string) => `${type}:${id}`;

/** Topics with at least one position (of the party, when filtering by party), as SQL union branches. */
function topicBranches(filters: PositionFilters): SQL[] {
  const d = alias(demands, 'd');
  const a = alias(responseAnswers, 'a');
  const r = alias(responses, 'r');
  const byParty = (column: SQL) => (filters.party ? sql`and ${anyOf(column, filters.party)}` : sql``);
  const wants = (type: TopicType) => !filters.topicType || filters.topicType.includes(type);
  // Every answered demand is on an issue, so without a party every issue with an answer also has a demand;
  // with one, each subquery reads only that party's records (`id in (select …)`, once, not per issue).
  const issueBranch = sql`select 'issue' as type, 0 as rank, ${issues.id} as id, ${issues.title} as title,
      ${issues}.rowid as seq
    from ${issues}
    where ${
      filters.party
        ? sql`${issues.id} in (select ${d.issueId} from ${demands} as ${d}
                               where ${anyOf(sql`${d.partyId}`, filters.party)})
              or ${issues.id} in (select ${d.issueId} from ${responseAnswers} as ${a}
                                  join ${demands} as ${d} on ${d.id} = ${a.demandId}
                                  join ${responses} as ${r} on ${r.id} = ${a.responseId}
                                  where ${anyOf(sql`${r.partyId}`, filters.party)})`
        : sql`exists (select 1 from ${demands} as ${d} where ${d.issueId} = ${issues.id})`
    }`;
  const proposalBranch = sql`select 'proposal' as type, 1 as rank, ${proposals.id} as id, ${proposals.title} as title,
      ${proposals}.rowid as seq
    from ${proposals}
    where ${proposals.id} in (select ${r.proposalId} from ${responses} as ${r}
                              where ${r.proposalId} is not null ${byParty(sql`${r.partyId}`)}
                              and not exists (select 1 from ${responseAnswers} as ${a}
                                              where ${a.responseId} = ${r.id}))`;
  return [...(wants('issue') ? [issueBranch] : []), ...(wants('proposal') ? [proposalBranch] : [])];
}

/** Every demand and answer on these topics (by the party, when filtering), as dated events. */
function eventsOn(db: AppDatabase, topics: Topic[], filters: PositionFilters, scope: AsOfScope | undefined): Event[] {
  const issueIds = topics.filter((topic) => topic.type === 'issue').map((topic) => topic.id);
  const proposalIds = topics.filter((topic) => topic.type === 'proposal').map((topic) => topic.id);
  const events: Event[] = [];
  // As of a point in time a record's state is what the sources then said; now, it is its column.
  const asOfScope = <Row extends { id: string }>(type: 'demand' | 'response', rows: Row[]) =>
    scope ? withState(db, type, rows, scope) : rows;
  if (issueIds.length > 0) {
    const demandRows = asOfScope(
      'demand',
      db
        .select({
          id: demands.id,
          partyId: demands.partyId,
          issueId: demands.issueId,
          status: demands.status,
          date: demands.raisedOn,
          datePrecision: demands.raisedOnPrecision,
        })
        .from(demands)
        .where(and(inArray(demands.issueId, issueIds), anyOf(demands.partyId, filters.party)))
        .all(),
    );
    for (const { status, issueId, ...row } of demandRows) {
      const withdrawn = status === 'withdrawn' || status === 'dropped';
      events.push({
        ...row,
        type: 'demand',
        topicKey: topicKey('issue', issueId),
        stance: withdrawn ? 'withdrew' : 'demands',
        towards: { type: 'demand', id: row.id },
      });
    }
    const answerRows = db
      .select({
        id: responses.id,
        partyId: responses.partyId,
        issueId: demands.issueId,
        demandId: demands.id,
        stance: responseAnswers.stance,
        date: responses.issuedOn,
        datePrecision: responses.issuedOnPrecision,
      })
      .from(responses)
      .innerJoin(responseAnswers, eq(responseAnswers.responseId, responses.id))
      .innerJoin(demands, eq(demands.id, responseAnswers.demandId))
      .where(and(inArray(demands.issueId, issueIds), anyOf(responses.partyId, filters.party)))
      .all();
    for (const { issueId, demandId, ...row } of answerRows) {
      events.push({
        ...row,
        type: 'response',
        topicKey: topicKey('issue', issueId),
        towards: { type: 'demand', id: demandId },
      });
    }
  }
  if (proposalIds.length > 0) {
    const proposalResponses = asOfScope(
      'response',
      db
        .select({
          id: responses.id,
          partyId: responses.partyId,
          proposalId: responses.proposalId,
          stance: responses.stance,
          date: responses.issuedOn,
          datePrecision: responses.issuedOnPrecision,
        })
        .from(responses)
        .where(
          and(
            inArray(responses.proposalId, proposalIds),
            anyOf(responses.partyId, filters.party),
            sql`not exists (select 1 from ${responseAnswers} where ${responseAnswers.responseId} = ${responses.id})`,
          ),
        )
        .all(),
    );
    for (const { proposalId, ...row } of proposalResponses) {
      events.push({
        ...row,
        type: 'response',
        topicKey: topicKey('proposal', proposalId!),
        towards: { type: 'proposal', id: proposalId! },
      });
    }
  }
  return scope ? visibleEvents(db, events, scope) : events;
}

/** As of a point in time, only the events a source visible then reports. */
function visibleEvents(db: AppDatabase, events: Event[], scope: AsOfScope): Event[] {
  const visible = new Set<string>();
  for (const type of ['demand', 'response'] as const) {
    const ids = [...new Set(events.filter((event) => event.type === type).map((event) => event.id))];
    for (const record of withEvidence(
      db,
      type,
      ids.map((id) => ({ id })),
      { sourceIds: scope.sourceIds },
    )) {
      if (record.evidence.length > 0) visible.add(`${type}:${record.id}`);
    }
  }
  return events.filter((event) => visible.has(`${event.type}:${event.id}`));
}

const maxBasis = 10;

/** Titles and parties of what positions are towards, one query per kind. */
function targetsOf(db: AppDatabase, events: Event[]): (target: Event['towards']) => Target {
  const ids = (type: Target['type']) => [
    ...new Set(events.filter((e) => e.towards.type === type).map((e) => e.towards.id)),
  ];
  const demandIds = ids('demand');
  const proposalIds = ids('proposal');
  const found = new Map<string, Target>();
  if (demandIds.length > 0) {
    const rows = db
      .select({ id: demands.id, title: demands.title, partyId: demands.partyId })
      .from(demands)
      .where(inArray(demands.id, demandIds))
      .all();
    for (const row of rows)
      found.set(`demand:${row.id}`, { type: 'demand', href: recordHref('demand', row.id), ...row });
  }
  if (proposalIds.length > 0) {
    const rows = db
      .select({ id: proposals.id, title: proposals.title, partyId: proposals.proposedByPartyId })
      .from(proposals)
      .where(inArray(proposals.id, proposalIds))
      .all();
    for (const row of rows)
      found.set(`proposal:${row.id}`, { type: 'proposal', href: recordHref('proposal', row.id), ...row });
  }
  return (target) =>
    found.get(`${target.type}:${target.id}`) ?? {
      ...target,
      href: recordHref(target.type, target.id),
      title: target.id,
      partyId: null,
    };
}

/** Each party's current stance per topic: its latest demand or answer on the topic decides. */
function positionsOn(
  db: AppDatabase,
  topics: Topic[],
  filters: PositionFilters,
  scope: AsOfScope | undefined,
): { topics: TopicPositions[]; quotes: PositionQuotes } {
  const events = eventsOn(db, topics, filters, scope);
  const groups = [...groupBy(events, (event) => `${event.topicKey}\n${event.partyId}`).values()];
  // Where events stand matters only to order a party's several records on a topic; most (topic, party)
  // pairs hold one record, so only those that hold more are placed.
  const several = groups.filter((group) => new Set(group.map((e) => `${e.type}:${e.id}`)).size > 1).flat();
  const order = new Map<string, number>();
  for (const type of ['demand', 'response'] as const) {
    const ids = [...new Set(several.filter((event) => event.type === type).map((event) => event.id))];
    for (const [id, position] of timelinePositions(db, type, ids)) order.set(`${type}:${id}`, position);
  }
  const positionOf = (event: Event) => order.get(`${event.type}:${event.id}`) ?? Number.MAX_SAFE_INTEGER;
  const positions = groups.map((partyEvents) => {
    // Latest first: dated events by date, undated ones after them, in the order the text gives.
    const ordered = [...partyEvents].sort((a, b) =>
      compareChronology({ date: b.date, position: positionOf(b) }, { date: a.date, position: positionOf(a) }),
    );
    const current = ordered[0]!;
    const basis = ordered.filter((event) => event.stance === current.stance);
    return {
      topicKey: current.topicKey,
      partyId: current.partyId,
      stance: current.stance,
      basis,
      recordCount: ordered.length,
    };
  });
  const kept = positions.filter((position) => !filters.stance || filters.stance.includes(position.stance));
  const shown = kept.flatMap((position) => position.basis);
  const quotes: PositionQuotes = {};
  for (const type of ['demand', 'response'] as const) {
    const ids = [...new Set(shown.filter((event) => event.type === type).map((event) => event.id))];
    for (const record of withEvidence(
      db,
      type,
      ids.map((id) => ({ id })),
      { sourceIds: scope?.sourceIds },
    )) {
      quotes[recordHref(type, record.id)] = record.evidence;
    }
  }
  const target = targetsOf(db, shown);
  const byTopic = groupBy(kept, (position) => position.topicKey);
  const answered = topics
    .map((topic) => ({
      topic,
      positions: (byTopic.get(topicKey(topic.type, topic.id)) ?? [])
        .sort((a, b) => a.partyId.localeCompare(b.partyId))
        .map(({ partyId, stance, basis, recordCount }) => {
          // One basis entry per record: a response answering several demands on a topic is one record.
          const records = [...groupBy(basis, (event) => `${event.type}:${event.id}`).values()].map(
            (group) => group[0]!,
          );
          return {
            partyId,
            stance,
            towards: [
              ...new Map(
                basis.map((event) => [`${event.towards.type}:${event.towards.id}`, target(event.towards)]),
              ).values(),
            ],
            basis: records.slice(0, maxBasis).map((event) => ({
              type: event.type,
              id: event.id,
              href: recordHref(event.type, event.id),
              stance: event.stance,
              date: event.date,
              datePrecision: event.datePrecision,
            })),
            basisCount: records.length,
            recordCount,
          };
        }),
    }))
    .filter((entry) => entry.positions.length > 0 || (!filters.stance && !scope));
  // Only the quotes of records a page shows (at most maxBasis per position), in a stable order.
  const cited = new Set(answered.flatMap((entry) => entry.positions.flatMap((p) => p.basis.map((b) => b.href))));
  return {
    topics: answered,
    quotes: Object.fromEntries(
      Object.entries(quotes)
        .filter(([href]) => cited.has(href))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
}

type TopicRow = { type: TopicType; rank: number; id: string; title: string; seq: number };

/** The topics with positions, a page at a time, each with every party's current stance on it. */
export function listPositions(
  db: AppDatabase,
  filters: PositionFilters & ReadOptions & PageRequest<keyof typeof positionSortColumns>,
): Page<TopicPositions> & { quotes: PositionQuotes } {
  const scope = resolveAsOf(db, filters.asOf);
  const branches = topicBranches(filters);
  const sortSpec = filters.sort.map((key) => `${key.descending ? '-' : ''}${key.field}`).join(',');
  const cursorKey = `${cursorScope('positions', filters)}|${sortSpec}`;
  const byTitle = filters.sort[0];
  const orderBy = byTitle ? sql`rank, title ${byTitle.descending ? sql`desc` : sql`asc`}, seq` : sql`rank, seq`;
  let after = sql`1`;
  if (filters.cursor) {
    const [rank, title, seq] = decodeCursor(db, filters.cursor, cursorKey, 3).keys;
    after = byTitle
      ? sql`(rank > ${rank} or (rank = ${rank} and (title ${byTitle.descending ? sql`<` : sql`>`} ${title}
             or (title = ${title} and seq > ${seq}))))`
      : sql`(rank, seq) > (${rank}, ${seq})`;
  }
  const union = sql.join(branches, sql` union all `);
  const rows = branches.length
    ? db.all<TopicRow>(sql`select * from (${union}) where ${after} order by ${orderBy} limit ${filters.limit + 1}`)
    : [];
  const total = filters.count
    ? branches.length
      ? (db.get<{ n: number }>(sql`select count(*) as n from (${union})`)?.n ?? 0)
      : 0
    : undefined;
  const pageRows = rows.slice(0, filters.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor(db, cursorKey, { keys: [last.rank, last.title, last.seq], rowid: 0 })
      : null;
  const topics = pageRows.map(({ type, id, title }) => ({ type, id, title, href: recordHref(type, id) }));
  const { topics: items, quotes } = positionsOn(db, topics, filters, scope);
  return { items, nextCursor, ...(total === undefined ? {} : { total }), quotes };
}

/** Every party's current stance on one issue or proposal (an empty list when none has one). */
export function positionsOnTopic(
  db: AppDatabase,
  type: TopicType,
  id: string,
  filters: Omit<PositionFilters, 'topicType'> & ReadOptions,
): TopicPositionsWithQuotes {
  const table = type === 'issue' ? issues : proposals;
  const row = db.select({ id: table.id, title: table.title }).from(table).where(eq(table.id, id)).get();
  if (!row) throw new NotFoundError(type, id);
  const topic = { type, id: row.id, title: row.title, href: recordHref(type, row.id) };
  const { topics, quotes } = positionsOn(db, [topic], filters, resolveAsOf(db, filters.asOf));
  return { ...(topics[0] ?? { topic, positions: [] }), quotes };
}
