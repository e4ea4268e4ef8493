/**
 * Records embedded in other records (`include=`). This is the one module that depends on several
 * resources, so resources never import each other; each relation is one query for a whole page.
 */
import type { AppDatabase } from '../db/client.js';
import { byId, groupBy, uniqueDefined } from '../lib/collections.js';
import { type Actor, actorsByIds, actorsOfParties } from './actors/queries.js';
import {
  type DemandFilters,
  type DemandRecord,
  type demandSortColumns,
  demandsByIds,
  getDemand,
  listDemands,
} from './demands/queries.js';
import { type Issue, issuesByIds } from './issues/queries.js';
import {
  getMeeting,
  listMeetings,
  type MeetingFilters,
  type MeetingRecord,
  type meetingSortColumns,
} from './meetings/queries.js';
import type { Page, PageRequest } from './paging/keyset.js';
import {
  getParty,
  listParties,
  type PartyFilters,
  type PartyRecord,
  partiesByIds,
  type partySortColumns,
} from './parties/queries.js';
import { type Proposal, proposalsByIds } from './proposals/queries.js';
import {
  getResponse,
  listResponses,
  type ResponseFilters,
  type ResponseRecord,
  responseIdsAnswering,
  type responseSortColumns,
  responsesByIds,
} from './responses/queries.js';

export const demandEmbeds = ['party', 'issue', 'proposal', 'responses'] as const;
export const responseEmbeds = ['party', 'actor', 'proposal', 'demands'] as const;
export const meetingEmbeds = ['parties', 'actors'] as const;

type Include<Names extends readonly string[]> = { include?: ReadonlySet<Names[number]> | undefined };

export type Party = PartyRecord & { actors: Actor[] };
export type Demand = DemandRecord & {
  party?: Party;
  issue?: Issue;
  proposal?: Proposal | null;
  responses?: ResponseRecord[];
};
export type Response = ResponseRecord & {
  party?: Party;
  actor?: Actor | null;
  proposal?: Proposal | null;
  demands?: DemandRecord[];
};
export type Meeting = MeetingRecord & { parties?: Party[]; actors?: Actor[] };

const mapItems = <In, Out>(page: Page<In>, embed: (items: In[]) => Out[]): Page<Out> => ({
  ...page,
  items: embed(page.items),
});
const idsOf = <Item>(items: readonly Item[], pick: (item: Item) => string | null) => uniqueDefined(items.map(pick));

/** Parties always carry the actors who act for them. */
function withActors(db: AppDatabase, items: PartyRecord[]): Party[] {
  const byParty = groupBy(
    actorsOfParties(
      db,
      items.map((item) => item.id),
    ),
    (actor) => actor.partyId,
  );
  return items.map((item) => ({ ...item, actors: byParty.get(item.id) ?? [] }));
}

const partiesWithActors = (db: AppDatabase, ids: Iterable<string>) => byId(withActors(db, partiesByIds(db, ids)));

export function listPartiesWithActors(
  db: AppDatabase,
  filters: PartyFilters & PageRequest<keyof typeof partySortColumns>,
): Page<Party> {
  return mapItems(listParties(db, filters), (items) => withActors(db, items));
}

export function getPartyWithActors(db: AppDatabase, id: string): Party {
  return withActors(db, [getParty(db, id)])[0]!;
}

function embedInDemands(
  db: AppDatabase,
  items: DemandRecord[],
  include: ReadonlySet<(typeof demandEmbeds)[number]> | undefined,
): Demand[] {
  if (!include?.size || items.length === 0) return items;
  const partiesById = include.has('party')
    ? partiesWithActors(
        db,
        idsOf(items, (item) => item.partyId),
      )
    : undefined;
  const issuesById = include.has('issue')
    ? byId(
        issuesByIds(
          db,
          idsOf(items, (item) => item.issueId),
        ),
      )
    : undefined;
  const proposalsById = include.has('proposal')
    ? byId(
        proposalsByIds(
          db,
          idsOf(items, (item) => item.proposalId),
        ),
      )
    : undefined;
  let responsesByDemand: Map<string, ResponseRecord[]> | undefined;
  if (include.has('responses')) {
    const answering = responseIdsAnswering(
      db,
      items.map((item) => item.id),
    );
    const responsesById = byId(responsesByIds(db, [...answering.values()].flat()));
    responsesByDemand = new Map(
      [...answering].map(([demandId, ids]) => [demandId, uniqueDefined(ids.map((id) => responsesById.get(id)))]),
    );
  }
  return items.map((item) => ({
    ...item,
    ...(partiesById && { party: partiesById.get(item.partyId) }),
    ...(issuesById && { issue: issuesById.get(item.issueId) }),
    ...(proposalsById && { proposal: item.proposalId ? (proposalsById.get(item.proposalId) ?? null) : null }),
    ...(responsesByDemand && { responses: responsesByDemand.get(item.id) ?? [] }),
  }));
}

export function listDemandsIncluding(
  db: AppDatabase,
  filters: DemandFilters & PageRequest<keyof typeof demandSortColumns> & Include<typeof demandEmbeds>,
): Page<Demand> {
  return mapItems(listDemands(db, filters), (items) => embedInDemands(db, items, filters.include));
}

export function getDemandIncluding(
  db: AppDatabase,
  id: string,
  include?: ReadonlySet<(typeof demandEmbeds)[number]>,
): Demand {
  return embedInDemands(db, [getDemand(db, id)], include)[0]!;
}

function embedInResponses(
  db: AppDatabase,
  items: ResponseRecord[],
  include: ReadonlySet<(typeof responseEmbeds)[number]> | undefined,
): Response[] {
  if (!include?.size || items.length === 0) return items;
  const partiesById = include.has('party')
    ? partiesWithActors(
        db,
        idsOf(items, (item) => item.partyId),
      )
    : undefined;
  const actorsById = include.has('actor')
    ? byId(
        actorsByIds(
          db,
          idsOf(items, (item) => item.actorId),
        ),
      )
    : undefined;
  const proposalsById = include.has('proposal')
    ? byId(
        proposalsByIds(
          db,
          idsOf(items, (item) => item.proposalId),
        ),
      )
    : undefined;
  const demandsById = include.has('demands')
    ? byId(
        demandsByIds(
          db,
          items.flatMap((item) => item.answers.map((answer) => answer.demandId)),
        ),
      )
    : undefined;
  return items.map((item) => ({
    ...item,
    ...(partiesById && { party: partiesById.get(item.partyId) }),
    ...(actorsById && { actor: item.actorId ? (actorsById.get(item.actorId) ?? null) : null }),
    ...(proposalsById && { proposal: item.proposalId ? (proposalsById.get(item.proposalId) ?? null) : null }),
    ...(demandsById && { demands: uniqueDefined(item.answers.map((answer) => demandsById.get(answer.demandId))) }),
  }));
}

export function listResponsesIncluding(
  db: AppDatabase,
  filters: ResponseFilters & PageRequest<keyof typeof responseSortColumns> & Include<typeof responseEmbeds>,
): Page<Response> {
  return mapItems(listResponses(db, filters), (items) => embedInResponses(db, items, filters.include));
}

export function getResponseIncluding(
  db: AppDatabase,
  id: string,
  include?: ReadonlySet<(typeof responseEmbeds)[number]>,
): Response {
  return embedInResponses(db, [getResponse(db, id)], include)[0]!;
}

function embedInMeetings(
  db: AppDatabase,
  items: MeetingRecord[],
  include: ReadonlySet<(typeof meetingEmbeds)[number]> | undefined,
): Meeting[] {
  if (!include?.size || items.length === 0) return items;
  const participants = items.flatMap((item) => item.participants);
  const partiesById = include.has('parties')
    ? partiesWithActors(
        db,
        idsOf(participants, (p) => p.partyId),
      )
    : undefined;
  const actorsById = include.has('actors')
    ? byId(
        actorsByIds(
          db,
          idsOf(participants, (p) => p.actorId),
        ),
      )
    : undefined;
  return items.map((item) => ({
    ...item,
    ...(partiesById && { parties: uniqueDefined(item.participants.map((p) => partiesById.get(p.partyId))) }),
    ...(actorsById && {
      actors: uniqueDefined(item.participants.map((p) => (p.actorId ? actorsById.get(p.actorId) : undefined))),
    }),
  }));
}

export function listMeetingsIncluding(
  db: AppDatabase,
  filters: MeetingFilters & PageRequest<keyof typeof meetingSortColumns> & Include<typeof meetingEmbeds>,
): Page<Meeting> {
  return mapItems(listMeetings(db, filters), (items) => embedInMeetings(db, items, filters.include));
}

export function getMeetingIncluding(
  db: AppDatabase,
  id: string,
  include?: ReadonlySet<(typeof meetingEmbeds)[number]>,
): Meeting {
  return embedInMeetings(db, [getMeeting(db, id)], include)[0]!;
}
