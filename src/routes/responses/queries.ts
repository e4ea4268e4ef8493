import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { demands, responseAnswers, responses } from '../../db/schema.js';
import { changedSince, cursorScope, dateRange, fetchPage, type Page, type Sortable } from '../pagination.js';
import { actorsByIds } from '../actors/queries.js';
import { demandsByIds } from '../demands/queries.js';
import { byId } from '../embeds.js';
import { partiesByIds } from '../parties/queries.js';
import { proposalsByIds } from '../proposals/queries.js';
import { groupBy, rowById, rowsByIds, withEvidence } from '../records.js';
import type { ResponseRecord } from './record.js';
import type { Response, ResponseFilters, responseEmbeds } from './schemas.js';

type ResponseEmbed = (typeof responseEmbeds)[number];

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
    filters.issue
      ? inArray(
          responses.id,
          sql`(select a.response_id from ${responseAnswers} a join ${demands} d on d.id = a.demand_id where d.issue_id = ${filters.issue})`,
        )
      : undefined,
    dateRange(responses.issuedOn, filters.issuedFrom, filters.issuedTo),
    changedSince(responses.updatedAt, filters.updatedSince),
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
  return { items: embedInResponses(db, withEvidence(db, 'response', withAnswers(db, rows)), filters.include), ...page };
}

/** The responses answering each of these demands. */
export function responsesAnswering(db: AppDatabase, demandIds: string[]): Map<string, ResponseRecord[]> {
  const answers = db.select().from(responseAnswers).where(inArray(responseAnswers.demandId, demandIds)).all();
  const responsesById = byId(withEvidence(db, 'response', withAnswers(db, rowsByIds(db, responses, answers.map((a) => a.responseId)))));
  const byDemand = groupBy(answers, (answer) => answer.demandId);
  return new Map(
    demandIds.map((demandId) => [
      demandId,
      (byDemand.get(demandId) ?? []).flatMap((answer) => responsesById.get(answer.responseId) ?? []),
    ]),
  );
}

/** Embeds the related records asked for, one query per relation for the whole page. */
function embedInResponses(db: AppDatabase, items: ResponseRecord[], include: ReadonlySet<ResponseEmbed> | undefined): Response[] {
  if (!include?.size || items.length === 0) return items;
  const partiesById = include.has('party') ? byId(partiesByIds(db, items.map((item) => item.partyId))) : undefined;
  const actorsById = include.has('actor') ? byId(actorsByIds(db, items.flatMap((item) => (item.actorId ? [item.actorId] : [])))) : undefined;
  const proposalsById = include.has('proposal')
    ? byId(proposalsByIds(db, items.flatMap((item) => (item.proposalId ? [item.proposalId] : []))))
    : undefined;
  const demandsById = include.has('demands')
    ? byId(demandsByIds(db, items.flatMap((item) => item.answers.map((answer) => answer.demandId))))
    : undefined;
  return items.map((item) => ({
    ...item,
    ...(partiesById && { party: partiesById.get(item.partyId) }),
    ...(actorsById && { actor: item.actorId ? (actorsById.get(item.actorId) ?? null) : null }),
    ...(proposalsById && { proposal: item.proposalId ? (proposalsById.get(item.proposalId) ?? null) : null }),
    ...(demandsById && { demands: item.answers.flatMap((answer) => demandsById.get(answer.demandId) ?? []) }),
  }));
}

export function getResponse(db: AppDatabase, id: string, include: ReadonlySet<ResponseEmbed> = new Set()): Response {
  const row = rowById(db, responses, 'response', id);
  return embedInResponses(db, withEvidence(db, 'response', withAnswers(db, [row])), include)[0]!;
}
