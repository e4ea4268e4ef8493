import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase, WriteTransaction } from '../db/client.js';
import { eventOrder, evidence, type RecordType, sources } from '../db/schema.js';
import { chunks } from '../lib/collections.js';

/**
 * Where a record is first reported, as one sortable number: its earliest quote's source (by rowid)
 * times 2^32 plus the quote's offset. Records with no date keep this order, the sources' own.
 */
const reportKey = sql<number>`min(${sources}.rowid * 4294967296 + ${evidence.start})`;

/** The report key of one record, as a correlated subquery (for ordering in SQL); unreported records last. */
export function firstReportedSql(recordType: RecordType, id: SQL): SQL {
  return sql`coalesce((select ${reportKey} from ${evidence} join ${sources} on ${sources.id} = ${evidence.sourceId}
                       where ${evidence.recordType} = ${recordType} and ${evidence.recordId} = ${id}),
                      ${Number.MAX_SAFE_INTEGER})`;
}

/** The report keys of many records at once; records without quotes are missing from the map. */
export function reportPositions(
  db: AppDatabase | WriteTransaction,
  recordType: RecordType,
  ids: string[],
): Map<string, number> {
  const positions = new Map<string, number>();
  for (const batch of chunks(ids)) {
    const rows = db
      .select({ recordId: evidence.recordId, key: reportKey })
      .from(evidence)
      .innerJoin(sources, eq(sources.id, evidence.sourceId))
      .where(and(eq(evidence.recordType, recordType), inArray(evidence.recordId, batch)))
      .groupBy(evidence.recordId)
      .all();
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

/**
 * Where events stand on the timeline when their dates are unknown: their report position, or the
 * position the text's sequence gives them (`event_order`, see event-order.ts) when it is later.
 */
export function timelinePositions(
  db: AppDatabase | WriteTransaction,
  recordType: RecordType,
  ids: string[],
): Map<string, number> {
  const positions = reportPositions(db, recordType, ids);
  for (const batch of chunks(ids)) {
    const moved = db
      .select({ recordId: eventOrder.recordId, position: eventOrder.position })
      .from(eventOrder)
      .where(and(eq(eventOrder.recordType, recordType), inArray(eventOrder.recordId, batch)))
      .all();
    for (const row of moved) positions.set(row.recordId, row.position);
  }
  return positions;
}

/** A record's timeline position as SQL: the sequenced position when there is one, else its report position. */
export function timelinePositionSql(recordType: RecordType, id: SQL): SQL {
  return sql`coalesce((select ${eventOrder.position} from ${eventOrder}
                       where ${eventOrder.recordType} = ${recordType} and ${eventOrder.recordId} = ${id}),
                      ${firstReportedSql(recordType, id)})`;
}
