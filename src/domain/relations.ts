/**
 * Records embedded in other records (`include=`). This is the one module that depends on several
 * resources, so resources never import each other; each relation is one query for a whole page.
 */
import type { AppDatabase } from '../db/client.js';
import { byId, groupBy, uniqueDefined } from '../lib/collections.js';
import { type Actor, actorsByIds, actorsOfParties } from './actors/queries.js';
import { type AsOfScope, type ReadOptions, resolveAsOf } from './as-of.js';
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
import { type Reason, reasonsFor } from './reasons/queries.js';
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
/** `parties` are the participating parties alone; `parties.actors` adds every actor of each. */
export const meetingEmbeds = ['parties', 'parties.actors', 'actors'] as const;

type Include<Names extends readonly string[]> = { include?: ReadonlySet<Names[number]> | undefined };

export type Party = PartyRecord & { actors: Actor[] };
export type Demand = DemandRecord & {
  /** The reasons the demanding party gives, each with its quotes. */
  reasons: Reason[];
  party?: Party;
  issue?: Issue;
  proposal?: Proposal | null;
  responses?: ResponseRecord[];
};
export type Response = ResponseRecord & {
  /** The reasons given for the response, each with its speaker and, where it has one, the demand it answers. */
  reasons: Reason[];
  party?: Party;
  actor?: Actor | null;
  proposal?: Proposal | null;
  demands?: DemandRecord[];
};
export type Meeting = MeetingRecord & { parties?: (PartyRecord | Party)[]; actors?: Actor[] };

const mapItems = <In, Out>(page: Page<In>, embed: (items: In[]) => Out[]): Page<Out> => ({
  ...page,
  items: embed(page.items),
});
const idsOf = <Item>(items: readonly Item[], pick: (item: Item) => string | null) => uniqueDefined(items.map(pick));

/** Parties always carry the actors who act for them. */
function withActors(db: AppDatabase, items: PartyRecord[], scope?: AsOfScope): Party[] {
  const byParty = groupBy(
    actorsOfParties(
      db,
      items.map((item) => item.id),
      scope,
    ),
    (actor) => actor.partyId,
  );
  return items.map((item) => ({ ...item, actors: byParty.get(item.id) ?? [] }));
}

const partiesWithActors = (db: AppDatabase, ids: Iterable<string>) => byId(withActors(db, partiesByIds(db, ids)));

export function listPartiesWithActors(
  db: AppDatabase,
  filters: PartyFilters & ReadOptions & PageRequest<keyof typeof partySortColumns>,
): Page<Party> {
  const scope = resolveAsOf(db, filters.asOf);
  return mapItems(listParties(db, filters), (items) => withActors(db, items, scope));
}

export function getPartyWithActors(db: AppDatabase, id: string, options: ReadOptions = {}): Party {
  return withActors(db, [getParty(db, id, options)], resolveAsOf(db, options.asOf))[0]!;
}

/** Attaches each record's reasons, one query for the page. */
function withReasons<Item extends { id: string }>(
  db: AppDatabase,
  forType: 'demand' | 'response',
  items: Item[],
  scope: AsOfScope | undefined,
): (Item & { reasons: Reason[] })[] {
  const byRecord = groupBy(
    reasonsFor(
      db,
      forType,
      items.map((item) => item.id),
      scope,
    ),
    (reason) => reason.forId,
  );
  return items.map((item) => ({ ...item, reasons: byRecord.get(item.id) ?? [] }));
}

function embedInDemands(
  db: AppDatabase,
  records: DemandRecord[],
  include: ReadonlySet<(typeof demandEmbeds)[number]> | undefined,
  scope: AsOfScope | undefined,
): Demand[] {
  const items = withReasons(db, 'demand', records, scope);
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

/** Demands as the API answers them by default (with their reasons, nothing included), as they stand now. */
export function demandsAsAnswered(db: AppDatabase, ids: readonly string[]): Demand[] {
  return embedInDemands(db, demandsByIds(db, ids), undefined, undefined);
}

export function listDemandsIncluding(
  db: AppDatabase,
  filters: DemandFilters & ReadOptions & PageRequest<keyof typeof demandSortColumns> & Include<typeof demandEmbeds>,
): Page<Demand> {
  const scope = resolveAsOf(db, filters.asOf);
  return mapItems(listDemands(db, filters), (items) => embedInDemands(db, items, filters.include, scope));
}

export function getDemandIncluding(
  db: AppDatabase,
  id: string,
  { include, asOf }: ReadOptions & Include<typeof demandEmbeds> = {},
): Demand {
  return embedInDemands(db, [getDemand(db, id, { asOf })], include, resolveAsOf(db, asOf))[0]!;
}

function embedInResponses(
  db: AppDatabase,
  records: ResponseRecord[],
  include: ReadonlySet<(typeof responseEmbeds)[number]> | undefined,
  scope: AsOfScope | undefined,
): Response[] {
  const items = withReasons(db, 'response', records, scope);
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
  filters: ResponseFilters &
    ReadOptions &
    PageRequest<keyof typeof responseSortColumns> &
    Include<typeof responseEmbeds>,
): Page<Response> {
  const scope = resolveAsOf(db, filters.asOf);
  return mapItems(listResponses(db, filters), (items) => embedInResponses(db, items, filters.include, scope));
}

export function getResponseIncluding(
  db: AppDatabase,
  id: string,
  { include, asOf }: ReadOptions & Include<typeof responseEmbeds> = {},
): Response {
  return embedInResponses(db, [getResponse(db, id, { asOf })], include, resolveAsOf(db, asOf))[0]!;
}

function embedInMeetings(
  db: AppDatabase,
  items: MeetingRecord[],
  include: ReadonlySet<(typeof meetingEmbeds)[number]> | undefined,
): Meeting[] {
  if (!include?.size || items.length === 0) return items;
  const participants = items.flatMap((item) => item.participants);
  const partyIds = idsOf(participants, (p) => p.partyId);
  // A party's actors are many and mostly not at the meeting (those who are: `include=actors`).
  const partiesById = include.has('parties.actors')
    ? partiesWithActors(db, partyIds)
    : include.has('parties')
      ? byId(partiesByIds(db, partyIds))
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
  filters: MeetingFilters & ReadOptions & PageRequest<keyof typeof meetingSortColumns> & Include<typeof meetingEmbeds>,
): Page<Meeting> {
  return mapItems(listMeetings(db, filters), (items) => embedInMeetings(db, items, filters.include));
}

export function getMeetingIncluding(
  db: AppDatabase,
  id: string,
  { include, asOf }: ReadOptions & Include<typeof meetingEmbeds> = {},
): Meeting {
  return embedInMeetings(db, [getMeeting(db, id, { asOf })], include)[0]!;
}
