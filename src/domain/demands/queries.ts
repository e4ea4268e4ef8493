import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type demandStatuses, demands } from '../../db/schema.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince, dateRange } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

/** A demand on its own; see relations.ts for the related records a demand can embed. */
export type DemandRecord = typeof demands.$inferSelect & { evidence: Evidence[] };

export const demandSortColumns = {
  title: demands.title,
  status: demands.status,
  raisedOn: sql`coalesce(${demands.raisedOn}, '')`,
  createdAt: demands.createdAt,
  updatedAt: demands.updatedAt,
} satisfies SortColumns<string>;

export type DemandFilters = {
  party?: string | undefined;
  issue?: string | undefined;
  proposal?: string | undefined;
  status?: (typeof demandStatuses)[number] | undefined;
  raisedFrom?: string | undefined;
  raisedTo?: string | undefined;
  updatedSince?: string | undefined;
};

function demandConditions(filters: DemandFilters): SQL | undefined {
  return and(
    filters.party ? eq(demands.partyId, filters.party) : undefined,
    filters.issue ? eq(demands.issueId, filters.issue) : undefined,
    filters.proposal ? eq(demands.proposalId, filters.proposal) : undefined,
    filters.status ? eq(demands.status, filters.status) : undefined,
    dateRange(demands.raisedOn, filters.raisedFrom, filters.raisedTo),
    changedSince(demands.updatedAt, filters.updatedSince),
  );
}

export function listDemands(
  db: AppDatabase,
  filters: DemandFilters & PageRequest<keyof typeof demandSortColumns>,
): Page<DemandRecord> {
  const { rows, ...page } = fetchPage(db, {
    table: demands,
    where: demandConditions(filters),
    sortColumns: demandSortColumns,
    page: filters,
    resource: 'demands',
    filters,
  });
  return { items: withEvidence(db, 'demand', rows), ...page };
}

export function getDemand(db: AppDatabase, id: string): DemandRecord {
  return withEvidence(db, 'demand', [rowById(db, demands, 'demand', id)])[0]!;
}

export function demandsByIds(db: AppDatabase, ids: Iterable<string>): DemandRecord[] {
  return withEvidence(db, 'demand', rowsByIds(db, demands, ids));
}
