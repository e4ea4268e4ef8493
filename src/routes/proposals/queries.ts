import { and, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { proposals } from '../../db/schema.js';
import { changedSince, cursorScope, fetchPage, type Page, type Sortable } from '../pagination.js';
import { rowById, rowsByIds, withEvidence } from '../records.js';
import type { Proposal, ProposalFilters } from './schemas.js';

const sortable: Sortable = {
  title: sql`${proposals.title}`,
  status: sql`${proposals.status}`,
  createdAt: sql`${proposals.createdAt}`,
  updatedAt: sql`${proposals.updatedAt}`,
};

export function listProposals(db: AppDatabase, filters: ProposalFilters): Page<Proposal> {
  const { rows, ...page } = fetchPage(db, {
    table: proposals,
    where: and(
      filters.status ? eq(proposals.status, filters.status) : undefined,
      filters.party ? eq(proposals.proposedByPartyId, filters.party) : undefined,
      changedSince(proposals.updatedAt, filters.updatedSince),
    ),
    sortable,
    page: filters,
    scope: cursorScope('proposals', filters),
  });
  return { items: withEvidence(db, 'proposal', rows), ...page };
}

export function getProposal(db: AppDatabase, id: string): Proposal {
  const row = rowById(db, proposals, 'proposal', id);
  return withEvidence(db, 'proposal', [row])[0]!;
}

export function proposalsByIds(db: AppDatabase, ids: Iterable<string>): Proposal[] {
  return withEvidence(db, 'proposal', rowsByIds(db, proposals, ids));
}
