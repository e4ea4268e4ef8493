import { and, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type PartyRole, parties, type partyKinds } from '../../db/schema.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { anyOf, changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

/** A party on its own; see relations.ts for a party with its actors. */
export type PartyRecord = typeof parties.$inferSelect & { href: string; evidence: Evidence[] };

export const partySortColumns = {
  name: parties.name,
  kind: parties.kind,
  createdAt: parties.createdAt,
  updatedAt: parties.updatedAt,
} satisfies SortColumns<string>;

export type PartyFilters = {
  kind?: readonly (typeof partyKinds)[number][] | undefined;
  role?: readonly PartyRole[] | undefined;
  updatedSince?: string | undefined;
};

function partyConditions(filters: PartyFilters): SQL | undefined {
  return and(
    anyOf(parties.kind, filters.kind),
    filters.role
      ? sql`exists (select 1 from json_each(${parties.roles}) where ${anyOf(sql`value`, filters.role)})`
      : undefined,
    changedSince(parties.updatedAt, filters.updatedSince),
  );
}

export function listParties(
  db: AppDatabase,
  filters: PartyFilters & ReadOptions & PageRequest<keyof typeof partySortColumns>,
): Page<PartyRecord> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: parties,
    where: and(partyConditions(filters), visibleRecords(scope, 'party', parties.id)),
    sortColumns: partySortColumns,
    page: filters,
    resource: 'parties',
    filters,
  });
  return { items: present(db, 'party', rows, scope), ...page };
}

export function getParty(db: AppDatabase, id: string, options: ReadOptions = {}): PartyRecord {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('party', rowById(db, parties, 'party', id), scope, (rows) => present(db, 'party', rows, scope));
}

export function partiesByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): PartyRecord[] {
  return present(db, 'party', rowsByIds(db, parties, ids), scope);
}
