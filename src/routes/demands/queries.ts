import { and, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { demands } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { withEvidence } from '../records.js';
import type { Demand, DemandFilters } from './schemas.js';

export function listDemands(db: AppDatabase, filters: DemandFilters = {}): Demand[] {
  const rows = db
    .select()
    .from(demands)
    .where(
      and(
        filters.party ? eq(demands.partyId, filters.party) : undefined,
        filters.issue ? eq(demands.issueId, filters.issue) : undefined,
        filters.proposal ? eq(demands.proposalId, filters.proposal) : undefined,
        filters.status ? eq(demands.status, filters.status) : undefined,
      ),
    )
    // rowid keeps the order in which the source reports the demands.
    .orderBy(sql`rowid`)
    .all();
  return withEvidence(db, 'demand', rows);
}

export function getDemand(db: AppDatabase, id: string): Demand {
  const row = db.select().from(demands).where(eq(demands.id, id)).get();
  if (!row) throw new NotFoundError('demand', id);
  return withEvidence(db, 'demand', [row])[0]!;
}
