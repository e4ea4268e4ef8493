import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import {
  type meetingKinds,
  meetingParticipants,
  type meetingStatuses,
  meetings,
  type participantRoles,
} from '../../db/schema.js';
import { chunks, groupBy } from '../../lib/collections.js';
import {
  type AsOfScope,
  presentOne,
  presentStateful,
  type ReadOptions,
  resolveAsOf,
  stateAsOf,
  visibleParticipants,
  visibleRecords,
} from '../as-of.js';
import { type Evidence, participantKey, withEvidence } from '../evidence.js';
import { anyOf, changedSince, dateRange } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById } from '../rows.js';

/** A party, and when known its actor, taking part in a meeting, with the quotes that say so. */
export type Participant = {
  partyId: string;
  actorId: string | null;
  role: (typeof participantRoles)[number] | null;
  evidence: Evidence[];
};
/** A meeting with its participants; see relations.ts for the records a meeting can embed. */
export type MeetingRecord = typeof meetings.$inferSelect & {
  href: string;
  participants: Participant[];
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
  startsFrom?: string | undefined;
  startsTo?: string | undefined;
  updatedSince?: string | undefined;
};

/**
 * Meetings any of these parties or actors takes part in; as of a scope, a participant no visible
 * source names does not count.
 */
const participating = (
  column: typeof meetingParticipants.partyId | typeof meetingParticipants.actorId,
  ids: readonly string[] | undefined,
  scope: AsOfScope | undefined,
) =>
  ids &&
  inArray(
    meetings.id,
    sql`(select ${meetingParticipants.meetingId} from ${meetingParticipants}
         where ${and(anyOf(column, ids), visibleParticipants(scope))})`,
  );

function meetingConditions(filters: MeetingFilters, scope: AsOfScope | undefined): SQL | undefined {
  return and(
    anyOf(stateAsOf(scope, 'meeting', meetings.id), filters.status),
    anyOf(meetings.kind, filters.kind),
    // Whole words, any case: `Washington` finds "Washington, DC" (see contains_words in db/client.ts).
    filters.location ? sql`contains_words(${meetings.location}, ${filters.location})` : undefined,
    participating(meetingParticipants.partyId, filters.party, scope),
    participating(meetingParticipants.actorId, filters.actor, scope),
    dateRange(meetings.startsOn, filters.startsFrom, filters.startsTo),
    changedSince(meetings.updatedAt, filters.updatedSince),
  );
}

function withParticipants(db: AppDatabase, rows: (typeof meetings.$inferSelect)[], scope: AsOfScope | undefined) {
  const participants = chunks(rows.map((row) => row.id)).flatMap((batch) =>
    db
      .select()
      .from(meetingParticipants)
      .where(inArray(meetingParticipants.meetingId, batch))
      .orderBy(meetingParticipants.id)
      .all(),
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
  const withList = rows.map((row) => ({
    ...row,
    participants: (byMeeting.get(row.id) ?? []).map(({ partyId, actorId, role, evidence }) => ({
      partyId,
      actorId,
      role,
      evidence,
    })),
  }));
  return presentStateful(db, 'meeting', withList, scope);
}

export function listMeetings(
  db: AppDatabase,
  filters: MeetingFilters & ReadOptions & PageRequest<keyof typeof meetingSortColumns>,
): Page<MeetingRecord> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: meetings,
    where: and(meetingConditions(filters, scope), visibleRecords(scope, 'meeting', meetings.id)),
    sortColumns: meetingSortColumns,
    page: filters,
    resource: 'meetings',
    filters,
  });
  return { items: withParticipants(db, rows, scope), ...page };
}

export function getMeeting(db: AppDatabase, id: string, options: ReadOptions = {}): MeetingRecord {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('meeting', rowById(db, meetings, 'meeting', id), scope, (rows) =>
    withParticipants(db, rows, scope),
  );
}
