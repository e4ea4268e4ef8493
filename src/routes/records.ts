import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../db/client.js';
import { evidence, type RecordType, sources } from '../db/schema.js';
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

/**
 * Where a record is first reported, as one sortable number: its earliest quote's source (by rowid)
 * times 2^32 plus the quote's offset. Records with no date keep this order, the sources' own.
 */
const reportKey = sql`min(s.rowid * 4294967296 + e.start)`;

/** The report key of one record, as a correlated subquery (for ordering in SQL); unreported records last. */
export function firstReportedSql(recordType: RecordType, id: SQL): SQL {
  return sql`coalesce((select ${reportKey} from ${evidence} e join ${sources} s on s.id = e.source_id
                       where e.record_type = ${recordType} and e.record_id = ${id}), ${Number.MAX_SAFE_INTEGER})`;
}

/** The report keys of many records at once; records without quotes are missing from the map. */
export function reportPositions(db: AppDatabase, recordType: RecordType, ids: string[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db.all<{ recordId: string; key: number }>(sql`
      select e.record_id as recordId, ${reportKey} as key
      from ${evidence} e join ${sources} s on s.id = e.source_id
      where e.record_type = ${recordType} and e.record_id in ${ids.slice(i, i + 500)}
      group by e.record_id`);
    for (const row of rows) positions.set(row.recordId, row.key);
  }
  return positions;
}

/**
 * Chronological order: records whose date is unknown first, in the order their sources report them,
 * then dated records by date (new developments usually arrive dated, after the reports before them).
 */
export function compareChronology(
  a: { date: string | null; position: number },
  b: { date: string | null; position: number },
): number {
  if (a.date !== b.date) {
    if (a.date === null) return -1;
    if (b.date === null) return 1;
    return a.date < b.date ? -1 : 1;
  }
  return a.position - b.position;
}

/** Rows of a table by id, in batches that stay under SQLite's parameter limit. */
export function rowsByIds<Table extends TableWithId>(db: AppDatabase, table: Table, ids: Iterable<string>): Table['$inferSelect'][] {
  const unique = [...new Set(ids)];
  const rows: Table['$inferSelect'][] = [];
  for (let i = 0; i < unique.length; i += 500) {
    rows.push(...(db.select().from(table as SQLiteTable).where(inArray(table.id, unique.slice(i, i + 500))).all() as Table['$inferSelect'][]));
  }
  return rows;
}

/** One row by id, or a 404 problem naming the resource. */
export function rowById<Table extends TableWithId>(db: AppDatabase, table: Table, resource: string, id: string): Table['$inferSelect'] {
  const row = db.select().from(table as SQLiteTable).where(eq(table.id, id)).get() as Table['$inferSelect'] | undefined;
  if (!row) throw new NotFoundError(resource, id);
  return row;
}

const collectionOf: Record<RecordType, string> = {
  source: 'sources',
  party: 'parties',
  actor: 'actors',
  issue: 'issues',
  proposal: 'proposals',
  demand: 'demands',
  response: 'responses',
  meeting: 'meetings',
};

/** Where the API serves a record. */
export function recordHref(type: RecordType, id: string): string {
  return `/v1/${collectionOf[type]}/${id}`;
}
