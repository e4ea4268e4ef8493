import { eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { proposals } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { withEvidence } from '../records.js';
import type { Proposal, ProposalFilters } from './schemas.js';

export function listProposals(db: AppDatabase, filters: ProposalFilters = {}): Proposal[] {
  const rows = db
    .select()
    .from(proposals)
    .where(filters.status ? eq(proposals.status, filters.status) : undefined)
    .orderBy(sql`rowid`)
    .all();
  return withEvidence(db, 'proposal', rows);
}

export function getProposal(db: AppDatabase, id: string): Proposal {
  const row = db.select().from(proposals).where(eq(proposals.id, id)).get();
  if (!row) throw new NotFoundError('proposal', id);
  return withEvidence(db, 'proposal', [row])[0]!;
}
