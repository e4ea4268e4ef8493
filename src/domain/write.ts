import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { and, count, eq, inArray, like, or } from 'drizzle-orm';
import type { AppDatabase, WriteTransaction } from '../db/client.js';
import { evidence, type RecordType, revisions } from '../db/schema.js';
import { readSetting } from '../db/settings.js';
import { derivationFailureReport } from './derivation-failures.js';
import { topicKey } from './positions/derive.js';
import {
  markEveryTopicStale,
  refreshBatch,
  refreshStalePositions,
  staleTopics,
  storedPositionsSetting,
  storedPositionsVersion,
} from './positions/store.js';
import { partTypesOf, tableOf } from './rows.js';
import {
  markEveryRecordStale,
  recordRefreshBatch,
  refreshRecords,
  refreshStaleRecords,
  staleMarks,
  storedRecordsSetting,
  storedRecordsVersion,
} from './stored-records.js';

type Snapshot = Record<string, unknown> | null;

/**
 * What a write changed, record by record: each record it touches gets one revision, with the record
 * before the write and after it (null for a record created or deleted).
 */
export class ChangeSet {
  private readonly touched = new Map<string, { type: RecordType; id: string; before: Snapshot }>();

  constructor(private readonly tx: WriteTransaction) {}

  /** Notes that a record is about to change (call before changing it, so `before` is right). */
  touch(type: RecordType, id: string): void {
    const key = `${type}:${id}`;
    if (!this.touched.has(key)) this.touched.set(key, { type, id, before: snapshotOf(this.tx, type, id) });
  }

  /** Writes one revision per touched record that did change; called by `write` before it commits. */
  flush(actor: string): number[] {
    const ids: number[] = [];
    for (const { type, id, before } of this.touched.values()) {
      const after = snapshotOf(this.tx, type, id);
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      const action = before === null ? 'create' : after === null ? 'delete' : 'update';
      const row = this.tx
        .insert(revisions)
        .values({ recordType: type, recordId: id, action, actor, before, after })
        .returning({ id: revisions.id })
        .get();
      ids.push(row.id);
    }
    this.touched.clear();
    return ids;
  }
}

/**
 * A record's row as stored, with how many quotes back it and its parts (answers, participants), so a
 * write that only adds evidence is a change too; null when there is no such record.
 */
function snapshotOf(tx: WriteTransaction, type: RecordType, id: string): Snapshot {
  const table = tableOf[type];
  const row = tx.select().from(table).where(eq(table.id, id)).get() as Snapshot | undefined;
  if (!row) return null;
  const partTypes = partTypesOf(type);
  const quotes = tx
    .select({ n: count() })
    .from(evidence)
    .where(
      or(
        and(eq(evidence.recordType, type), eq(evidence.recordId, id)),
        partTypes.length > 0
          ? and(inArray(evidence.recordType, partTypes), like(evidence.recordId, `${id}/%`))
          : undefined,
      ),
    )
    .get();
  return { ...row, quotes: quotes?.n ?? 0 };
}

/**
 * The one way anything changes the data: `change` runs in a synchronous IMMEDIATE transaction, which
 * takes the write lock up front (so concurrent writers wait on the busy timeout instead of failing
 * half-way) and is committed before this returns, so nothing is acknowledged that is not on disk.
 * Every record the change touches gets a revision naming `actor`, in the same transaction: the
 * history and the change feed cannot miss a write.
 */
export function write<Result>(
  db: AppDatabase,
  actor: string,
  change: (tx: WriteTransaction, changes: ChangeSet) => Result,
): Result {
  return db.transaction(
    (tx) => {
      const changes = new ChangeSet(tx);
      // Marks already there (a catch-up in progress: every topic, after an upgrade) are the background
      // refresh's; this write stores the topics its own change marked, and only a few of the others.
      const markedBefore = new Set(staleTopics(tx).map(topicKey));
      const result = change(tx, changes);
      if (result instanceof Promise)
        throw new TypeError('A write must be synchronous (better-sqlite3 transactions are).');
      // Derived data the triggers marked stale is brought up to date in the same transaction (the stored
      // records are derived on its connection, through the statements kept for it).
      // The topics this change marked, and at most a few marked before it (a catch-up in progress, a bulk
      // change outside the API): a write stays short, and reads derive what is left until stored.
      const stale = staleTopics(tx);
      const own = stale.filter((topic) => !markedBefore.has(topicKey(topic)));
      const older = stale.filter((topic) => markedBefore.has(topicKey(topic)));
      const report = derivationFailureReport(db);
      refreshStalePositions(tx, [...own, ...older.slice(0, refreshStepBetweenRequests.topics)], report);
      refreshStaleRecords(db, { limit: recordRefreshBatch });
      changes.flush(actor);
      return result;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Brings up to date what a migration, a change in how positions or records are derived, or a write
 * outside the write path left stale (stored positions and records), at start or after migrating;
 * returns how many topics and records it refreshed. The steps are `staleDataRefresh`'s, run at once.
 */
export function refreshStaleData(db: AppDatabase): number {
  let refreshed = 0;
  try {
    for (const step of staleDataRefresh(db)) refreshed += step;
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  return refreshed;
}

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

/**
 * A step between requests: about 30 ms of work at 100,000 demands (a topic's positions there take about
 * 7 ms, a demand about 0.05 ms), well under the event-loop delay that sheds load (MAX_EVENT_LOOP_DELAY_MS).
 */
export const refreshStepBetweenRequests = { topics: 5, records: 200 };

/**
 * `refreshStaleData` in small steps with a turn of the event loop between them, so a server answers
 * requests (reads derive what is still stale) while it catches up; stops at the step after `stopped()`
 * says so.
 */
export async function refreshStaleDataBetweenRequests(
  db: AppDatabase,
  {
    stopped = () => false,
    onBusy,
    busyRetryMs = 100,
  }: { stopped?: () => boolean; onBusy?: (error: unknown) => void; busyRetryMs?: number } = {},
): Promise<number> {
  let refreshed = 0;
  const busyTimeout = db.$client.pragma('busy_timeout', { simple: true }) as number;
  // A step never waits for the lock on the event loop (busy_timeout would hold every request up while
  // another process writes): it tries once, and a locked database pauses the catch-up, rather than ending it
  // for the life of the process; it starts again after a while (what is stored is no longer marked).
  const tryStep = (steps: Generator<number, void, undefined>) => {
    db.$client.pragma('busy_timeout = 0');
    try {
      return steps.next();
    } finally {
      db.$client.pragma(`busy_timeout = ${busyTimeout}`);
    }
  };
  let told = false;
  for (;;) {
    const steps = staleDataRefresh(db, refreshStepBetweenRequests);
    try {
      while (!stopped()) {
        const step = tryStep(steps);
        if (step.done) return refreshed;
        refreshed += step.value;
        await nextTurn();
      }
      steps.return(undefined);
      return refreshed;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (!told) onBusy?.(error);
      told = true;
      await sleep(busyRetryMs);
      if (stopped()) return refreshed;
    }
  }
}

/**
 * The refresh, a batch per IMMEDIATE transaction (yielding how many each stored), so writers in other
 * processes wait a bounded time; if one holds the lock past the busy timeout, the rest stays stale (reads
 * derive it) rather than failing. Each mark is visited once, in key order: one that cannot be cleared (a
 * topic or record that fails to derive, from a bad row written outside the API) ends no loop. Writes
 * nothing when there is nothing to do. The schema must be migrated first: every write refreshes positions
 * and stored records, so the write path needs migrations 0010 and 0014.
 */
function* staleDataRefresh(
  db: AppDatabase,
  step: { topics: number; records: number } = { topics: refreshBatch, records: recordRefreshBatch },
): Generator<number, void, undefined> {
  const immediate = <Result>(work: (tx: WriteTransaction) => Result) => db.transaction(work, { behavior: 'immediate' });
  // Both versions first, in the first step: what another version stored is marked (so reads derive it)
  // before any request is answered, not after every topic has been stored again.
  if (readSetting(db.$client, storedPositionsSetting) !== storedPositionsVersion) {
    immediate((tx) => markEveryTopicStale(tx));
  }
  if (readSetting(db.$client, storedRecordsSetting) !== storedRecordsVersion) {
    immediate(() => markEveryRecordStale(db));
  }
  for (let topics = staleTopics(db, { limit: step.topics }); topics.length > 0; ) {
    const batch = topics;
    yield immediate((tx) => refreshStalePositions(tx, batch, derivationFailureReport(db)));
    topics = staleTopics(db, { limit: step.topics, after: batch.at(-1) });
  }
  for (let marks = staleMarks(db, { limit: step.records }); marks.length > 0; ) {
    const batch = marks;
    yield immediate(() => refreshRecords(db, batch));
    marks = staleMarks(db, { limit: step.records, after: batch.at(-1) });
  }
}
