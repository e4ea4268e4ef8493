import { getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import {
  type answerScopes,
  demands,
  responseAnswers,
  responseConditions,
  responses,
  type stances,
} from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
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
import { changedAfter, listFilter, oneOf, onOrAfter, onOrBefore } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { allForList, prepareSelect } from '../prepared.js';
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

/** Responses answering a demand that meets the condition. */
const answering = (demandCondition: SQL) =>
  inArray(
    responses.id,
    sql`(select ${responseAnswers.responseId} from ${responseAnswers}
         join ${demands} on ${demands.id} = ${responseAnswers.demandId} where ${demandCondition})`,
  );

const responseList: ListQuery<typeof responses, keyof typeof responseSortColumns, ResponseFilters> = {
  table: responses,
  resource: 'responses',
  filters: {
    party: oneOf(responses.partyId),
    actor: oneOf(responses.actorId),
    proposal: oneOf(responses.proposalId),
    stance: oneOf((sources) => stateAsOf(sources, 'response', responses.id)),
    demand: listFilter((matches) => answering(matches(demands.id))),
    issue: listFilter((matches) => answering(matches(demands.issueId))),
    issuedFrom: onOrAfter(responses.issuedOn),
    issuedTo: onOrBefore(responses.issuedOn),
    updatedSince: changedAfter(responses.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'response', responses.id),
  sortColumns: responseSortColumns,
};

/** Adds the demands each response answers and its conditions, one query each per 500 responses. */
function withAnswers(
  db: AppDatabase,
  rows: (typeof responses.$inferSelect)[],
  scope: AsOfScope | undefined,
): ResponseRecord[] {
  const ids = rows.map((row) => row.id);
  const answerRows = allForList(db, 'responses|answers', ids, (matches) =>
    prepareSelect(getTableColumns(responseAnswers), (columns) =>
      db
        .select(columns)
        .from(responseAnswers)
        .where(matches(responseAnswers.responseId))
        .orderBy(sql`${responseAnswers}.rowid`),
    ),
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
    allForList(db, 'responses|conditions', ids, (matches) =>
      prepareSelect(getTableColumns(responseConditions), (columns) =>
        db
          .select(columns)
          .from(responseConditions)
          .where(matches(responseConditions.responseId))
          .orderBy(sql`${responseConditions}.rowid`),
      ),
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
  const { rows, ...page } = fetchPage(db, responseList, filters, scope?.sourceIds);
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
  const answers = allForList(db, 'responses|answering', demandIds, (matches) =>
    prepareSelect({ demandId: responseAnswers.demandId, responseId: responseAnswers.responseId }, (fields) =>
      db
        .select(fields)
        .from(responseAnswers)
        .where(matches(responseAnswers.demandId))
        .orderBy(sql`${responseAnswers}.rowid`),
    ),
  );
  const byDemand = groupBy(answers, (answer) => answer.demandId);
  return new Map(demandIds.map((id) => [id, (byDemand.get(id) ?? []).map((answer) => answer.responseId)]));
}
