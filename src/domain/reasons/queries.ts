import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { reasons, type reasonTargets } from '../../db/schema.js';
import { chunks } from '../../lib/collections.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { anyOf, changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById } from '../rows.js';

/** A stated reason for a demand or a response, with who gave it (in its evidence). */
export type Reason = typeof reasons.$inferSelect & { href: string; evidence: Evidence[] };

export const reasonSortColumns = {
  createdAt: reasons.createdAt,
  updatedAt: reasons.updatedAt,
} satisfies SortColumns<string>;

export type ReasonFilters = {
  forType?: readonly (typeof reasonTargets)[number][] | undefined;
  forId?: readonly string[] | undefined;
  answers?: readonly string[] | undefined;
  updatedSince?: string | undefined;
};

function reasonConditions(filters: ReasonFilters): SQL | undefined {
  return and(
    anyOf(reasons.forType, filters.forType),
    anyOf(reasons.forId, filters.forId),
    anyOf(reasons.answersDemandId, filters.answers),
    changedSince(reasons.updatedAt, filters.updatedSince),
  );
}

export function listReasons(
  db: AppDatabase,
  filters: ReasonFilters & ReadOptions & PageRequest<keyof typeof reasonSortColumns>,
): Page<Reason> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: reasons,
    where: and(reasonConditions(filters), visibleRecords(scope, 'reason', reasons.id)),
    sortColumns: reasonSortColumns,
    page: filters,
    resource: 'reasons',
    filters,
  });
  return { items: present(db, 'reason', rows, scope), ...page };
}

export function getReason(db: AppDatabase, id: string, options: ReadOptions = {}): Reason {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('reason', rowById(db, reasons, 'reason', id), scope, (rows) => present(db, 'reason', rows, scope));
}

/** The reasons given for each of these demands or responses, in the order they were recorded. */
export function reasonsFor(
  db: AppDatabase,
  forType: (typeof reasonTargets)[number],
  ids: readonly string[],
  scope?: AsOfScope,
): Reason[] {
  const rows = chunks(ids).flatMap((batch) =>
    db
      .select()
      .from(reasons)
      .where(and(eq(reasons.forType, forType), inArray(reasons.forId, batch)))
      .orderBy(sql`${reasons}.rowid`)
      .all(),
  );
  return present(db, 'reason', rows, scope).filter((reason) => !scope || reason.evidence.length > 0);
}
