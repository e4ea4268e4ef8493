import { and, eq, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { parties, type partyKinds } from '../../db/schema.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

/** A party on its own; see relations.ts for a party with its actors. */
export type PartyRecord = typeof parties.$inferSelect & { evidence: Evidence[] };

export const partySortColumns = {
  name: parties.name,
  kind: parties.kind,
  createdAt: parties.createdAt,
  updatedAt: parties.updatedAt,
} satisfies SortColumns<string>;

export type PartyFilters = {
  kind?: (typeof partyKinds)[number] | undefined;
  updatedSince?: string | undefined;
};

function partyConditions(filters: PartyFilters): SQL | undefined {
  return and(
    filters.kind ? eq(parties.kind, filters.kind) : undefined,
    changedSince(parties.updatedAt, filters.updatedSince),
  );
}

export function listParties(
  db: AppDatabase,
  filters: PartyFilters & PageRequest<keyof typeof partySortColumns>,
): Page<PartyRecord> {
  const { rows, ...page } = fetchPage(db, {
    table: parties,
    where: partyConditions(filters),
    sortColumns: partySortColumns,
    page: filters,
    resource: 'parties',
    filters,
  });
  return { items: withEvidence(db, 'party', rows), ...page };
}

export function getParty(db: AppDatabase, id: string): PartyRecord {
  return withEvidence(db, 'party', [rowById(db, parties, 'party', id)])[0]!;
}

export function partiesByIds(db: AppDatabase, ids: Iterable<string>): PartyRecord[] {
  return withEvidence(db, 'party', rowsByIds(db, parties, ids));
}
