import { and, eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../db/client.js';
import { evidence, type RecordType } from '../db/schema.js';
import { NotFoundError } from '../http/problem.js';

export type Evidence = { sourceId: string; quote: string; start: number; end: number };

/** Groups rows by a key, keeping each group in row order. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Adds each record's evidence with one query for the whole batch. */
export function withEvidence<Row extends { id: string }>(
  db: AppDatabase,
  recordType: RecordType,
  rows: Row[],
): (Row & { evidence: Evidence[] })[] {
  if (rows.length === 0) return [];
  const quotes = db
    .select({
      recordId: evidence.recordId,
      sourceId: evidence.sourceId,
      quote: evidence.quote,
      start: evidence.start,
      end: evidence.end,
    })
    .from(evidence)
    .where(
      and(
        eq(evidence.recordType, recordType),
        inArray(
          evidence.recordId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(evidence.id)
    .all();
  const byRecord = groupBy(quotes, (quote) => quote.recordId);
  return rows.map((row) => ({
    ...row,
    evidence: (byRecord.get(row.id) ?? []).map(({ recordId: _recordId, ...quote }) => quote),
  }));
}

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** Throws a 404 problem unless a record with this id exists; cheaper than loading it. */
export function assertRecordExists(db: AppDatabase, table: TableWithId, resource: string, id: string): void {
  const found = db.select({ id: table.id }).from(table).where(eq(table.id, id)).get();
  if (!found) throw new NotFoundError(resource, id);
}
