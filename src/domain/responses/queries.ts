import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import {
  type answerScopes,
  demands,
  responseAnswers,
  responseConditions,
  responses,
  type stances,
} from '../../db/schema.js';
import { chunks, groupBy } from '../../lib/collections.js';
import {
  type AsOfScope,
  presentOne,
  presentStateful,
  type ReadOptions,
  resolveAsOf,
  stateAsOf,
  visibleRecords,
} from '../as-of.js';
import { answerKey, type Evidence, withEvidence } from '../evidence.js';
import { anyOf, changedSince, dateRange } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

/** How a response answers one demand: its own stance on it, how directly, and the quotes that say so. */
export type Answer = {
  demandId: string;
  stance: (typeof stances)[number];
  scope: (typeof answerScopes)[number];
  evidence: Evidence[];
};
/** A response with the demands it answers; see relations.ts for the records a response can embed. */
export type ResponseRecord = typeof responses.$inferSelect & {
  href: string;
  answers: Answer[];
  /** Demands the response makes its stance depend on (a conditional acceptance's conditions). */
  conditions: string[];
  evidence: Evidence[];
  contested: boolean;
};

export const responseSortColumns = {
  stance: responses.stance,
  issuedOn: sql`coalesce(${responses.issuedOn}, '')`,
  createdAt: responses.createdAt,
  updatedAt: responses.updatedAt,
} satisfies SortColumns<string>;

export type ResponseFilters = {
  party?: readonly string[] | undefined;
  actor?: readonly string[] | undefined;
  proposal?: readonly string[] | undefined;
  demand?: readonly string[] | undefined;
  issue?: readonly string[] | undefined;
  stance?: readonly (typeof stances)[number][] | undefined;
  issuedFrom?: string | undefined;
  issuedTo?: string | undefined;
  updatedSince?: string | undefined;
};

function responseFilter(filters: ResponseFilters, scope: AsOfScope | undefined): SQL | undefined {
  const answering = (demandCondition: SQL | undefined) =>
    demandCondition &&
    inArray(
      responses.id,
      sql`(select ${responseAnswers.responseId} from ${responseAnswers}
           join ${demands} on ${demands.id} = ${responseAnswers.demandId} where ${demandCondition})`,
    );
  return and(
    anyOf(responses.partyId, filters.party),
    anyOf(responses.actorId, filters.actor),
    anyOf(responses.proposalId, filters.proposal),
    anyOf(stateAsOf(scope, 'response', responses.id), filters.stance),
    answering(anyOf(demands.id, filters.demand)),
    answering(anyOf(demands.issueId, filters.issue)),
    dateRange(responses.issuedOn, filters.issuedFrom, filters.issuedTo),
    changedSince(responses.updatedAt, filters.updatedSince),
  );
}

/** Adds the demands each response answers and its conditions, one query each per 500 responses. */
function withAnswers(
  db: AppDatabase,
  rows: (typeof responses.$inferSelect)[],
  scope: AsOfScope | undefined,
): ResponseRecord[] {
  const ids = rows.map((row) => row.id);
  const answerRows = chunks(ids).flatMap((batch) =>
    db
      .select()
      .from(responseAnswers)
      .where(inArray(responseAnswers.responseId, batch))
      .orderBy(sql`${responseAnswers}.rowid`)
      .all(),
  );
  const answers = groupBy(
    withEvidence(
      db,
      'answer',
      answerRows.map((answer) => ({ ...answer, id: answerKey(answer.responseId, answer.demandId) })),
      { sourceIds: scope?.sourceIds },
    ),
    (answer) => answer.responseId,
  );
  const conditions = groupBy(
    chunks(ids).flatMap((batch) =>
      db
        .select()
        .from(responseConditions)
        .where(inArray(responseConditions.responseId, batch))
        .orderBy(sql`${responseConditions}.rowid`)
        .all(),
    ),
    (condition) => condition.responseId,
  );
  const withLinks = rows.map((row) => ({
    ...row,
    answers: (answers.get(row.id) ?? []).map(({ demandId, stance, scope: answerScope, evidence }) => ({
      demandId,
      stance,
      scope: answerScope,
      evidence,
    })),
    conditions: (conditions.get(row.id) ?? []).map((condition) => condition.demandId),
  }));
  return presentStateful(db, 'response', withLinks, scope);
}

export function listResponses(
  db: AppDatabase,
  filters: ResponseFilters & ReadOptions & PageRequest<keyof typeof responseSortColumns>,
): Page<ResponseRecord> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: responses,
    where: and(responseFilter(filters, scope), visibleRecords(scope, 'response', responses.id)),
    sortColumns: responseSortColumns,
    page: filters,
    resource: 'responses',
    filters,
  });
  return { items: withAnswers(db, rows, scope), ...page };
}

export function getResponse(db: AppDatabase, id: string, options: ReadOptions = {}): ResponseRecord {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('response', rowById(db, responses, 'response', id), scope, (rows) => withAnswers(db, rows, scope));
}

export function responsesByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): ResponseRecord[] {
  return withAnswers(db, rowsByIds(db, responses, ids), scope);
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
