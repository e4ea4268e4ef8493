/**
 * How positions are derived from demands and responses: on an issue, from the demands a party made and
 * its answers to demands on the issue; on a proposal, from its responses to the proposal itself. The
 * write path stores what this derives for the present (store.ts); reads as of a point in time, or of
 * topics a write outside the write path left stale, derive afresh.
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AppDatabase, WriteTransaction } from '../../db/client.js';
import {
  type DatePrecision,
  demands,
  issues,
  proposals,
  responseAnswers,
  responses,
  type Stance,
  type topicTypes,
} from '../../db/schema.js';
import { fixedLimit } from '../../db/statements.js';
import { chunks, groupBy } from '../../lib/collections.js';
import { type AsOfScope, withState } from '../as-of.js';
import { compareChronology, timelinePositions } from '../chronology.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { recordHref } from '../links.js';
import { anyOf } from '../paging/filters.js';

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
export type PositionStance = (typeof positionStances)[number];

export type TopicType = (typeof topicTypes)[number];
/** An issue or a proposal, by type and id. */
export type TopicRef = { type: TopicType; id: string };

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

/**
 * The quotes behind the basis records of an answer, once per record, keyed by the record's href: a
 * response answering demands on three issues backs a position on each, and its quotes appear once.
 */
export type PositionQuotes = Record<string, Evidence[]>;

export type PositionFilters = {
  party?: readonly string[] | undefined;
  stance?: readonly PositionStance[] | undefined;
  topicType?: readonly TopicType[] | undefined;
};

type Reader = AppDatabase | WriteTransaction;

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

/** How a page of topics is read: in table order (`seq`) or by title, after a cursor's place, at most `limit`. */
export type TopicOrder = { byTitle?: 'asc' | 'desc'; after?: { title: string; seq: number }; limit: number };
export type TopicRow = { id: string; title: string; seq: number };

/**
 * The topics of one type a listing pages over: issues (rank 0) come before proposals (rank 1), each in
 * the order of its table (`seq`) or by title.
 */
export type TopicBranch = {
  type: TopicType;
  rank: number;
  page(db: AppDatabase, order: TopicOrder): TopicRow[];
  count(db: AppDatabase): number;
};

/** A branch over SQL selecting `id, title, seq`, run as built (its filters' values are written into it). */
function branchOf(type: TopicType, rank: number, query: SQL): TopicBranch {
  return {
    type,
    rank,
    page: (db, { byTitle, after, limit }) => {
      const direction = byTitle === 'desc' ? sql`desc` : sql`asc`;
      const past = !after
        ? sql`1`
        : byTitle
          ? sql`(title ${byTitle === 'desc' ? sql`<` : sql`>`} ${after.title}
                 or (title = ${after.title} and seq > ${after.seq}))`
          : sql`seq > ${after.seq}`;
      const orderBy = byTitle ? sql`title ${direction}, seq` : sql`seq`;
      return db.all<TopicRow>(
        sql`select * from (${query}) where ${past} order by ${orderBy} limit ${fixedLimit(limit)}`,
      );
    },
    count: (db) => db.get<{ n: number }>(sql`select count(*) as n from (${query})`)?.n ?? 0,
  };
}

export const topicKey = ({ type, id }: TopicRef) => `${type}:${id}`;

/** Topics with at least one position (of the party, when filtering by party), derived from the records. */
export function topicBranches(filters: PositionFilters): TopicBranch[] {
  const d = alias(demands, 'd');
  const a = alias(responseAnswers, 'a');
  const r = alias(responses, 'r');
  const byParty = (column: SQL) => (filters.party ? sql`and ${anyOf(column, filters.party)}` : sql``);
  const wants = (type: TopicType) => !filters.topicType || filters.topicType.includes(type);
  // Every answered demand is on an issue, so without a party every issue with an answer also has a demand;
  // with one, each subquery reads only that party's records (`id in (select …)`, once, not per issue).
  const issueBranch = sql`select ${issues.id} as id, ${issues.title} as title, ${issues}.rowid as seq
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
  const proposalBranch = sql`select ${proposals.id} as id, ${proposals.title} as title, ${proposals}.rowid as seq
    from ${proposals}
    where ${proposals.id} in (select ${r.proposalId} from ${responses} as ${r}
                              where ${r.proposalId} is not null ${byParty(sql`${r.partyId}`)}
                              and not exists (select 1 from ${responseAnswers} as ${a}
                                              where ${a.responseId} = ${r.id}))`;
  return [
    ...(wants('issue') ? [branchOf('issue', 0, issueBranch)] : []),
    ...(wants('proposal') ? [branchOf('proposal', 1, proposalBranch)] : []),
  ];
}

/** Every demand and answer on these topics (by the party, when filtering), as dated events. */
function eventsOn(
  db: Reader,
  topics: readonly TopicRef[],
  filters: PositionFilters,
  scope: AsOfScope | undefined,
): Event[] {
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
        topicKey: topicKey({ type: 'issue', id: issueId }),
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
        topicKey: topicKey({ type: 'issue', id: issueId }),
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
        topicKey: topicKey({ type: 'proposal', id: proposalId! }),
        towards: { type: 'proposal', id: proposalId! },
      });
    }
  }
  return scope ? visibleEvents(db, events, scope) : events;
}

/** As of a point in time, only the events a source visible then reports. */
function visibleEvents(db: Reader, events: Event[], scope: AsOfScope): Event[] {
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

/** Titles and parties of what positions are towards, one query per kind and 500 records. */
function targetsOf(db: Reader, events: Event[]): (target: Event['towards']) => Target {
  const ids = (type: Target['type']) => [
    ...new Set(events.filter((e) => e.towards.type === type).map((e) => e.towards.id)),
  ];
  const demandIds = ids('demand');
  const proposalIds = ids('proposal');
  // Keys in the order the API writes them, so stored JSON spliced into an answer reads byte for byte as
  // the serialized one.
  const targetOf = (type: Target['type'], id: string, title: string, partyId: string | null): Target => ({
    type,
    id,
    href: recordHref(type, id),
    title,
    partyId,
  });
  const found = new Map<string, Target>();
  for (const batch of chunks(demandIds)) {
    const rows = db
      .select({ id: demands.id, title: demands.title, partyId: demands.partyId })
      .from(demands)
      .where(inArray(demands.id, batch))
      .all();
    for (const row of rows) found.set(`demand:${row.id}`, targetOf('demand', row.id, row.title, row.partyId));
  }
  for (const batch of chunks(proposalIds)) {
    const rows = db
      .select({ id: proposals.id, title: proposals.title, partyId: proposals.proposedByPartyId })
      .from(proposals)
      .where(inArray(proposals.id, batch))
      .all();
    for (const row of rows) found.set(`proposal:${row.id}`, targetOf('proposal', row.id, row.title, row.partyId));
  }
  return (target) => found.get(`${target.type}:${target.id}`) ?? targetOf(target.type, target.id, target.id, null);
}

/**
 * Each party's current stance on each of these topics (by the parties filtered for, as of the scope):
 * its latest demand or answer on the topic decides. Keyed by `topicKey`, positions in party order.
 */
export function derivePositions(
  db: Reader,
  topics: readonly TopicRef[],
  filters: Pick<PositionFilters, 'party'>,
  scope: AsOfScope | undefined,
): Map<string, Position[]> {
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
  const current = groups.map((partyEvents) => {
    // Latest first: dated events by date, undated ones after them, in the order the text gives.
    const ordered = [...partyEvents].sort((a, b) =>
      compareChronology({ date: b.date, position: positionOf(b) }, { date: a.date, position: positionOf(a) }),
    );
    const latest = ordered[0]!;
    return { latest, basis: ordered.filter((event) => event.stance === latest.stance), recordCount: ordered.length };
  });
  const target = targetsOf(
    db,
    current.flatMap((position) => position.basis),
  );
  const byTopic = new Map<string, Position[]>();
  for (const { latest, basis, recordCount } of current) {
    // One basis entry per record: a response answering several demands on a topic is one record.
    const records = [...groupBy(basis, (event) => `${event.type}:${event.id}`).values()].map((group) => group[0]!);
    const position: Position = {
      partyId: latest.partyId,
      stance: latest.stance,
      towards: [
        ...new Map(basis.map((event) => [`${event.towards.type}:${event.towards.id}`, target(event.towards)])).values(),
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
    const onTopic = byTopic.get(latest.topicKey);
    if (onTopic) onTopic.push(position);
    else byTopic.set(latest.topicKey, [position]);
  }
  // By party id, as SQLite orders text (stored positions are read in that order).
  for (const positions of byTopic.values()) positions.sort((a, b) => (a.partyId < b.partyId ? -1 : 1));
  return byTopic;
}

/** The quotes of the records these positions rest on (from the given sources only, when given). */
export function quotesOf(
  db: Reader,
  shown: readonly Position[],
  sourceIds: readonly string[] | undefined,
): PositionQuotes {
  const quotes: PositionQuotes = {};
  for (const type of ['demand', 'response'] as const) {
    const ids = new Set<string>();
    for (const position of shown) {
      for (const basis of position.basis) if (basis.type === type) ids.add(basis.id);
    }
    const records = withEvidence(
      db,
      type,
      [...ids].map((id) => ({ id })),
      { sourceIds },
    );
    for (const record of records) quotes[recordHref(type, record.id)] = record.evidence;
  }
  return quotes;
}
