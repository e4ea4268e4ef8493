import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type actorKinds, actors } from '../../db/schema.js';
import { chunks } from '../../lib/collections.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { anyOf, changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
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

function actorConditions(filters: ActorFilters): SQL | undefined {
  return and(
    anyOf(actors.partyId, filters.party),
    anyOf(actors.kind, filters.kind),
    changedSince(actors.updatedAt, filters.updatedSince),
  );
}

export function listActors(
  db: AppDatabase,
  filters: ActorFilters & ReadOptions & PageRequest<keyof typeof actorSortColumns>,
): Page<Actor> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: actors,
    where: and(actorConditions(filters), visibleRecords(scope, 'actor', actors.id)),
    sortColumns: actorSortColumns,
    page: filters,
    resource: 'actors',
    filters,
  });
  return { items: present(db, 'actor', rows, scope), ...page };
}

/** The actors of several parties at once, in the order they were recorded. */
export function actorsOfParties(db: AppDatabase, partyIds: readonly string[], scope?: AsOfScope): Actor[] {
  const rows = chunks(partyIds).flatMap((batch) =>
    db.select().from(actors).where(inArray(actors.partyId, batch)).orderBy(sql`${actors}.rowid`).all(),
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
