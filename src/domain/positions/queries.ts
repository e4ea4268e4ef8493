/**
 * Where each party stands: every party's current stance on each issue and proposal (derive.ts says
 * how), a page of topics at a time. The present is read from the positions the write path stores;
 * `asOf`, or topics a write outside the write path left stale, are derived afresh.
 */
import { eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { issues, proposals, type topicTypes } from '../../db/schema.js';
import { type AsOfScope, type ReadOptions, resolveAsOf } from '../as-of.js';
import { NotFoundError } from '../errors.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { recordHref } from '../links.js';
import { cursorScope, decodeCursor, encodeCursor } from '../paging/cursor.js';
import type { Page, PageRequest } from '../paging/keyset.js';
import { derivePositions, type Position, type PositionFilters, topicBranches, topicKey } from './derive.js';
import { hasStaleTopics, storedPositions, storedTopicBranches } from './store.js';

export { topicTypes } from '../../db/schema.js';
export { type PositionFilters, positionStances } from './derive.js';

type TopicType = (typeof topicTypes)[number];
export type Topic = { type: TopicType; id: string; href: string; title: string };
export type TopicPositions = { topic: Topic; positions: Position[] };
/**
 * The quotes behind the basis records of an answer, once per record, keyed by the record's href: a
 * response answering demands on three issues backs a position on each, and its quotes appear once.
 */
export type PositionQuotes = Record<string, Evidence[]>;
export type TopicPositionsWithQuotes = TopicPositions & { quotes: PositionQuotes };

export const positionSortColumns = { title: issues.title };

/** Whether to read the stored positions: for the present, when no topic awaits a refresh. */
const readsStored = (db: AppDatabase, scope: AsOfScope | undefined) => !scope && !hasStaleTopics(db);

/** Each topic with every party's position on it, and the quotes of the records the positions rest on. */
function positionsOn(
  db: AppDatabase,
  topics: Topic[],
  filters: PositionFilters,
  scope: AsOfScope | undefined,
  stored: boolean,
): { topics: TopicPositions[]; quotes: PositionQuotes } {
  const byTopic = stored ? storedPositions(db, topics, filters) : derivePositions(db, topics, filters, scope);
  const answered = topics
    .map((topic) => ({
      topic,
      positions: (byTopic.get(topicKey(topic)) ?? []).filter(
        (position) => !filters.stance || filters.stance.includes(position.stance),
      ),
    }))
    .filter((entry) => entry.positions.length > 0 || (!filters.stance && !scope));
  // Only the quotes of records a page shows (at most ten per position), in a stable order.
  const quotes: PositionQuotes = {};
  for (const type of ['demand', 'response'] as const) {
    const ids = new Set<string>();
    for (const { positions } of answered) {
      for (const position of positions) {
        for (const basis of position.basis) if (basis.type === type) ids.add(basis.id);
      }
    }
    for (const record of withEvidence(
      db,
      type,
      [...ids].map((id) => ({ id })),
      { sourceIds: scope?.sourceIds },
    )) {
      quotes[recordHref(type, record.id)] = record.evidence;
    }
  }
  return {
    topics: answered,
    quotes: Object.fromEntries(Object.entries(quotes).sort(([a], [b]) => a.localeCompare(b))),
  };
}

type TopicRow = { type: TopicType; rank: number; id: string; title: string; seq: number };

/** The topics with positions, a page at a time, each with every party's current stance on it. */
export function listPositions(
  db: AppDatabase,
  filters: PositionFilters & ReadOptions & PageRequest<keyof typeof positionSortColumns>,
): Page<TopicPositions> & { quotes: PositionQuotes } {
  const scope = resolveAsOf(db, filters.asOf);
  const stored = readsStored(db, scope);
  const branches = stored ? storedTopicBranches(filters) : topicBranches(filters);
  const sortSpec = filters.sort.map((key) => `${key.descending ? '-' : ''}${key.field}`).join(',');
  const cursorKey = `${cursorScope('positions', filters)}|${sortSpec}`;
  const byTitle = filters.sort[0];
  const [cursorRank, title, seq] = filters.cursor ? decodeCursor(db, filters.cursor, cursorKey, 3).keys : [];
  const direction = byTitle?.descending ? sql`desc` : sql`asc`;
  const orderBy = byTitle ? sql`title ${direction}, seq` : sql`seq`;
  // Branch by branch, each in its own order with its own limit, so the database reads only the rows a page
  // needs (through an index) rather than every topic to sort them.
  const rows: TopicRow[] = [];
  for (const { rank, query } of branches) {
    if (rows.length > filters.limit || Number(cursorRank ?? rank) > rank) continue;
    const after =
      Number(cursorRank) !== rank
        ? sql`1`
        : byTitle
          ? sql`(title ${byTitle.descending ? sql`<` : sql`>`} ${title} or (title = ${title} and seq > ${seq}))`
          : sql`seq > ${seq}`;
    const limit = filters.limit + 1 - rows.length;
    rows.push(...db.all<TopicRow>(sql`select * from (${query}) where ${after} order by ${orderBy} limit ${limit}`));
  }
  const total = filters.count
    ? branches.length
      ? (db.get<{ n: number }>(
          sql`select count(*) as n from (${sql.join(
            branches.map((branch) => branch.query),
            sql` union all `,
          )})`,
        )?.n ?? 0)
      : 0
    : undefined;
  const pageRows = rows.slice(0, filters.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor(db, cursorKey, { keys: [last.rank, last.title, last.seq], rowid: 0 })
      : null;
  const topics = pageRows.map(({ type, id, title }) => ({ type, id, title, href: recordHref(type, id) }));
  const { topics: items, quotes } = positionsOn(db, topics, filters, scope, stored);
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
  const scope = resolveAsOf(db, filters.asOf);
  const { topics, quotes } = positionsOn(db, [topic], filters, scope, readsStored(db, scope));
  return { ...(topics[0] ?? { topic, positions: [] }), quotes };
}
