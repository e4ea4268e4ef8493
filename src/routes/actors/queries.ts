import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { actors } from '../../db/schema.js';
import { changedSince, cursorScope, fetchPage, type Page, type Sortable } from '../pagination.js';
import { rowById, rowsByIds, withEvidence } from '../records.js';
import type { Actor, ActorFilters } from './schemas.js';

const sortable: Sortable = {
  name: sql`coalesce(${actors.name}, '')`,
  kind: sql`${actors.kind}`,
  createdAt: sql`${actors.createdAt}`,
  updatedAt: sql`${actors.updatedAt}`,
};

function actorConditions(filters: Partial<ActorFilters>): SQL | undefined {
  return and(
    filters.party ? eq(actors.partyId, filters.party) : undefined,
    filters.kind ? eq(actors.kind, filters.kind) : undefined,
    changedSince(actors.updatedAt, filters.updatedSince),
  );
}

export function listActors(db: AppDatabase, filters: ActorFilters): Page<Actor> {
  const { rows, ...page } = fetchPage(db, {
    table: actors,
    where: actorConditions(filters),
    sortable,
    page: filters,
    scope: cursorScope('actors', filters),
  });
  return { items: withEvidence(db, 'actor', rows), ...page };
}

/** The actors of several parties at once, in source order (to embed them in parties). */
export function actorsOfParties(db: AppDatabase, partyIds: string[]): Actor[] {
  if (partyIds.length === 0) return [];
  const rows = db.select().from(actors).where(inArray(actors.partyId, partyIds)).orderBy(sql`rowid`).all();
  return withEvidence(db, 'actor', rows);
}

export function getActor(db: AppDatabase, id: string): Actor {
  const row = rowById(db, actors, 'actor', id);
  return withEvidence(db, 'actor', [row])[0]!;
}

export function actorsByIds(db: AppDatabase, ids: Iterable<string>): Actor[] {
  return withEvidence(db, 'actor', rowsByIds(db, actors, ids));
}
