/**
 * Records stored as the API answers them by default (no `include=`, no `asOf`): the write path derives
 * every record its triggers marked stale (src/db/triggers.ts, `storedRecordInputs`) and stores its JSON
 * before it commits, so a page of the present is its ids from the list query and their stored bytes,
 * spliced. A record still marked stale (a write outside the write path, a migration) is derived when read.
 * Demands are stored so far: the list most asked for, and the largest.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type AppDatabase, inSnapshot } from '../db/client.js';
import { demands, staleRecords, storedRecords, type storedRecordTypes } from '../db/schema.js';
import { reuseStatement } from '../db/statements.js';
import { allOrEach, chunks } from '../lib/collections.js';
import { Splice, whole } from '../lib/splice.js';
import { type DemandFilters, demandPageIds, type demandSortColumns } from './demands/queries.js';
import { derivationFailureReport } from './derivation-failures.js';
import type { Evidence } from './evidence.js';
import type { PageRequest } from './paging/keyset.js';
import type { Reason } from './reasons/queries.js';
import { type Demand, demandsAsAnswered } from './relations.js';

export type StoredRecordType = (typeof storedRecordTypes)[number];

/**
 * The version of what is stored (how records are derived, the JSON they are kept as), recorded in
 * `app_settings` by migration 0014. Bump it with any change to either: at start, a database holding
 * another version has every stored record marked stale and stored again (see `refreshStaleData`).
 */
export const storedRecordsVersion = '1';
export const storedRecordsSetting = 'stored_records_version';
/** Records derived at once: bounds memory, each query's parameters and a start's transactions. */
export const recordRefreshBatch = 500;

/** A piece of evidence, its keys in the order the API writes them (EvidenceSchema). */
const evidenceJson = (quote: Evidence) => ({
  sourceId: quote.sourceId,
  quote: quote.quote,
  start: quote.start,
  end: quote.end,
  attributedTo: { kind: quote.attributedTo.kind, id: quote.attributedTo.id, label: quote.attributedTo.label },
  reporting: quote.reporting,
  hedges: quote.hedges,
});

/** A reason, its keys in the order the API writes them (ReasonSchema). */
const reasonJson = (reason: Reason) => ({
  id: reason.id,
  href: reason.href,
  forType: reason.forType,
  forId: reason.forId,
  answersDemandId: reason.answersDemandId,
  summary: reason.summary,
  evidence: reason.evidence.map(evidenceJson),
  createdAt: reason.createdAt,
  updatedAt: reason.updatedAt,
});

/**
 * A demand as the API writes it (DemandSchema, without the included relations): the same keys in the
 * same order, so a page spliced from stored demands is byte for byte the page serialized from them, as
 * tests check against the schema.
 */
export const demandJson = (demand: Demand): string =>
  JSON.stringify({
    id: demand.id,
    href: demand.href,
    partyId: demand.partyId,
    proposalId: demand.proposalId,
    issueId: demand.issueId,
    title: demand.title,
    summary: demand.summary,
    status: demand.status,
    contested: demand.contested,
    raisedOn: demand.raisedOn,
    raisedOnPrecision: demand.raisedOnPrecision,
    evidence: demand.evidence.map(evidenceJson),
    createdAt: demand.createdAt,
    updatedAt: demand.updatedAt,
    reasons: demand.reasons.map(reasonJson),
  });

/** Each stored type: its table, and its records as the API answers them by default, as JSON, by id. */
const storedTypes: Record<
  StoredRecordType,
  {
    table: SQLiteTable & { id: SQLiteColumn };
    derive: (db: AppDatabase, ids: readonly string[]) => Map<string, string>;
  }
> = {
  demand: {
    table: demands,
    derive: (db, ids) => new Map(demandsAsAnswered(db, ids).map((demand) => [demand.id, demandJson(demand)])),
  },
};

/** Marks every stored record stale and records the current version, for the next refresh to store them all. */
export function markEveryRecordStale(db: AppDatabase): void {
  for (const [type, { table }] of Object.entries(storedTypes)) {
    db.run(
      sql`insert or ignore into ${staleRecords} (record_type, record_id) select ${type}, ${table.id} from ${table}`,
    );
  }
  db.run(
    sql`insert or replace into app_settings (key, value) values (${storedRecordsSetting}, ${storedRecordsVersion})`,
  );
}

/** A stale mark: which record, of a type this version stores. */
export type StaleMark = { recordType: StoredRecordType; recordId: string };

const knownTypes = Object.keys(storedTypes) as StoredRecordType[];

/**
 * The marks of the types this version stores, in key order, after `after` when given (the first `limit`, or
 * all). Marks of other types (a later version's, beside this one) are left for the version that stores them.
 */
export function staleMarks(
  db: AppDatabase,
  { limit, after }: { limit?: number | undefined; after?: StaleMark | undefined } = {},
): StaleMark[] {
  // `:limit + 0`, not `:limit`: see limitPlaceholder.
  const statement = reuseStatement(db, `records|marks|${after ? 'after' : 'first'}`, () =>
    db.$client.prepare<Record<string, unknown>, StaleMark>(
      `select record_type as recordType, record_id as recordId from stale_records
       where record_type in (select value from json_each(:types))
       ${after ? 'and (record_type, record_id) > (:afterType, :afterId)' : ''}
       order by record_type, record_id limit :limit + 0`,
    ),
  );
  return statement.all({
    types: JSON.stringify(knownTypes),
    limit: limit ?? -1,
    ...(after ? { afterType: after.recordType, afterId: after.recordId } : {}),
  });
}

/**
 * Derives and stores these marked records, then clears their marks; returns how many it stored again. A
 * record that cannot be derived (a bad row written outside the API) stays marked, with nothing stored, so
 * reads build it (and fail on it, as before) while the write or the start that came upon it goes on; the
 * database's derivation failure report hears of it. Runs inside a write transaction (src/domain/write.ts),
 * on its connection.
 */
export function refreshRecords(db: AppDatabase, marks: readonly StaleMark[]): number {
  let refreshed = 0;
  const report = derivationFailureReport(db);
  for (const type of knownTypes) {
    const ids = marks.filter((mark) => mark.recordType === type).map((mark) => mark.recordId);
    for (const batch of chunks(ids, recordRefreshBatch)) {
      const { results, done } = allOrEach(
        batch,
        (some) => storedTypes[type].derive(db, some),
        (id, error) => report?.({ stored: 'record', type, id, error }),
      );
      const ofIds = (table: typeof storedRecords | typeof staleRecords, some: string[]) =>
        and(eq(table.recordType, type), inArray(table.recordId, some));
      db.delete(storedRecords).where(ofIds(storedRecords, batch)).run();
      const rows = results.flatMap((derived) =>
        [...derived].map(([recordId, json]) => ({ recordType: type, recordId, json })),
      );
      for (const run of chunks(rows)) db.insert(storedRecords).values(run).run();
      if (done.length > 0) db.delete(staleRecords).where(ofIds(staleRecords, done)).run();
      refreshed += done.length;
    }
  }
  return refreshed;
}

/** Derives and stores the records marked stale (all of them, or the first `limit`); returns how many. */
export function refreshStaleRecords(db: AppDatabase, { limit }: { limit?: number } = {}): number {
  return refreshRecords(db, staleMarks(db, { limit }));
}

/**
 * The stored JSON of these records, in this order, joined with commas as the bytes SQLite read; undefined
 * when any of them is not stored as it stands now (marked stale), for the caller to build the page.
 */
export function storedJsonOf(db: AppDatabase, type: StoredRecordType, ids: readonly string[]): Buffer | undefined {
  if (ids.length === 0) return Buffer.alloc(0);
  // The ids drive the join (CROSS JOIN keeps them the outer loop), so rows are joined in their order: an
  // ORDER BY in the aggregate would sort the page's bytes again. `keys` says the order held; if it ever
  // does not, the page is built instead.
  const statement = reuseStatement(db, 'records|json-of', () =>
    db.$client.prepare<{ type: string; ids: string }, { found: number; keys: string | null; json: Buffer | null }>(
      `select count(*) as found, group_concat(t.key) as keys, cast(group_concat(r.json, ',') as blob) as json
       from json_each(:ids) t
       cross join stored_records r on r.record_type = :type and r.record_id = t.value
       where not exists (select 1 from stale_records s where s.record_type = :type and s.record_id = t.value)`,
    ),
  );
  const row = statement.get({ type, ids: JSON.stringify(ids) });
  if (!row || row.found !== ids.length || !row.json) return undefined;
  return row.keys === inOrder(ids.length) ? row.json : undefined;
}

/** `0,1,…,count-1`: the keys of a JSON list of `count` items, in order. */
const inOrder = (count: number) => Array.from({ length: count }, (_, index) => index).join(',');

/**
 * The same page as `listDemandsIncluding`, as the JSON of the answer spliced from the stored demands;
 * undefined when it must be built instead (`asOf`, `include=`, or a demand of the page not stored as it
 * stands now).
 */
export function listDemandsJson(
  db: AppDatabase,
  filters: DemandFilters &
    PageRequest<keyof typeof demandSortColumns> & { asOf?: string | undefined; include?: ReadonlySet<string> },
): { json: Buffer; nextCursor: string | null } | undefined {
  if (filters.asOf !== undefined || (filters.include?.size ?? 0) > 0) return undefined;
  return inSnapshot(db, () => {
    const { ids, nextCursor, total } = demandPageIds(db, filters);
    const items = storedJsonOf(db, 'demand', ids);
    if (!items) return undefined;
    const counted = total === undefined ? '' : `,"total":${total}`;
    const json = new Splice()
      .text('{"items":[')
      .add(whole(items))
      .text(`],"nextCursor":${JSON.stringify(nextCursor)}${counted}}`);
    return { json: json.toBuffer(), nextCursor };
  });
}
