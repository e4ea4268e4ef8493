/**
 * Positions as stored: the write path derives the positions of every topic its change marked stale
 * (triggers mark them, src/db/triggers.ts) and stores them before it commits, so a read of the
 * present is a lookup. Reads fall back to deriving while any topic is left stale (see `hasStaleTopics`).
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase, WriteTransaction } from '../../db/client.js';
import { issues, positions, proposals, stalePositionTopics } from '../../db/schema.js';
import { chunks } from '../../lib/collections.js';
import { anyOf } from '../paging/filters.js';
import { derivePositions, type Position, type PositionFilters, type TopicRef, topicKey } from './derive.js';

/** Rows per insert: eight columns each, well under SQLite's 32,766 bound parameters. */
const insertBatch = 500;

/** Derives and stores the positions on every stale topic, then clears the marks (within a write). */
export function refreshStalePositions(tx: WriteTransaction): number {
  const stale = tx
    .select({ type: stalePositionTopics.topicType, id: stalePositionTopics.topicId })
    .from(stalePositionTopics)
    .all();
  if (stale.length === 0) return 0;
  for (const batch of chunks(stale)) {
    tx.delete(positions).where(onTopics(batch)).run();
  }
  const derived = derivePositions(tx, stale, {}, undefined);
  const rows = stale.flatMap((topic) =>
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
  for (let at = 0; at < rows.length; at += insertBatch) {
    tx.insert(positions)
      .values(rows.slice(at, at + insertBatch))
      .run();
  }
  tx.delete(stalePositionTopics).run();
  return stale.length;
}

/** Whether a write outside the write path (or a migration) left topics whose stored positions may be wrong. */
export function hasStaleTopics(db: AppDatabase): boolean {
  return db.select({ one: sql`1` }).from(stalePositionTopics).limit(1).get() !== undefined;
}

/** The stored positions on these topics, by the filtered parties and stances; keyed by `topicKey`. */
export function storedPositions(
  db: AppDatabase,
  topics: readonly TopicRef[],
  filters: Pick<PositionFilters, 'party' | 'stance'>,
): Map<string, Position[]> {
  const byTopic = new Map<string, Position[]>();
  for (const batch of chunks(topics)) {
    const rows = db
      .select()
      .from(positions)
      .where(and(onTopics(batch), anyOf(positions.partyId, filters.party), anyOf(positions.stance, filters.stance)))
      .all();
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
  // The order derivation gives (derive.ts), which SQLite's binary collation need not match.
  for (const list of byTopic.values()) list.sort((a, b) => a.partyId.localeCompare(b.partyId));
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
export function storedTopicBranches(filters: PositionFilters): SQL[] {
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
    ...(wants('issue') ? [branch('issue', 0, issues)] : []),
    ...(wants('proposal') ? [branch('proposal', 1, proposals)] : []),
  ];
}
