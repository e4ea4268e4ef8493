import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { reasons, type reasonTargets } from '../../db/schema.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedAfter, oneOf } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { allForList, prepareSelect } from '../prepared.js';
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

const reasonList: ListQuery<typeof reasons, keyof typeof reasonSortColumns, ReasonFilters> = {
  table: reasons,
  resource: 'reasons',
  filters: {
    forType: oneOf(reasons.forType),
    forId: oneOf(reasons.forId),
    answers: oneOf(reasons.answersDemandId),
    updatedSince: changedAfter(reasons.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'reason', reasons.id),
  sortColumns: reasonSortColumns,
};

export function listReasons(
  db: AppDatabase,
  filters: ReasonFilters & ReadOptions & PageRequest<keyof typeof reasonSortColumns>,
): Page<Reason> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, reasonList, filters, scope?.sourceIds);
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
  const rows = allForList(
    db,
    'reasons|for',
    ids,
    (matches) =>
      prepareSelect(getTableColumns(reasons), (columns) =>
        db
          .select(columns)
          .from(reasons)
          .where(and(eq(reasons.forType, sql.placeholder('forType')), matches(reasons.forId)))
          .orderBy(sql`${reasons}.rowid`),
      ),
    { forType },
  );
  return present(db, 'reason', rows, scope).filter((reason) => !scope || reason.evidence.length > 0);
}
