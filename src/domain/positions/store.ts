/**
 * Positions as stored: the write path derives the positions of every topic its change marked stale
 * (triggers mark them, src/db/triggers.ts) and stores them, with the quotes they rest on, before it
 * commits, so a read of the present is a lookup. Each is kept as the JSON the API answers, so a page
 * can be answered without parsing it. Reads derive afresh while any topic is left stale.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { AppDatabase, WriteTransaction } from '../../db/client.js';
import { issues, positionQuotes, positions, proposals, stalePositionTopics, topicTypes } from '../../db/schema.js';
import { reuseStatement } from '../../db/statements.js';
import { chunks } from '../../lib/collections.js';
import { prepareSelect } from '../prepared.js';
import {
  derivePositions,
  type PositionFilters,
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
 * `app_settings` by migration 0010. Bump it with any change to either: at start, a database holding
 * another version has every topic marked stale and stored again (see `refreshStaleData`).
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

/**
 * Derives and stores the positions on stale topics (all of them, or the first `limit`), then clears
 * their marks (within a write). Returns how many it stored.
 */
export function refreshStalePositions(tx: WriteTransaction, { limit }: { limit?: number } = {}): number {
  const query = tx
    .select({ type: stalePositionTopics.topicType, id: stalePositionTopics.topicId })
    .from(stalePositionTopics);
  const stale = limit === undefined ? query.all() : query.limit(limit).all();
  for (const batch of chunks(stale, refreshBatch)) {
    tx.delete(positions).where(onTopics(positions, batch)).run();
    tx.delete(positionQuotes).where(onTopics(positionQuotes, batch)).run();
    const derived = derivePositions(tx, batch, {}, undefined);
    const quotes = quotesOf(tx, [...derived.values()].flat(), undefined);
    const positionRows = [];
    const quoteRows = [];
    for (const topic of batch) {
      for (const position of derived.get(topicKey(topic)) ?? []) {
        const at = { topicType: topic.type, topicId: topic.id, partyId: position.partyId, stance: position.stance };
        positionRows.push({ ...at, position: JSON.stringify(position) });
        for (const { href } of position.basis) {
          quoteRows.push({ ...at, href, quotes: JSON.stringify(quotes[href] ?? []) });
        }
      }
    }
    for (const run of chunks(positionRows, insertBatch)) tx.insert(positions).values(run).run();
    for (const run of chunks(quoteRows, insertBatch)) tx.insert(positionQuotes).values(run).run();
    tx.delete(stalePositionTopics).where(onTopics(stalePositionTopics, batch)).run();
  }
  return stale.length;
}

/** Whether a write outside the write path (or a migration) left topics whose stored positions may be wrong. */
export function hasStaleTopics(db: AppDatabase): boolean {
  return staleMark(db).get() !== undefined;
}

const staleMark = (db: AppDatabase) =>
  reuseStatement(db, 'positions|stale', () => db.select({ one: sql`1` }).from(stalePositionTopics).limit(1).prepare());

/** JSON text of a list, or null for no filter: one prepared statement serves every combination. */
const listParameter = (values: readonly string[] | undefined) => (values ? JSON.stringify(values) : null);
const inList = (column: SQLiteColumn, name: string) =>
  sql`(${sql.placeholder(name)} is null or ${column} in (select value from json_each(${sql.placeholder(name)})))`;
/** The stored rows on the topics of one type named in `ids`, of the filtered parties and stances. */
const matching = (table: typeof positions | typeof positionQuotes) =>
  and(
    eq(table.topicType, sql.placeholder('type')),
    sql`${table.topicId} in (select value from json_each(${sql.placeholder('ids')}))`,
    inList(table.partyId, 'parties'),
    inList(table.stance, 'stances'),
  );

/** Stored JSON as its UTF-8 bytes: an answer spliced from them is never decoded into strings and encoded again. */
const asBytes = (column: SQLiteColumn) => sql<Buffer>`cast(${column} as blob)`;

const positionsOnTopics = (db: AppDatabase) =>
  reuseStatement(db, 'positions|on-topics', () =>
    prepareSelect({ topicId: positions.topicId, position: asBytes(positions.position) }, (fields) =>
      db.select(fields).from(positions).where(matching(positions)).orderBy(positions.topicId, positions.partyId),
    ),
  );

const quotesOnTopics = (db: AppDatabase) =>
  reuseStatement(db, 'positions|quotes-on-topics', () =>
    prepareSelect({ href: positionQuotes.href, quotes: asBytes(positionQuotes.quotes) }, (fields) =>
      db.select(fields).from(positionQuotes).where(matching(positionQuotes)),
    ),
  );

/**
 * The stored positions on these topics (of the filtered parties, in the filtered stances), as JSON
 * (UTF-8 bytes) keyed by `topicKey` in party order, and the quotes of the records they rest on, by href.
 */
export function storedPositionsJson(
  db: AppDatabase,
  topics: readonly TopicRef[],
  filters: Pick<PositionFilters, 'party' | 'stance'>,
): { byTopic: Map<string, Buffer[]>; quotes: Map<string, Buffer> } {
  const byTopic = new Map<string, Buffer[]>();
  const quotes = new Map<string, Buffer>();
  for (const type of topicTypes) {
    const ids = topics.filter((topic) => topic.type === type).map((topic) => topic.id);
    if (ids.length === 0) continue;
    const parameters = {
      type,
      ids: JSON.stringify(ids),
      parties: listParameter(filters.party),
      stances: listParameter(filters.stance),
    };
    for (const { topicId, position } of positionsOnTopics(db).all(parameters)) {
      const key = topicKey({ type, id: topicId });
      const onTopic = byTopic.get(key);
      if (onTopic) onTopic.push(position);
      else byTopic.set(key, [position]);
    }
    // A record backing positions on several topics (or of several parties) has its quotes on each.
    for (const row of quotesOnTopics(db).all(parameters)) if (!quotes.has(row.href)) quotes.set(row.href, row.quotes);
  }
  return { byTopic, quotes };
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
            .limit(sql.placeholder('limit'))
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
  table: typeof positions | typeof positionQuotes | typeof stalePositionTopics,
  topics: readonly TopicRef[],
) {
  const ofType = (type: TopicRef['type']) => topics.filter((topic) => topic.type === type).map((topic) => topic.id);
  return sql`(${and(eq(table.topicType, 'issue'), inArray(table.topicId, ofType('issue')))}
              or ${and(eq(table.topicType, 'proposal'), inArray(table.topicId, ofType('proposal')))})`;
}
