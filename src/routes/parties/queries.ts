import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { parties } from '../../db/schema.js';
import { actorsOfParties } from '../actors/queries.js';
import { changedSince, cursorScope, fetchPage, type Page, type Sortable } from '../pagination.js';
import { groupBy, rowById, rowsByIds, withEvidence } from '../records.js';
import type { Party, PartyFilters } from './schemas.js';

const sortable: Sortable = {
  name: sql`${parties.name}`,
  kind: sql`${parties.kind}`,
  createdAt: sql`${parties.createdAt}`,
  updatedAt: sql`${parties.updatedAt}`,
};

function withActors(db: AppDatabase, rows: (typeof parties.$inferSelect)[]) {
  const byParty = groupBy(
    actorsOfParties(
      db,
      rows.map((row) => row.id),
    ),
    (actor) => actor.partyId,
  );
  return rows.map((row) => ({ ...row, actors: byParty.get(row.id) ?? [] }));
}

function partyConditions(filters: Partial<PartyFilters>): SQL | undefined {
  return and(
    filters.kind ? eq(parties.kind, filters.kind) : undefined,
    changedSince(parties.updatedAt, filters.updatedSince),
  );
}

export function listParties(db: AppDatabase, filters: PartyFilters): Page<Party> {
  const { rows, ...page } = fetchPage(db, {
    table: parties,
    where: partyConditions(filters),
    sortable,
    page: filters,
    scope: cursorScope('parties', filters),
  });
  return { items: withEvidence(db, 'party', withActors(db, rows)), ...page };
}

export function getParty(db: AppDatabase, id: string): Party {
  const row = rowById(db, parties, 'party', id);
  return withEvidence(db, 'party', withActors(db, [row]))[0]!;
}

export function partiesByIds(db: AppDatabase, ids: Iterable<string>): Party[] {
  return withEvidence(db, 'party', withActors(db, rowsByIds(db, parties, ids)));
}
