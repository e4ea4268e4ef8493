import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { actors } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { withEvidence } from '../records.js';
import type { Actor, ActorFilters } from './schemas.js';

/** `partyIds` narrows the list to the actors of several parties at once (to embed them in parties). */
export function listActors(db: AppDatabase, filters: ActorFilters = {}, partyIds?: string[]): Actor[] {
  if (partyIds?.length === 0) return [];
  const rows = db
    .select()
    .from(actors)
    .where(
      and(
        filters.party ? eq(actors.partyId, filters.party) : undefined,
        filters.kind ? eq(actors.kind, filters.kind) : undefined,
        partyIds ? inArray(actors.partyId, partyIds) : undefined,
      ),
    )
    .orderBy(sql`rowid`)
    .all();
  return withEvidence(db, 'actor', rows);
}

export function getActor(db: AppDatabase, id: string): Actor {
  const row = db.select().from(actors).where(eq(actors.id, id)).get();
  if (!row) throw new NotFoundError('actor', id);
  return withEvidence(db, 'actor', [row])[0]!;
}
