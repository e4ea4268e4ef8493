/**
 * Where each party stands: every party's current stance on each issue and proposal (derive.ts says
 * how), a page of topics at a time. The present is read from the positions the write path stores;
 * `asOf`, or topics a write outside the write path left stale, are derived afresh.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { type AppDatabase, inSnapshot } from '../../db/client.js';
import { issues, proposals, type topicTypes } from '../../db/schema.js';
import { reuseStatement } from '../../db/statements.js';
import { Splice, whole } from '../../lib/splice.js';
import { type AsOfScope, type ReadOptions, resolveAsOf } from '../as-of.js';
import { NotFoundError } from '../errors.js';
import { recordHref } from '../links.js';
import { cursorScope, decodeCursor, encodeCursor } from '../paging/cursor.js';
import type { Page, PageRequest } from '../paging/keyset.js';
import {
  derivePositions,
  type Position,
  type PositionFilters,
  type PositionQuotes,
  quotesOf,
  type TopicBranch,
  type TopicRow,
  topicBranches,
  topicKey,
} from './derive.js';
import { hasStaleTopics, storedPositionsJson, storedTopicBranches } from './store.js';

export { topicTypes } from '../../db/schema.js';
export { type PositionFilters, type PositionQuotes, positionStances } from './derive.js';

type TopicType = (typeof topicTypes)[number];
export type Topic = { type: TopicType; id: string; href: string; title: string };
export type TopicPositions = { topic: Topic; positions: Position[] };
export type TopicPositionsWithQuotes = TopicPositions & { quotes: PositionQuotes };

export const positionSortColumns = { title: issues.title };

/** A topic, its keys in the order the API writes them (stored positions are spliced beside it). */
const topicOf = (type: TopicType, id: string, title: string): Topic => ({
  type,
  id,
  href: recordHref(type, id),
  title,
});

type ListFilters = PositionFilters & ReadOptions & PageRequest<keyof typeof positionSortColumns>;

/** Whether to read the stored positions: for the present, when no topic awaits a refresh. */
const readsStored = (db: AppDatabase, scope: AsOfScope | undefined) => !scope && !hasStaleTopics(db);

/**
 * The order of a page's `quotes`, whichever way it is built: by the first topic of the page each record
 * backs, then by href (binary, as SQLite orders text), each record once.
 */
export function pageOrder(topics: readonly { positions: readonly Position[] }[]): string[] {
  const ordered = new Set<string>();
  for (const { positions } of topics) {
    const hrefs = positions.flatMap((position) => position.basis.map((basis) => basis.href));
    for (const href of [...new Set(hrefs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) ordered.add(href);
  }
  return [...ordered];
}

/**
 * The topics of a page with their positions (`byTopic` holds the topics that have any): a topic none of
 * whose positions a `stance` filter keeps (or, as of a point in time, that has none yet) is left out.
 */
function shownTopics<OnTopic>(
  topics: Topic[],
  byTopic: Map<string, OnTopic>,
  none: OnTopic,
  filters: PositionFilters,
  scope?: AsOfScope,
): { topic: Topic; positions: OnTopic }[] {
  const keepsEmpty = !filters.stance && !scope;
  return topics.flatMap((topic) => {
    const positions = byTopic.get(topicKey(topic));
    return positions !== undefined ? [{ topic, positions }] : keepsEmpty ? [{ topic, positions: none }] : [];
  });
}

/** Each topic with every party's position on it, and the quotes of the records the positions rest on. */
function positionsOn(
  db: AppDatabase,
  topics: Topic[],
  filters: PositionFilters,
  scope: AsOfScope | undefined,
  stored: boolean,
): { topics: TopicPositions[]; quotes: PositionQuotes } {
  if (stored) {
    const { byTopic, quotes } = storedPositionsJson(db, topics, filters);
    return {
      topics: shownTopics(topics, byTopic, undefined, filters).map(({ topic, positions }) => ({
        topic,
        positions: positions ? (JSON.parse(`[${positions}]`) as Position[]) : [],
      })),
      quotes: JSON.parse(`{${new Splice().add(...quotes).toBuffer()}}`) as PositionQuotes,
    };
  }
  const derived = derivePositions(db, topics, filters, scope);
  const byTopic = new Map<string, Position[]>();
  for (const [key, positions] of derived) {
    const kept = positions.filter((position) => !filters.stance || filters.stance.includes(position.stance));
    if (kept.length > 0) byTopic.set(key, kept);
  }
  const answered = shownTopics(topics, byTopic, [], filters, scope);
  // Only the quotes of records a page shows (at most ten per position), in a stable order.
  const quotes = quotesOf(
    db,
    answered.flatMap((entry) => entry.positions),
    scope?.sourceIds,
  );
  return {
    topics: answered,
    quotes: Object.fromEntries(pageOrder(answered).map((href) => [href, quotes[href] ?? []])),
  };
}

/** A page of the topics with positions (stored, or derived from the records), in the order asked for. */
function pageOfTopics(
  db: AppDatabase,
  filters: ListFilters,
  branches: TopicBranch[],
): { topics: Topic[]; nextCursor: string | null; total?: number } {
  const sortSpec = filters.sort.map((key) => `${key.descending ? '-' : ''}${key.field}`).join(',');
  const cursorKey = `${cursorScope('positions', filters)}|${sortSpec}`;
  const byTitle = filters.sort[0] ? (filters.sort[0].descending ? 'desc' : 'asc') : undefined;
  const [cursorRank, title, seq] = filters.cursor ? decodeCursor(db, filters.cursor, cursorKey, 3).keys : [];
  // Branch by branch, each in its own order with its own limit, so the database reads only the rows a page
  // needs (through an index) rather than every topic to sort them.
  const rows: (TopicRow & { type: TopicType; rank: number })[] = [];
  for (const branch of branches) {
    if (rows.length > filters.limit || Number(cursorRank ?? branch.rank) > branch.rank) continue;
    const after = Number(cursorRank) === branch.rank ? { title: String(title), seq: Number(seq) } : undefined;
    const found = branch.page(db, { byTitle, after, limit: filters.limit + 1 - rows.length });
    rows.push(...found.map((row) => ({ ...row, type: branch.type, rank: branch.rank })));
  }
  const total = filters.count ? branches.reduce((sum, branch) => sum + branch.count(db), 0) : undefined;
  const pageRows = rows.slice(0, filters.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor(db, cursorKey, { keys: [last.rank, last.title, last.seq], rowid: 0 })
      : null;
  const topics = pageRows.map(({ type, id, title }) => topicOf(type, id, title));
  return { topics, nextCursor, ...(total === undefined ? {} : { total }) };
}

/** The topics with positions, a page at a time, each with every party's current stance on it. */
export function listPositions(
  db: AppDatabase,
  filters: ListFilters,
): Page<TopicPositions> & { quotes: PositionQuotes } {
  return inSnapshot(db, () => {
    const scope = resolveAsOf(db, filters.asOf);
    const stored = readsStored(db, scope);
    const branches = stored ? storedTopicBranches(filters) : topicBranches(filters);
    const { topics, ...page } = pageOfTopics(db, filters, branches);
    const { topics: items, quotes } = positionsOn(db, topics, filters, scope, stored);
    return { items, ...page, quotes };
  });
}

/**
 * The same page as `listPositions`, as the JSON text of the answer, spliced from the stored positions
 * without parsing them; undefined when the page must be derived (`asOf`, or topics left stale).
 */
export function listPositionsJson(
  db: AppDatabase,
  filters: ListFilters,
): { json: Buffer; nextCursor: string | null; etag?: string } | undefined {
  if (filters.asOf !== undefined) return undefined;
  return inSnapshot(db, () => {
    if (!readsStored(db, undefined)) return undefined;
    const { topics, nextCursor, total } = pageOfTopics(db, filters, storedTopicBranches(filters));
    const { byTopic, quotes, digests } = storedPositionsJson(db, topics, filters);
    // Spliced from the bytes SQLite read: never decoded into strings, each byte copied once.
    const json = new Splice().text('{"items":[');
    shownTopics(topics, byTopic, undefined, filters).forEach(({ topic, positions }, index) => {
      json.text(`${index > 0 ? ',' : ''}{"topic":${JSON.stringify(topic)},"positions":[`);
      if (positions) json.add(whole(positions));
      json.text(']}');
    });
    const counted = total === undefined ? '' : `,"total":${total}`;
    json.text(`],"nextCursor":${JSON.stringify(nextCursor)}${counted},"quotes":{`);
    json.add(...quotes).text('}}');
    // A page of pieces is a function of its topics, their pieces, its cursor and its total (and of how this
    // code splices them): its strong ETag comes from those, rather than from hashing 290 KB again at 100k.
    const etag =
      digests?.every((digest) => digest !== null) === true
        ? `"p${createHash('sha1')
            .update(JSON.stringify([splicedPageFormat, topics, nextCursor, total ?? null, digests]))
            .digest('base64url')}"`
        : undefined;
    return { json: json.toBuffer(), nextCursor, ...(etag ? { etag } : {}) };
  });
}

/** How `listPositionsJson` writes a page of pieces: part of its ETag, so a change to it changes every ETag. */
const splicedPageFormat = 'positions-page/1';

/** Every party's current stance on one issue or proposal (an empty list when none has one). */
export function positionsOnTopic(
  db: AppDatabase,
  type: TopicType,
  id: string,
  filters: Omit<PositionFilters, 'topicType'> & ReadOptions,
): TopicPositionsWithQuotes {
  const table = type === 'issue' ? issues : proposals;
  const row = reuseStatement(db, `positions|topic|${type}`, () =>
    db
      .select({ id: table.id, title: table.title })
      .from(table)
      .where(eq(table.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
  if (!row) throw new NotFoundError(type, id);
  const topic = topicOf(type, row.id, row.title);
  return inSnapshot(db, () => {
    const scope = resolveAsOf(db, filters.asOf);
    const { topics, quotes } = positionsOn(db, [topic], filters, scope, readsStored(db, scope));
    return { ...(topics[0] ?? { topic, positions: [] }), quotes };
  });
}
