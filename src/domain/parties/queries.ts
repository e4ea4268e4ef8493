import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type PartyRole, parties, type partyKinds } from '../../db/schema.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedAfter, listFilter, oneOf } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
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

const partyList: ListQuery<typeof parties, keyof typeof partySortColumns, PartyFilters> = {
  table: parties,
  resource: 'parties',
  filters: {
    kind: oneOf(parties.kind),
    role: listFilter((matches) => sql`exists (select 1 from json_each(${parties.roles}) where ${matches(sql`value`)})`),
    updatedSince: changedAfter(parties.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'party', parties.id),
  sortColumns: partySortColumns,
};

export function listParties(
  db: AppDatabase,
  filters: PartyFilters & ReadOptions & PageRequest<keyof typeof partySortColumns>,
): Page<PartyRecord> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, partyList, filters, scope?.sourceIds);
  return { items: present(db, 'party', rows, scope), ...page };
}

export function getParty(db: AppDatabase, id: string, options: ReadOptions = {}): PartyRecord {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('party', rowById(db, parties, 'party', id), scope, (rows) => present(db, 'party', rows, scope));
}

export function partiesByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): PartyRecord[] {
  return present(db, 'party', rowsByIds(db, parties, ids), scope);
}
