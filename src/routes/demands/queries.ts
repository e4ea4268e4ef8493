import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { demands } from '../../db/schema.js';
import { changedSince, cursorScope, dateRange, fetchPage, type Page, type Sortable } from '../pagination.js';
import { byId } from '../embeds.js';
import { issuesByIds } from '../issues/queries.js';
import { partiesByIds } from '../parties/queries.js';
import { proposalsByIds } from '../proposals/queries.js';
import { rowById, rowsByIds, withEvidence } from '../records.js';
import { responsesAnswering } from '../responses/queries.js';
import type { DemandRecord } from './record.js';
import type { Demand, DemandFilters, demandEmbeds } from './schemas.js';

type DemandEmbed = (typeof demandEmbeds)[number];

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
    changedSince(demands.updatedAt, filters.updatedSince),
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
  return { items: embedInDemands(db, withEvidence(db, 'demand', rows), filters.include), ...page };
}

export function getDemand(db: AppDatabase, id: string, include: ReadonlySet<DemandEmbed> = new Set()): Demand {
  const row = rowById(db, demands, 'demand', id);
  return embedInDemands(db, withEvidence(db, 'demand', [row]), include)[0]!;
}

export function demandsByIds(db: AppDatabase, ids: Iterable<string>): DemandRecord[] {
  return withEvidence(db, 'demand', rowsByIds(db, demands, ids));
}

/** Embeds the related records asked for, one query per relation for the whole page. */
function embedInDemands(db: AppDatabase, items: DemandRecord[], include: ReadonlySet<DemandEmbed> | undefined): Demand[] {
  if (!include?.size || items.length === 0) return items;
  const partiesById = include.has('party') ? byId(partiesByIds(db, items.map((item) => item.partyId))) : undefined;
  const issuesById = include.has('issue') ? byId(issuesByIds(db, items.map((item) => item.issueId))) : undefined;
  const proposalsById = include.has('proposal')
    ? byId(proposalsByIds(db, items.flatMap((item) => (item.proposalId ? [item.proposalId] : []))))
    : undefined;
  const responsesByDemand = include.has('responses') ? responsesAnswering(db, items.map((item) => item.id)) : undefined;
  return items.map((item) => ({
    ...item,
    ...(partiesById && { party: partiesById.get(item.partyId) }),
    ...(issuesById && { issue: issuesById.get(item.issueId) }),
    ...(proposalsById && { proposal: item.proposalId ? (proposalsById.get(item.proposalId) ?? null) : null }),
    ...(responsesByDemand && { responses: responsesByDemand.get(item.id) ?? [] }),
  }));
}
