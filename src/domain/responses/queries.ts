import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type answerScopes, demands, responseAnswers, responses, type stances } from '../../db/schema.js';
import { chunks, groupBy } from '../../lib/collections.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince, dateRange } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Answer = { demandId: string; scope: (typeof answerScopes)[number] };
/** A response with the demands it answers; see relations.ts for the records a response can embed. */
export type ResponseRecord = typeof responses.$inferSelect & { answers: Answer[]; evidence: Evidence[] };

export const responseSortColumns = {
  stance: responses.stance,
  issuedOn: sql`coalesce(${responses.issuedOn}, '')`,
  createdAt: responses.createdAt,
  updatedAt: responses.updatedAt,
} satisfies SortColumns<string>;

export type ResponseFilters = {
  party?: string | undefined;
  actor?: string | undefined;
  proposal?: string | undefined;
  demand?: string | undefined;
  issue?: string | undefined;
  stance?: (typeof stances)[number] | undefined;
  issuedFrom?: string | undefined;
  issuedTo?: string | undefined;
  updatedSince?: string | undefined;
};

function responseConditions(filters: ResponseFilters): SQL | undefined {
  const answering = (demandCondition: SQL) =>
    inArray(
      responses.id,
      sql`(select ${responseAnswers.responseId} from ${responseAnswers}
           join ${demands} on ${demands.id} = ${responseAnswers.demandId} where ${demandCondition})`,
    );
  return and(
    filters.party ? eq(responses.partyId, filters.party) : undefined,
    filters.actor ? eq(responses.actorId, filters.actor) : undefined,
    filters.proposal ? eq(responses.proposalId, filters.proposal) : undefined,
    filters.stance ? eq(responses.stance, filters.stance) : undefined,
    filters.demand ? answering(eq(demands.id, filters.demand)) : undefined,
    filters.issue ? answering(eq(demands.issueId, filters.issue)) : undefined,
    dateRange(responses.issuedOn, filters.issuedFrom, filters.issuedTo),
    changedSince(responses.updatedAt, filters.updatedSince),
  );
}

/** Adds the demands each response answers, one query per 500 responses. */
function withAnswersAndEvidence(db: AppDatabase, rows: (typeof responses.$inferSelect)[]): ResponseRecord[] {
  const answers = chunks(rows.map((row) => row.id)).flatMap((batch) =>
    db
      .select()
      .from(responseAnswers)
      .where(inArray(responseAnswers.responseId, batch))
      .orderBy(sql`${responseAnswers}.rowid`)
      .all(),
  );
  const byResponse = groupBy(answers, (answer) => answer.responseId);
  const withAnswers = rows.map((row) => ({
    ...row,
    answers: (byResponse.get(row.id) ?? []).map(({ demandId, scope }) => ({ demandId, scope })),
  }));
  return withEvidence(db, 'response', withAnswers);
}

export function listResponses(
  db: AppDatabase,
  filters: ResponseFilters & PageRequest<keyof typeof responseSortColumns>,
): Page<ResponseRecord> {
  const { rows, ...page } = fetchPage(db, {
    table: responses,
    where: responseConditions(filters),
    sortColumns: responseSortColumns,
    page: filters,
    resource: 'responses',
    filters,
  });
  return { items: withAnswersAndEvidence(db, rows), ...page };
}

export function getResponse(db: AppDatabase, id: string): ResponseRecord {
  return withAnswersAndEvidence(db, [rowById(db, responses, 'response', id)])[0]!;
}

export function responsesByIds(db: AppDatabase, ids: Iterable<string>): ResponseRecord[] {
  return withAnswersAndEvidence(db, rowsByIds(db, responses, ids));
}

/** The ids of the responses answering each of these demands, in the order they were recorded. */
export function responseIdsAnswering(db: AppDatabase, demandIds: readonly string[]): Map<string, string[]> {
  const answers = chunks(demandIds).flatMap((batch) =>
    db
      .select({ demandId: responseAnswers.demandId, responseId: responseAnswers.responseId })
      .from(responseAnswers)
      .where(inArray(responseAnswers.demandId, batch))
      .orderBy(sql`${responseAnswers}.rowid`)
      .all(),
  );
  const byDemand = groupBy(answers, (answer) => answer.demandId);
  return new Map(demandIds.map((id) => [id, (byDemand.get(id) ?? []).map((answer) => answer.responseId)]));
}
