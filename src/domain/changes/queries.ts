/** The change feed: every revision in commit order, and one record's revisions. */
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type RecordType, revisions } from '../../db/schema.js';
import { fixedLimit } from '../../db/statements.js';
import { recordHref } from '../links.js';

export type Change = {
  id: number;
  type: RecordType;
  recordId: string;
  href: string;
  action: 'create' | 'update' | 'delete';
  actor: string;
  recordedAt: string;
};

export type Revision = Change & { before: Record<string, unknown> | null; after: Record<string, unknown> | null };

const toChange = (row: typeof revisions.$inferSelect): Change => ({
  id: row.id,
  type: row.recordType,
  recordId: row.recordId,
  href: recordHref(row.recordType, row.recordId),
  action: row.action,
  actor: row.actor,
  recordedAt: row.recordedAt,
});

/** Changes committed after `after` (a change id; 0 for the beginning), oldest first. */
export function changesAfter(db: AppDatabase, after: number, limit: number): { items: Change[]; last: number } {
  const rows = db
    .select()
    .from(revisions)
    .where(gt(revisions.id, after))
    .orderBy(asc(revisions.id))
    .limit(fixedLimit(limit))
    .all();
  return { items: rows.map(toChange), last: rows.at(-1)?.id ?? after };
}

/** A record's revisions, oldest first; with `recordedAt`, only those the database held by then. */
export function revisionsOf(db: AppDatabase, type: RecordType, id: string, recordedAt?: string): Revision[] {
  return db
    .select()
    .from(revisions)
    .where(
      and(
        eq(revisions.recordType, type),
        eq(revisions.recordId, id),
        recordedAt ? lte(revisions.recordedAt, new Date(recordedAt).toISOString()) : undefined,
      ),
    )
    .orderBy(asc(revisions.id))
    .all()
    .map((row) => ({ ...toChange(row), before: row.before ?? null, after: row.after ?? null }));
}
