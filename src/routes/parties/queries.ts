import { eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { parties } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { listActors } from '../actors/queries.js';
import { groupBy, withEvidence } from '../records.js';
import type { Party, PartyFilters } from './schemas.js';

function withActors(db: AppDatabase, rows: (typeof parties.$inferSelect)[]) {
  const actorsOfParties = listActors(
    db,
    {},
    rows.map((row) => row.id),
  );
  const byParty = groupBy(actorsOfParties, (actor) => actor.partyId);
  return rows.map((row) => ({ ...row, actors: byParty.get(row.id) ?? [] }));
}

export function listParties(db: AppDatabase, filters: PartyFilters = {}): Party[] {
  const rows = db
    .select()
    .from(parties)
    .where(filters.kind ? eq(parties.kind, filters.kind) : undefined)
    .orderBy(sql`rowid`)
    .all();
  return withEvidence(db, 'party', withActors(db, rows));
}

export function getParty(db: AppDatabase, id: string): Party {
  const row = db.select().from(parties).where(eq(parties.id, id)).get();
  if (!row) throw new NotFoundError('party', id);
  return withEvidence(db, 'party', withActors(db, [row]))[0]!;
}
