import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type demandStatuses, demands } from '../../db/schema.js';
import {
  type AsOfScope,
  presentOne,
  presentStateful,
  type ReadOptions,
  resolveAsOf,
  stateAsOf,
  visibleRecords,
} from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedAfter, oneOf, onOrAfter, onOrBefore } from '../paging/filters.js';
import {
  fetchPage,
  fetchPageIds,
  type ListQuery,
  type Page,
  type PageRequest,
  type SortColumns,
} from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

/** A demand on its own; see relations.ts for the related records a demand can embed. */
export type DemandRecord = typeof demands.$inferSelect & { href: string; evidence: Evidence[]; contested: boolean };

export const demandSortColumns = {
  title: demands.title,
  status: demands.status,
  raisedOn: sql`coalesce(${demands.raisedOn}, '')`,
  createdAt: demands.createdAt,
  updatedAt: demands.updatedAt,
} satisfies SortColumns<string>;

export type DemandFilters = {
  party?: readonly string[] | undefined;
  issue?: readonly string[] | undefined;
  proposal?: readonly string[] | undefined;
  status?: readonly (typeof demandStatuses)[number][] | undefined;
  raisedFrom?: string | undefined;
  raisedTo?: string | undefined;
  updatedSince?: string | undefined;
};

const demandList: ListQuery<typeof demands, keyof typeof demandSortColumns, DemandFilters> = {
  table: demands,
  resource: 'demands',
  filters: {
    party: oneOf(demands.partyId),
    issue: oneOf(demands.issueId),
    proposal: oneOf(demands.proposalId),
    status: oneOf((sources) => stateAsOf(sources, 'demand', demands.id)),
    raisedFrom: onOrAfter(demands.raisedOn),
    raisedTo: onOrBefore(demands.raisedOn),
    updatedSince: changedAfter(demands.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'demand', demands.id),
  sortColumns: demandSortColumns,
};

export function listDemands(
  db: AppDatabase,
  filters: DemandFilters & ReadOptions & PageRequest<keyof typeof demandSortColumns>,
): Page<DemandRecord> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, demandList, filters, scope?.sourceIds);
  return { items: presentStateful(db, 'demand', rows, scope), ...page };
}

/** A page of demands as ids (the present, no `asOf`): which demands make it, and where the next starts. */
export function demandPageIds(db: AppDatabase, filters: DemandFilters & PageRequest<keyof typeof demandSortColumns>) {
  return fetchPageIds(db, demandList, filters);
}

export function getDemand(db: AppDatabase, id: string, options: ReadOptions = {}): DemandRecord {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('demand', rowById(db, demands, 'demand', id), scope, (rows) =>
    presentStateful(db, 'demand', rows, scope),
  );
}

export function demandsByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): DemandRecord[] {
  return presentStateful(db, 'demand', rowsByIds(db, demands, ids), scope);
}
