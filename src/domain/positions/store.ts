/**
 * Positions as stored: the write path derives the positions of every topic its change marked stale
 * (triggers mark them, src/db/triggers.ts) and stores them, with the quotes they rest on, before it
 * commits, so a read of the present is a lookup. Each is kept as the JSON the API answers, so a page
 * can be answered without parsing it. Reads derive afresh while any topic is left stale.
 */
import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { AppDatabase, WriteTransaction } from '../../db/client.js';
import { issues, positionQuotes, positions, proposals, stalePositionTopics, topicPositions } from '../../db/schema.js';
import { fixedLimit, limitPlaceholder, reuseStatement } from '../../db/statements.js';
import { allOrEach, chunks } from '../../lib/collections.js';
import { type Segment, whole } from '../../lib/splice.js';
import type { DerivationFailureReport } from '../derivation-failures.js';
import { prepareSelect } from '../prepared.js';
import {
  derivePositions,
  type PositionFilters,
  type PositionQuotes,
  quotesOf,
  type TopicBranch,
  type TopicRef,
  type TopicType,
  topicKey,
} from './derive.js';

/** Rows per insert, well under SQLite's 32,766 bound parameters. */
const insertBatch = 500;
/** Topics derived at once: bounds the memory and the parameters of each query, and a start's transactions. */
export const refreshBatch = 50;

/**
 * The version of what is stored (how positions are derived, the JSON they are kept as), recorded in
 * `app_settings` by migration 0010. Bump it with any change to either: at start, a database holding another
 * version has every topic marked stale and stored again (see `refreshStaleData`). A new table stored beside
 * them (0012, `topic_positions`) is filled by its migration's stale marks instead, so that a server of the
 * version before, still running beside this one, does not store every topic again at each of its starts.
 */
export const storedPositionsVersion = '1';
export const storedPositionsSetting = 'stored_positions_version';

/** Marks every topic stale and records the current version, for the next refresh to store them all. */
export function markEveryTopicStale(tx: WriteTransaction): void {
  for (const [type, table] of [
    ['issue', issues],
    ['proposal', proposals],
  ] as const) {
    const every = sql`select ${type}, ${table.id} from ${table}`;
    tx.run(sql`insert or ignore into ${stalePositionTopics} (topic_type, topic_id) ${every}`);
  }
  tx.run(
    sql`insert or replace into app_settings (key, value) values (${storedPositionsSetting}, ${storedPositionsVersion})`,
  );
}

/** The topics marked stale, in key order, after `after` when given (the first `limit`, or all). */
export function staleTopics(
  tx: WriteTransaction | AppDatabase,
  { limit, after }: { limit?: number | undefined; after?: TopicRef | undefined } = {},
): TopicRef[] {
  const query = tx
    .select({ type: stalePositionTopics.topicType, id: stalePositionTopics.topicId })
    .from(stalePositionTopics)
    .where(after ? sql`(topic_type, topic_id) > (${after.type}, ${after.id})` : undefined)
    .orderBy(stalePositionTopics.topicType, stalePositionTopics.topicId);
  return limit === undefined ? query.all() : query.limit(fixedLimit(limit)).all();
}

/**
 * Derives and stores the positions on these topics (the stale ones: all, by default), then clears their
 * marks (within a write). Returns how many it stored. A topic that cannot be derived (a bad row written
 * outside the API) stays marked with its rows as they were, and the write or the start goes on; `report`
 * hears of it.
 */
export function refreshStalePositions(
  tx: WriteTransaction,
  topics: readonly TopicRef[] = staleTopics(tx),
  report?: DerivationFailureReport,
): number {
  let refreshed = 0;
  for (const batch of chunks(topics, refreshBatch)) {
    const { results, done } = allOrEach(
      batch,
      (some) => {
        const onTopics = derivePositions(tx, some, {}, undefined);
        return { onTopics, quotes: quotesOf(tx, [...onTopics.values()].flat(), undefined) };
      },
      (topic, error) => report?.({ stored: 'positions', type: topic.type, id: topic.id, error }),
    );
    if (done.length === 0) continue;
    const derived = new Map(results.flatMap(({ onTopics }) => [...onTopics]));
    const quotes: PositionQuotes = Object.assign({}, ...results.map((result) => result.quotes));
    tx.delete(positions).where(onTopics(positions, done)).run();
    tx.delete(positionQuotes).where(onTopics(positionQuotes, done)).run();
    tx.delete(topicPositions).where(onTopics(topicPositions, done)).run();
    const quotesJson = (href: string) => JSON.stringify(quotes[href] ?? []);
    const positionRows: (typeof positions.$inferInsert)[] = [];
    const quoteRows: (typeof positionQuotes.$inferInsert)[] = [];
    const topicRows: (typeof topicPositions.$inferInsert)[] = [];
    for (const topic of done) {
      const onTopic = derived.get(topicKey(topic)) ?? [];
      if (onTopic.length === 0) continue;
      const json = onTopic.map((position) => JSON.stringify(position));
      onTopic.forEach((position, index) => {
        const at = { topicType: topic.type, topicId: topic.id, partyId: position.partyId, stance: position.stance };
        positionRows.push({ ...at, position: json[index]! });
        for (const { href } of position.basis) quoteRows.push({ ...at, href, quotes: quotesJson(href) });
      });
      const hrefs = [...new Set(onTopic.flatMap((position) => position.basis.map((basis) => basis.href)))].sort();
      const quotesOnTopic = joinMembers(hrefs.map((href) => [href, `${JSON.stringify(href)}:${quotesJson(href)}`]));
      const piece = {
        positions: json.join(','),
        quotes: quotesOnTopic.text,
        quoteIndex: JSON.stringify(quotesOnTopic.index),
      };
      topicRows.push({ topicType: topic.type, topicId: topic.id, ...piece, digest: pieceDigest(piece) });
    }
    for (const run of chunks(positionRows, insertBatch)) tx.insert(positions).values(run).run();
    for (const run of chunks(quoteRows, insertBatch)) tx.insert(positionQuotes).values(run).run();
    for (const run of chunks(topicRows, insertBatch)) tx.insert(topicPositions).values(run).run();
    tx.delete(stalePositionTopics).where(onTopics(stalePositionTopics, done)).run();
    refreshed += done.length;
  }
  return refreshed;
}

/** Whether a write outside the write path (or a migration) left topics whose stored positions may be wrong. */
export function hasStaleTopics(db: AppDatabase): boolean {
  return staleMark(db).get() !== undefined;
}

const staleMark = (db: AppDatabase) =>
  reuseStatement(db, 'positions|stale', () =>
    db.select({ one: sql`1` }).from(stalePositionTopics).limit(fixedLimit(1)).prepare(),
  );

/** JSON text of a list, or null for no filter: one prepared statement serves every combination. */
const listParameter = (values: readonly string[] | undefined) => (values ? JSON.stringify(values) : null);
const inList = (column: SQLiteColumn, name: string) =>
  sql`(${sql.placeholder(name)} is null or ${column} in (select value from json_each(${sql.placeholder(name)})))`;
/** Rows of a stored table on the topics named in `topics`: JSON pairs of type and id. */
const onNamedTopics = (table: typeof positions | typeof positionQuotes | typeof topicPositions) =>
  sql`(${table.topicType}, ${table.topicId}) in
      (select value ->> 0, value ->> 1 from json_each(${sql.placeholder('topics')}))`;
/** The stored rows on the named topics, of the filtered parties and stances. */
const matching = (table: typeof positions | typeof positionQuotes) =>
  and(onNamedTopics(table), inList(table.partyId, 'parties'), inList(table.stance, 'stances'));

/**
 * Each topic's stored positions joined into one JSON list (without its brackets), in party order, as the
 * bytes SQLite joined: a page is a handful of Buffers, not one per row (a Buffer per row costs
 * better-sqlite3 about 2 µs; decoding the rows into strings and encoding the page again costs more).
 */
const positionsOnTopics = (db: AppDatabase) =>
  reuseStatement(db, 'positions|on-topics', () =>
    prepareSelect(
      {
        topicType: positions.topicType,
        topicId: positions.topicId,
        positions: sql<Buffer>`cast(group_concat(${positions.position}, ',' order by ${positions.partyId}) as blob)`,
      },
      (fields) =>
        db.select(fields).from(positions).where(matching(positions)).groupBy(positions.topicType, positions.topicId),
    ),
  );

/**
 * The quotes of every record the positions rest on, once each (a record backing positions on several
 * topics, or of several parties, has the same quotes on each), as the members of one JSON object in page
 * order (`pageOrder`): by the first topic of the page each backs, then by href.
 */
const quotesOnTopics = (db: AppDatabase) =>
  reuseStatement(db, 'positions|quotes-on-topics', () =>
    db.$client
      .prepare<{ topics: string; parties: string | null; stances: string | null }, Buffer | null>(
        `select cast(group_concat(json_quote(href) || ':' || quotes, ',' order by first, href) as blob)
         from (select q.href, q.quotes, min(cast(t.key as integer)) as first
               from json_each(:topics) t
               join position_quotes q on q.topic_type = t.value ->> 0 and q.topic_id = t.value ->> 1
               where (:parties is null or q.party_id in (select value from json_each(:parties)))
                 and (:stances is null or q.stance in (select value from json_each(:stances)))
               group by q.href)`,
      )
      .pluck(),
  );

/**
 * The stored positions on these topics (of the filtered parties, in the filtered stances): per
 * `topicKey`, the topic's positions as one JSON list without its brackets (topics without any are
 * absent); and the quotes of the records they rest on, as the members of a JSON object.
 */
export function storedPositionsJson(
  db: AppDatabase,
  topics: readonly TopicRef[],
  filters: Pick<PositionFilters, 'party' | 'stance'>,
): { byTopic: Map<string, Buffer>; quotes: Segment[]; digests?: (string | null)[] } {
  const inPieces = !filters.party && !filters.stance ? wholeTopicsJson(db, topics) : undefined;
  if (inPieces) return inPieces;
  const parameters = {
    topics: JSON.stringify(topics.map((topic) => [topic.type, topic.id])),
    parties: listParameter(filters.party),
    stances: listParameter(filters.stance),
  };
  const byTopic = new Map(
    positionsOnTopics(db)
      .all(parameters)
      .map((row) => [topicKey({ type: row.topicType, id: row.topicId }), row.positions]),
  );
  const quotes = quotesOnTopics(db).get(parameters);
  return { byTopic, quotes: quotes ? [whole(quotes)] : [] };
}

const wholeTopics = (db: AppDatabase) =>
  reuseStatement(db, 'positions|whole-topics', () =>
    prepareSelect(
      {
        topicType: topicPositions.topicType,
        topicId: topicPositions.topicId,
        positions: sql<Buffer>`cast(${topicPositions.positions} as blob)`,
        quotes: sql<Buffer>`cast(${topicPositions.quotes} as blob)`,
        quoteIndex: topicPositions.quoteIndex,
        digest: topicPositions.digest,
      },
      (fields) => db.select(fields).from(topicPositions).where(onNamedTopics(topicPositions)),
    ),
  );

/**
 * `storedPositionsJson` without filters: each topic's positions and quotes as stored in one piece;
 * undefined when a topic of the page has no piece (it has no positions, or a writer that does not store
 * pieces changed its rows: see topicPieceTriggers in src/db/triggers.ts), for the rows to answer.
 */
function wholeTopicsJson(
  db: AppDatabase,
  topics: readonly TopicRef[],
): { byTopic: Map<string, Buffer>; quotes: Segment[]; digests: (string | null)[] } | undefined {
  const rows = wholeTopics(db).all({ topics: JSON.stringify(topics.map((topic) => [topic.type, topic.id])) });
  if (rows.length < topics.length) return undefined;
  const byKey = new Map(rows.map((row) => [topicKey({ type: row.topicType, id: row.topicId }), row]));
  // In the order of the page, which the quotes follow (SQLite reads the rows in its own).
  const inOrder = topics.map((topic) => byKey.get(topicKey(topic))!);
  return {
    byTopic: new Map(inOrder.map((row) => [topicKey({ type: row.topicType, id: row.topicId }), row.positions])),
    quotes: mergeMembers(inOrder.map((row) => ({ members: row.quotes, index: JSON.parse(row.quoteIndex) }))),
    digests: inOrder.map((row) => row.digest),
  };
}

/**
 * The digest of what a topic's piece holds (each part's length first, so no two pieces share one). A page
 * of pieces is a function of its topics, their pieces and its cursor and total, so its ETag can be taken from
 * these digests rather than from hashing the page's bytes again (`listPositionsJson`).
 */
function pieceDigest(piece: { positions: string; quotes: string; quoteIndex: string }): string {
  const hash = createHash('sha1');
  for (const part of [piece.positions, piece.quotes, piece.quoteIndex]) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64url');
}

const comma: Segment = whole(Buffer.from(','));

/** A topic's stored quotes: the members joined with commas, and each one's key and where it ends. */
export type StoredMembers = { members: Buffer; index: readonly (readonly [key: string, end: number])[] };

/** Members of a JSON object (each key and member text) as stored: joined with commas, and each one's key and end. */
export function joinMembers(members: readonly (readonly [key: string, text: string])[]): {
  text: string;
  index: [key: string, end: number][];
} {
  let end = -1;
  const index = members.map(([key, text]): [string, number] => {
    end += 1 + Buffer.byteLength(text);
    return [key, end];
  });
  return { text: members.map(([, text]) => text).join(','), index };
}

/**
 * The members of several JSON objects, each stored in key order, as the members of one object (segments of
 * the stored bytes, with commas) in page order (`pageOrder`): each object's in turn, leaving out keys an
 * earlier one gave (a record's quotes are the same on every topic they back). Members that follow each
 * other where they are stored make one segment.
 */
export function mergeMembers(pieces: readonly StoredMembers[]): Segment[] {
  const merged: Segment[] = [];
  const seen = new Set<string>();
  for (const { members, index } of pieces) {
    let runStart = -1;
    let runEnd = -1;
    const closeRun = () => {
      if (runStart === -1) return;
      if (merged.length > 0) merged.push(comma);
      merged.push([members, runStart, runEnd]);
      runStart = -1;
    };
    let start = 0;
    for (const [key, end] of index) {
      if (seen.has(key)) closeRun();
      else {
        seen.add(key);
        if (runStart === -1) runStart = start;
        runEnd = end;
      }
      start = end + 1;
    }
    closeRun();
  }
  return merged;
}

/**
 * Topics with a stored position (of the filtered parties), the branches `listPositions` pages over:
 * issues first, then proposals, each through a statement prepared once per order. As when derived,
 * `stance` filters the positions on each topic of the page, not which topics make the page.
 */
export function storedTopicBranches(filters: PositionFilters): TopicBranch[] {
  const parties = listParameter(filters.party);
  const branch = (type: TopicType, rank: number): TopicBranch => {
    const table = type === 'issue' ? issues : proposals;
    const seq = sql<number>`${table}.rowid`;
    const stored = sql`exists (select 1 from ${positions} where ${and(
      eq(positions.topicType, type),
      sql`${positions.topicId} = ${table.id}`,
      inList(positions.partyId, 'parties'),
    )})`;
    return {
      type,
      rank,
      page: (db, { byTitle, after, limit }) => {
        const shape = `positions|topics|${type}|${byTitle ?? 'seq'}|${after ? 'after' : 'first'}`;
        const statement = reuseStatement(db, shape, () => {
          const title = sql.placeholder('title');
          const past = !after
            ? undefined
            : byTitle
              ? sql`(${table.title} ${byTitle === 'desc' ? sql`<` : sql`>`} ${title}
                     or (${table.title} = ${title} and ${seq} > ${sql.placeholder('seq')}))`
              : sql`${seq} > ${sql.placeholder('seq')}`;
          const order = byTitle === 'desc' ? desc(table.title) : asc(table.title);
          return db
            .select({ id: table.id, title: table.title, seq })
            .from(table)
            .where(and(stored, past))
            .orderBy(...(byTitle ? [order, seq] : [seq]))
            .limit(limitPlaceholder('limit'))
            .prepare();
        });
        return statement.all({ parties, limit, title: after?.title ?? null, seq: after?.seq ?? null });
      },
      count: (db) =>
        reuseStatement(db, `positions|topics-count|${type}`, () =>
          db.select({ n: count() }).from(table).where(stored).prepare(),
        ).get({ parties })?.n ?? 0,
    };
  };
  const wants = (type: TopicType) => !filters.topicType || filters.topicType.includes(type);
  return [...(wants('issue') ? [branch('issue', 0)] : []), ...(wants('proposal') ? [branch('proposal', 1)] : [])];
}

function onTopics(
  table: typeof positions | typeof positionQuotes | typeof topicPositions | typeof stalePositionTopics,
  topics: readonly TopicRef[],
) {
  const ofType = (type: TopicRef['type']) => topics.filter((topic) => topic.type === type).map((topic) => topic.id);
  return sql`(${and(eq(table.topicType, 'issue'), inArray(table.topicId, ofType('issue')))}
              or ${and(eq(table.topicType, 'proposal'), inArray(table.topicId, ofType('proposal')))})`;
}
