import type { AppDatabase } from '../../db/client.js';
import { type proposalStatuses, proposals } from '../../db/schema.js';
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
import { changedAfter, oneOf } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Proposal = typeof proposals.$inferSelect & { href: string; evidence: Evidence[]; contested: boolean };

export const proposalSortColumns = {
  title: proposals.title,
  status: proposals.status,
  createdAt: proposals.createdAt,
  updatedAt: proposals.updatedAt,
} satisfies SortColumns<string>;

export type ProposalFilters = {
  status?: readonly (typeof proposalStatuses)[number][] | undefined;
  party?: readonly string[] | undefined;
  updatedSince?: string | undefined;
};

const proposalList: ListQuery<typeof proposals, keyof typeof proposalSortColumns, ProposalFilters> = {
  table: proposals,
  resource: 'proposals',
  filters: {
    status: oneOf((sources) => stateAsOf(sources, 'proposal', proposals.id)),
    party: oneOf(proposals.proposedByPartyId),
    updatedSince: changedAfter(proposals.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'proposal', proposals.id),
  sortColumns: proposalSortColumns,
};

export function listProposals(
  db: AppDatabase,
  filters: ProposalFilters & ReadOptions & PageRequest<keyof typeof proposalSortColumns>,
): Page<Proposal> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, proposalList, filters, scope?.sourceIds);
  return { items: presentStateful(db, 'proposal', rows, scope), ...page };
}

export function getProposal(db: AppDatabase, id: string, options: ReadOptions = {}): Proposal {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('proposal', rowById(db, proposals, 'proposal', id), scope, (rows) =>
    presentStateful(db, 'proposal', rows, scope),
  );
}

export function proposalsByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): Proposal[] {
  return presentStateful(db, 'proposal', rowsByIds(db, proposals, ids), scope);
}
