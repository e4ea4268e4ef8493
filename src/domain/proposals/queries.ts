import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type proposalStatuses, proposals } from '../../db/schema.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Proposal = typeof proposals.$inferSelect & { evidence: Evidence[] };

export const proposalSortColumns = {
  title: proposals.title,
  status: proposals.status,
  createdAt: proposals.createdAt,
  updatedAt: proposals.updatedAt,
} satisfies SortColumns<string>;

export type ProposalFilters = {
  status?: (typeof proposalStatuses)[number] | undefined;
  party?: string | undefined;
  updatedSince?: string | undefined;
};

export function listProposals(
  db: AppDatabase,
  filters: ProposalFilters & PageRequest<keyof typeof proposalSortColumns>,
): Page<Proposal> {
  const { rows, ...page } = fetchPage(db, {
    table: proposals,
    where: and(
      filters.status ? eq(proposals.status, filters.status) : undefined,
      filters.party ? eq(proposals.proposedByPartyId, filters.party) : undefined,
      changedSince(proposals.updatedAt, filters.updatedSince),
    ),
    sortColumns: proposalSortColumns,
    page: filters,
    resource: 'proposals',
    filters,
  });
  return { items: withEvidence(db, 'proposal', rows), ...page };
}

export function getProposal(db: AppDatabase, id: string): Proposal {
  return withEvidence(db, 'proposal', [rowById(db, proposals, 'proposal', id)])[0]!;
}

export function proposalsByIds(db: AppDatabase, ids: Iterable<string>): Proposal[] {
  return withEvidence(db, 'proposal', rowsByIds(db, proposals, ids));
}
