import { type SQL, and, eq, gt, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { demands } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { type Page, type Sortable, cursorScope, dateRange, fetchPage } from '../pagination.js';
import { withEvidence } from '../records.js';
import type { Demand, DemandFilters } from './schemas.js';

const sortable: Sortable = {
  title: sql`${demands.title}`,
  status: sql`${demands.status}`,
  raisedOn: sql`coalesce(${demands.raisedOn}, '')`,
  createdAt: sql`${demands.createdAt}`,
  updatedAt: sql`${demands.updatedAt}`,
};

export function demandConditions(filters: Partial<DemandFilters>): SQL | undefined {
  return and(
    filters.party ? eq(demands.partyId, filters.party) : undefined,
    filters.issue ? eq(demands.issueId, filters.issue) : undefined,
    filters.proposal ? eq(demands.proposalId, filters.proposal) : undefined,
    filters.status ? eq(demands.status, filters.status) : undefined,
    dateRange(demands.raisedOn, filters.raisedFrom, filters.raisedTo),
    filters.updatedSince ? gt(demands.updatedAt, new Date(filters.updatedSince).toISOString()) : undefined,
  );
}

export function listDemands(db: AppDatabase, filters: DemandFilters): Page<Demand> {
  const { rows, ...page } = fetchPage(db, {
    table: demands,
    where: demandConditions(filters),
    sortable,
    page: filters,
    scope: cursorScope('demands', filters),
  });
  return { items: withEvidence(db, 'demand', rows), ...page };
}

export function getDemand(db: AppDatabase, id: string): Demand {
  const row = db.select().from(demands).where(eq(demands.id, id)).get();
  if (!row) throw new NotFoundError('demand', id);
  return withEvidence(db, 'demand', [row])[0]!;
}
