import { type SQL, and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { responseAnswers, responses } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { type Page, type Sortable, cursorScope, dateRange, fetchPage } from '../pagination.js';
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

const sortable: Sortable = {
  stance: sql`${responses.stance}`,
  issuedOn: sql`coalesce(${responses.issuedOn}, '')`,
  createdAt: sql`${responses.createdAt}`,
  updatedAt: sql`${responses.updatedAt}`,
};

export function responseConditions(filters: Partial<ResponseFilters>): SQL | undefined {
  return and(
    filters.party ? eq(responses.partyId, filters.party) : undefined,
    filters.actor ? eq(responses.actorId, filters.actor) : undefined,
    filters.proposal ? eq(responses.proposalId, filters.proposal) : undefined,
    filters.stance ? eq(responses.stance, filters.stance) : undefined,
    filters.demand
      ? inArray(
          responses.id,
          sql`(select ${responseAnswers.responseId} from ${responseAnswers} where ${responseAnswers.demandId} = ${filters.demand})`,
        )
      : undefined,
    dateRange(responses.issuedOn, filters.issuedFrom, filters.issuedTo),
    filters.updatedSince ? gt(responses.updatedAt, new Date(filters.updatedSince).toISOString()) : undefined,
  );
}

export function listResponses(db: AppDatabase, filters: ResponseFilters): Page<Response> {
  const { rows, ...page } = fetchPage(db, {
    table: responses,
    where: responseConditions(filters),
    sortable,
    page: filters,
    scope: cursorScope('responses', filters),
  });
  return { items: withEvidence(db, 'response', withAnswers(db, rows)), ...page };
}

export function getResponse(db: AppDatabase, id: string): Response {
  const row = db.select().from(responses).where(eq(responses.id, id)).get();
  if (!row) throw new NotFoundError('response', id);
  return withEvidence(db, 'response', withAnswers(db, [row]))[0]!;
}
