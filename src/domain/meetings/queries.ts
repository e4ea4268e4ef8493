import { and, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import {
  type AgendaType,
  meetingIssues,
  type meetingKinds,
  meetingParticipants,
  meetingProposals,
  type meetingStatuses,
  meetings,
  type participantRoles,
} from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
import {
  type AsOfScope,
  presentOne,
  presentStateful,
  type ReadOptions,
  resolveAsOf,
  stateAsOf,
  visibleAgenda,
  visibleParticipants,
  visibleRecords,
} from '../as-of.js';
import { agendaKey, type Evidence, participantKey, withEvidence } from '../evidence.js';
import { recordHref } from '../links.js';
import { changedAfter, listFilter, oneOf, onOrAfter, onOrBefore, valueFilter } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { allForList, prepareSelect } from '../prepared.js';
import { rowById } from '../rows.js';

/** A party, and when known its actor, taking part in a meeting, with the quotes that say so. */
export type Participant = {
  partyId: string;
  actorId: string | null;
  role: (typeof participantRoles)[number] | null;
  evidence: Evidence[];
};
/** An issue or proposal a meeting discusses, with the quotes that say so. */
export type AgendaItem = { type: AgendaType; id: string; href: string; evidence: Evidence[] };
/** A meeting with its participants and agenda; see relations.ts for the records a meeting can embed. */
export type MeetingRecord = typeof meetings.$inferSelect & {
  href: string;
  participants: Participant[];
  agenda: AgendaItem[];
  evidence: Evidence[];
  contested: boolean;
};

export const meetingSortColumns = {
  title: meetings.title,
  status: meetings.status,
  startsOn: sql`coalesce(${meetings.startsOn}, '')`,
  location: sql`coalesce(${meetings.location}, '')`,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
} satisfies SortColumns<string>;

export type MeetingFilters = {
  status?: readonly (typeof meetingStatuses)[number][] | undefined;
  kind?: readonly (typeof meetingKinds)[number][] | undefined;
  location?: string | undefined;
  party?: readonly string[] | undefined;
  actor?: readonly string[] | undefined;
  issue?: readonly string[] | undefined;
  proposal?: readonly string[] | undefined;
  startsFrom?: string | undefined;
  startsTo?: string | undefined;
  updatedSince?: string | undefined;
};

/**
 * Meetings any of these parties or actors takes part in; as of a scope, a participant no visible
 * source names does not count.
 */
const participating = (column: typeof meetingParticipants.partyId | typeof meetingParticipants.actorId) =>
  listFilter((matches, sources) =>
    inArray(
      meetings.id,
      sql`(select ${meetingParticipants.meetingId} from ${meetingParticipants}
           where ${and(matches(column), visibleParticipants(sources))})`,
    ),
  );

/** Where each kind of agenda link is kept. */
const agendaTables = {
  issue: { table: meetingIssues, meetingId: meetingIssues.meetingId, topicId: meetingIssues.issueId },
  proposal: { table: meetingProposals, meetingId: meetingProposals.meetingId, topicId: meetingProposals.proposalId },
} as const;

/** Meetings discussing any of these issues or proposals, as the sources visible in the scope say. */
const discussing = (type: AgendaType) =>
  listFilter((matches, sources) => {
    const { table, meetingId, topicId } = agendaTables[type];
    const linked = and(matches(topicId), visibleAgenda(sources, type, meetingId, topicId));
    return inArray(meetings.id, sql`(select ${meetingId} from ${table} where ${linked})`);
  });

/** The agenda of each meeting, issues first, each with its quotes (as of the scope, only those cited then). */
function agendaOf(db: AppDatabase, meetingIds: string[], scope: AsOfScope | undefined): Map<string, AgendaItem[]> {
  const links = (['issue', 'proposal'] as const).flatMap((type) => {
    const { table, meetingId, topicId } = agendaTables[type];
    return allForList(db, `meetings|agenda|${type}`, meetingIds, (matches) =>
      prepareSelect({ meetingId, topicId }, (fields) =>
        db.select(fields).from(table).where(matches(meetingId)).orderBy(sql`${table}.rowid`),
      ),
    ).map((link) => ({ ...link, type, id: agendaKey(link.meetingId, type, link.topicId) }));
  });
  const cited = withEvidence(db, 'agenda', links, { sourceIds: scope?.sourceIds });
  const byMeeting = new Map<string, AgendaItem[]>();
  for (const { meetingId, type, topicId, evidence } of cited) {
    // As of a point in time, a link no source then gives was not known yet.
    if (scope && evidence.length === 0) continue;
    const item = { type, id: topicId, href: recordHref(type, topicId), evidence };
    byMeeting.set(meetingId, [...(byMeeting.get(meetingId) ?? []), item]);
  }
  return byMeeting;
}

const meetingList: ListQuery<typeof meetings, keyof typeof meetingSortColumns, MeetingFilters> = {
  table: meetings,
  resource: 'meetings',
  filters: {
    status: oneOf((sources) => stateAsOf(sources, 'meeting', meetings.id)),
    kind: oneOf(meetings.kind),
    // Whole words, any case: `Washington` finds "Washington, DC" (see contains_words in db/client.ts).
    location: valueFilter((location) => sql`contains_words(${meetings.location}, ${location})`),
    party: participating(meetingParticipants.partyId),
    actor: participating(meetingParticipants.actorId),
    issue: discussing('issue'),
    proposal: discussing('proposal'),
    startsFrom: onOrAfter(meetings.startsOn),
    startsTo: onOrBefore(meetings.startsOn),
    updatedSince: changedAfter(meetings.updatedAt),
  },
  visible: (sources) => visibleRecords(sources, 'meeting', meetings.id),
  sortColumns: meetingSortColumns,
};

/** Adds each meeting's participants and agenda, and presents the meetings as of the scope. */
function withParticipants(db: AppDatabase, rows: (typeof meetings.$inferSelect)[], scope: AsOfScope | undefined) {
  const participants = allForList(
    db,
    'meetings|participants',
    rows.map((row) => row.id),
    (matches) =>
      prepareSelect(getTableColumns(meetingParticipants), (columns) =>
        db
          .select(columns)
          .from(meetingParticipants)
          .where(matches(meetingParticipants.meetingId))
          .orderBy(meetingParticipants.id),
      ),
  );
  const cited = withEvidence(
    db,
    'participant',
    participants.map((p) => ({ ...p, id: participantKey(p.meetingId, p.partyId, p.actorId) })),
    { sourceIds: scope?.sourceIds },
  );
  // As of a point in time, a participant no source then names was not known to take part yet.
  const byMeeting = groupBy(
    cited.filter((participant) => !scope || participant.evidence.length > 0),
    (participant) => participant.meetingId,
  );
  const agenda = agendaOf(
    db,
    rows.map((row) => row.id),
    scope,
  );
  const withList = rows.map((row) => ({
    ...row,
    participants: (byMeeting.get(row.id) ?? []).map(({ partyId, actorId, role, evidence }) => ({
      partyId,
      actorId,
      role,
      evidence,
    })),
    agenda: agenda.get(row.id) ?? [],
  }));
  return presentStateful(db, 'meeting', withList, scope);
}

export function listMeetings(
  db: AppDatabase,
  filters: MeetingFilters & ReadOptions & PageRequest<keyof typeof meetingSortColumns>,
): Page<MeetingRecord> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, meetingList, filters, scope?.sourceIds);
  return { items: withParticipants(db, rows, scope), ...page };
}

export function getMeeting(db: AppDatabase, id: string, options: ReadOptions = {}): MeetingRecord {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('meeting', rowById(db, meetings, 'meeting', id), scope, (rows) =>
    withParticipants(db, rows, scope),
  );
}
