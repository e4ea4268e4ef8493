import { getTableColumns, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type actorKinds, actors } from '../../db/schema.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedAfter, oneOf } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { allForList, prepareSelect } from '../prepared.js';
import { rowById, rowsByIds } from '../rows.js';

export type Actor = typeof actors.$inferSelect & { href: string; evidence: Evidence[] };

export const actorSortColumns = {
  name: sql`coalesce(${actors.name}, '')`,
  kind: actors.kind,
  createdAt: actors.createdAt,
  updatedAt: actors.updatedAt,
} satisfies SortColumns<string>;

export type ActorFilters = {
  party?: readonly string[] | undefined;
  kind?: readonly (typeof actorKinds)[number][] | undefined;
  updatedSince?: string | undefined;
};

const actorList: ListQuery<typeof actors, keyof typeof actorSortColumns, ActorFilters> = {
  table: actors,
  resource: 'actors',
  filters: { party: oneOf(actors.partyId), kind: oneOf(actors.kind), updatedSince: changedAfter(actors.updatedAt) },
  visible: (sources) => visibleRecords(sources, 'actor', actors.id),
  sortColumns: actorSortColumns,
};

export function listActors(
  db: AppDatabase,
  filters: ActorFilters & ReadOptions & PageRequest<keyof typeof actorSortColumns>,
): Page<Actor> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, actorList, filters, scope?.sourceIds);
  return { items: present(db, 'actor', rows, scope), ...page };
}

/** The actors of several parties at once, in the order they were recorded. */
export function actorsOfParties(db: AppDatabase, partyIds: readonly string[], scope?: AsOfScope): Actor[] {
  const rows = allForList(db, 'actors|of-parties', partyIds, (matches) =>
    prepareSelect(getTableColumns(actors), (columns) =>
      db.select(columns).from(actors).where(matches(actors.partyId)).orderBy(sql`${actors}.rowid`),
    ),
  );
  return present(db, 'actor', rows, scope).filter((actor) => !scope || actor.evidence.length > 0);
}

export function getActor(db: AppDatabase, id: string, options: ReadOptions = {}): Actor {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('actor', rowById(db, actors, 'actor', id), scope, (rows) => present(db, 'actor', rows, scope));
}

export function actorsByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): Actor[] {
  return present(db, 'actor', rowsByIds(db, actors, ids), scope);
}
