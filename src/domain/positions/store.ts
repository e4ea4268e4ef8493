/**
 * Positions as stored: the write path derives the positions of every topic its change marked stale
 * (triggers mark them, src/db/triggers.ts) and stores them before it commits, so a read of the
 * present is a lookup. Reads fall back to deriving while any topic is left stale (see `hasStaleTopics`).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { AppDatabase, WriteTransaction } from '../../db/client.js';
import { preparedPerDatabase } from '../../db/prepared.js';
import { issues, positions, proposals, stalePositionTopics, topicTypes } from '../../db/schema.js';
import { chunks } from '../../lib/collections.js';
import { anyOf } from '../paging/filters.js';
import {
  derivePositions,
  type Position,
  type PositionFilters,
  type TopicBranch,
  type TopicRef,
  topicKey,
} from './derive.js';

/** Rows per insert: eight columns each, well under SQLite's 32,766 bound parameters. */
const insertBatch = 500;

/** Topics derived at once when refreshing: bounds the memory and the parameters of each query. */
const topicBatch = 50;

/** Derives and stores the positions on every stale topic, then clears the marks (within a write). */
export function refreshStalePositions(tx: WriteTransaction): number {
  const stale = tx
    .select({ type: stalePositionTopics.topicType, id: stalePositionTopics.topicId })
    .from(stalePositionTopics)
    .all();
  for (const batch of chunks(stale, topicBatch)) {
    tx.delete(positions).where(onTopics(batch)).run();
    const derived = derivePositions(tx, batch, {}, undefined);
    const rows = batch.flatMap((topic) =>
      (derived.get(topicKey(topic)) ?? []).map((position) => ({
        topicType: topic.type,
        topicId: topic.id,
        partyId: position.partyId,
        stance: position.stance,
        towards: JSON.stringify(position.towards),
        basis: JSON.stringify(position.basis),
        basisCount: position.basisCount,
        recordCount: position.recordCount,
      })),
    );
    for (const run of chunks(rows, insertBatch)) tx.insert(positions).values(run).run();
  }
  if (stale.length > 0) tx.delete(stalePositionTopics).run();
  return stale.length;
}

/** Whether a write outside the write path (or a migration) left topics whose stored positions may be wrong. */
export function hasStaleTopics(db: AppDatabase): boolean {
  return db.select({ one: sql`1` }).from(stalePositionTopics).limit(1).get() !== undefined;
}

/** JSON text of a list, or null for no filter: one prepared statement serves every combination. */
const listParameter = (values: readonly string[] | undefined) => (values ? JSON.stringify(values) : null);
const inList = (column: SQLiteColumn, name: string) =>
  sql`(${sql.placeholder(name)} is null or ${column} in (select value from json_each(${sql.placeholder(name)})))`;

const positionsOnTopics = preparedPerDatabase((db) =>
  db
    .select()
    .from(positions)
    .where(
      and(
        eq(positions.topicType, sql.placeholder('type')),
        sql`${positions.topicId} in (select value from json_each(${sql.placeholder('ids')}))`,
        inList(positions.partyId, 'parties'),
        inList(positions.stance, 'stances'),
      ),
    )
    .orderBy(positions.topicId, positions.partyId)
    .prepare(),
);

/** The stored positions on these topics, by the filtered parties and stances; keyed by `topicKey`. */
export function storedPositions(
  db: AppDatabase,
  topics: readonly TopicRef[],
  filters: Pick<PositionFilters, 'party' | 'stance'>,
): Map<string, Position[]> {
  const byTopic = new Map<string, Position[]>();
  for (const type of topicTypes) {
    const ids = topics.filter((topic) => topic.type === type).map((topic) => topic.id);
    if (ids.length === 0) continue;
    const rows = positionsOnTopics(db).all({
      type,
      ids: JSON.stringify(ids),
      parties: listParameter(filters.party),
      stances: listParameter(filters.stance),
    });
    for (const row of rows) {
      const key = topicKey({ type: row.topicType, id: row.topicId });
      const position: Position = {
        partyId: row.partyId,
        stance: row.stance as Position['stance'],
        towards: JSON.parse(row.towards),
        basis: JSON.parse(row.basis),
        basisCount: row.basisCount,
        recordCount: row.recordCount,
      };
      const onTopic = byTopic.get(key);
      if (onTopic) onTopic.push(position);
      else byTopic.set(key, [position]);
    }
  }
  return byTopic;
}

function onTopics(topics: readonly TopicRef[]) {
  const ofType = (type: TopicRef['type']) => topics.filter((topic) => topic.type === type).map((topic) => topic.id);
  return sql`(${and(eq(positions.topicType, 'issue'), inArray(positions.topicId, ofType('issue')))}
              or ${and(eq(positions.topicType, 'proposal'), inArray(positions.topicId, ofType('proposal')))})`;
}

/**
 * Topics with a stored position (of the filtered parties, in the filtered stances), as the SQL union
 * branches `listPositions` pages over: issues first, then proposals.
 */
export function storedTopicBranches(filters: PositionFilters): TopicBranch[] {
  const wants = (type: TopicRef['type']) => !filters.topicType || filters.topicType.includes(type);
  const branch = (type: TopicRef['type'], rank: number, table: typeof issues | typeof proposals) =>
    sql`select ${type} as type, ${rank} as rank, ${table.id} as id, ${table.title} as title, ${table}.rowid as seq
        from ${table}
        where exists (select 1 from ${positions}
                      where ${and(
                        eq(positions.topicType, type),
                        sql`${positions.topicId} = ${table.id}`,
                        anyOf(positions.partyId, filters.party),
                        anyOf(positions.stance, filters.stance),
                      )})`;
  return [
    ...(wants('issue') ? [{ rank: 0, query: branch('issue', 0, issues) }] : []),
    ...(wants('proposal') ? [{ rank: 1, query: branch('proposal', 1, proposals) }] : []),
  ];
}
