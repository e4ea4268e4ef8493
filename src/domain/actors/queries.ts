import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type actorKinds, actors } from '../../db/schema.js';
import { chunks } from '../../lib/collections.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Actor = typeof actors.$inferSelect & { evidence: Evidence[] };

export const actorSortColumns = {
  name: sql`coalesce(${actors.name}, '')`,
  kind: actors.kind,
  createdAt: actors.createdAt,
  updatedAt: actors.updatedAt,
} satisfies SortColumns<string>;

export type ActorFilters = {
  party?: string | undefined;
  kind?: (typeof actorKinds)[number] | undefined;
  updatedSince?: string | undefined;
};

function actorConditions(filters: ActorFilters): SQL | undefined {
  return and(
    filters.party ? eq(actors.partyId, filters.party) : undefined,
    filters.kind ? eq(actors.kind, filters.kind) : undefined,
    changedSince(actors.updatedAt, filters.updatedSince),
  );
}

export function listActors(
  db: AppDatabase,
  filters: ActorFilters & PageRequest<keyof typeof actorSortColumns>,
): Page<Actor> {
  const { rows, ...page } = fetchPage(db, {
    table: actors,
    where: actorConditions(filters),
    sortColumns: actorSortColumns,
    page: filters,
    resource: 'actors',
    filters,
  });
  return { items: withEvidence(db, 'actor', rows), ...page };
}

/** The actors of several parties at once, in the order they were recorded. */
export function actorsOfParties(db: AppDatabase, partyIds: readonly string[]): Actor[] {
  const rows = chunks(partyIds).flatMap((batch) =>
    db.select().from(actors).where(inArray(actors.partyId, batch)).orderBy(sql`${actors}.rowid`).all(),
  );
  return withEvidence(db, 'actor', rows);
}

export function getActor(db: AppDatabase, id: string): Actor {
  return withEvidence(db, 'actor', [rowById(db, actors, 'actor', id)])[0]!;
}

export function actorsByIds(db: AppDatabase, ids: Iterable<string>): Actor[] {
  return withEvidence(db, 'actor', rowsByIds(db, actors, ids));
}
