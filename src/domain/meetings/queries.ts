import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type meetingKinds, meetingParticipants, type meetingStatuses, meetings } from '../../db/schema.js';
import { chunks, groupBy } from '../../lib/collections.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince, dateRange } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById } from '../rows.js';

export type Participant = { partyId: string; actorId: string | null };
/** A meeting with its participants; see relations.ts for the records a meeting can embed. */
export type MeetingRecord = typeof meetings.$inferSelect & { participants: Participant[]; evidence: Evidence[] };

export const meetingSortColumns = {
  title: meetings.title,
  status: meetings.status,
  startsOn: sql`coalesce(${meetings.startsOn}, '')`,
  location: sql`coalesce(${meetings.location}, '')`,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
} satisfies SortColumns<string>;

export type MeetingFilters = {
  status?: (typeof meetingStatuses)[number] | undefined;
  kind?: (typeof meetingKinds)[number] | undefined;
  location?: string | undefined;
  party?: string | undefined;
  actor?: string | undefined;
  startsFrom?: string | undefined;
  startsTo?: string | undefined;
  updatedSince?: string | undefined;
};

const participating = (column: typeof meetingParticipants.partyId | typeof meetingParticipants.actorId, id: string) =>
  inArray(
    meetings.id,
    sql`(select ${meetingParticipants.meetingId} from ${meetingParticipants} where ${column} = ${id})`,
  );

function meetingConditions(filters: MeetingFilters): SQL | undefined {
  return and(
    filters.status ? eq(meetings.status, filters.status) : undefined,
    filters.kind ? eq(meetings.kind, filters.kind) : undefined,
    filters.location ? sql`${meetings.location} = ${filters.location} collate nocase` : undefined,
    filters.party ? participating(meetingParticipants.partyId, filters.party) : undefined,
    filters.actor ? participating(meetingParticipants.actorId, filters.actor) : undefined,
    dateRange(meetings.startsOn, filters.startsFrom, filters.startsTo),
    changedSince(meetings.updatedAt, filters.updatedSince),
  );
}

function withParticipantsAndEvidence(db: AppDatabase, rows: (typeof meetings.$inferSelect)[]): MeetingRecord[] {
  const participants = chunks(rows.map((row) => row.id)).flatMap((batch) =>
    db
      .select()
      .from(meetingParticipants)
      .where(inArray(meetingParticipants.meetingId, batch))
      .orderBy(meetingParticipants.id)
      .all(),
  );
  const byMeeting = groupBy(participants, (participant) => participant.meetingId);
  const withParticipants = rows.map((row) => ({
    ...row,
    participants: (byMeeting.get(row.id) ?? []).map(({ partyId, actorId }) => ({ partyId, actorId })),
  }));
  return withEvidence(db, 'meeting', withParticipants);
}

export function listMeetings(
  db: AppDatabase,
  filters: MeetingFilters & PageRequest<keyof typeof meetingSortColumns>,
): Page<MeetingRecord> {
  const { rows, ...page } = fetchPage(db, {
    table: meetings,
    where: meetingConditions(filters),
    sortColumns: meetingSortColumns,
    page: filters,
    resource: 'meetings',
    filters,
  });
  return { items: withParticipantsAndEvidence(db, rows), ...page };
}

export function getMeeting(db: AppDatabase, id: string): MeetingRecord {
  return withParticipantsAndEvidence(db, [rowById(db, meetings, 'meeting', id)])[0]!;
}
