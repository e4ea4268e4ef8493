import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { responseAnswers, responses } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { groupBy, withEvidence } from '../records.js';
import type { Response, ResponseFilters } from './schemas.js';

type ResponseRow = typeof responses.$inferSelect;

function withAnswers(db: AppDatabase, rows: ResponseRow[]) {
  if (rows.length === 0) return [];
  const answers = db
    .select()
    .from(responseAnswers)
    .where(
      inArray(
        responseAnswers.responseId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(sql`rowid`)
    .all();
  const byResponse = groupBy(answers, (answer) => answer.responseId);
  return rows.map((row) => ({
    ...row,
    answers: (byResponse.get(row.id) ?? []).map(({ demandId, scope }) => ({ demandId, scope })),
  }));
}

export function listResponses(db: AppDatabase, filters: ResponseFilters = {}): Response[] {
  const rows = db
    .select()
    .from(responses)
    .where(
      and(
        filters.party ? eq(responses.partyId, filters.party) : undefined,
        filters.proposal ? eq(responses.proposalId, filters.proposal) : undefined,
        filters.stance ? eq(responses.stance, filters.stance) : undefined,
        filters.demand
          ? inArray(
              responses.id,
              db
                .select({ id: responseAnswers.responseId })
                .from(responseAnswers)
                .where(eq(responseAnswers.demandId, filters.demand)),
            )
          : undefined,
      ),
    )
    .orderBy(sql`rowid`)
    .all();
  return withEvidence(db, 'response', withAnswers(db, rows));
}

export function getResponse(db: AppDatabase, id: string): Response {
  const row = db.select().from(responses).where(eq(responses.id, id)).get();
  if (!row) throw new NotFoundError('response', id);
  return withEvidence(db, 'response', withAnswers(db, [row]))[0]!;
}
