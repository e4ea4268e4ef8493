import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { meetingParticipants, meetings } from '../../db/schema.js';
import { changedSince, cursorScope, dateRange, fetchPage, type Page, type Sortable } from '../pagination.js';
import { groupBy, rowById, withEvidence } from '../records.js';
import { actorsByIds } from '../actors/queries.js';
import { byId } from '../embeds.js';
import { partiesByIds } from '../parties/queries.js';
import type { Meeting, MeetingFilters, meetingEmbeds } from './schemas.js';

type MeetingEmbed = (typeof meetingEmbeds)[number];

function withParticipants(db: AppDatabase, rows: (typeof meetings.$inferSelect)[]) {
  if (rows.length === 0) return [];
  const participants = db
    .select()
    .from(meetingParticipants)
    .where(
      inArray(
        meetingParticipants.meetingId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(meetingParticipants.id)
    .all();
  const byMeeting = groupBy(participants, (participant) => participant.meetingId);
  return rows.map((row) => ({
    ...row,
    participants: (byMeeting.get(row.id) ?? []).map(({ partyId, actorId }) => ({ partyId, actorId })),
  }));
}

const sortable: Sortable = {
  title: sql`${meetings.title}`,
  status: sql`${meetings.status}`,
  startsOn: sql`coalesce(${meetings.startsOn}, '')`,
  location: sql`coalesce(${meetings.location}, '')`,
  createdAt: sql`${meetings.createdAt}`,
  updatedAt: sql`${meetings.updatedAt}`,
};

const participating = (column: typeof meetingParticipants.partyId | typeof meetingParticipants.actorId, id: string) =>
  inArray(
    meetings.id,
    sql`(select ${meetingParticipants.meetingId} from ${meetingParticipants} where ${column} = ${id})`,
  );

export function meetingConditions(filters: Partial<MeetingFilters>): SQL | undefined {
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

export function listMeetings(db: AppDatabase, filters: MeetingFilters): Page<Meeting> {
  const { rows, ...page } = fetchPage(db, {
    table: meetings,
    where: meetingConditions(filters),
    sortable,
    page: filters,
    scope: cursorScope('meetings', filters),
  });
  return { items: embedInMeetings(db, withEvidence(db, 'meeting', withParticipants(db, rows)), filters.include), ...page };
}

export function getMeeting(db: AppDatabase, id: string, include: ReadonlySet<MeetingEmbed> = new Set()): Meeting {
  const row = rowById(db, meetings, 'meeting', id);
  return embedInMeetings(db, withEvidence(db, 'meeting', withParticipants(db, [row])), include)[0]!;
}

/** Embeds the participants' parties and actors, one query each for the whole page. */
function embedInMeetings(db: AppDatabase, items: Meeting[], include: ReadonlySet<MeetingEmbed> | undefined): Meeting[] {
  if (!include?.size || items.length === 0) return items;
  const participants = items.flatMap((item) => item.participants);
  const partiesById = include.has('parties') ? byId(partiesByIds(db, participants.map((p) => p.partyId))) : undefined;
  const actorsById = include.has('actors')
    ? byId(actorsByIds(db, participants.flatMap((p) => (p.actorId ? [p.actorId] : []))))
    : undefined;
  const unique = <T>(values: (T | undefined)[]) => [...new Set(values)].filter((value): value is T => value !== undefined);
  return items.map((item) => ({
    ...item,
    ...(partiesById && { parties: unique(item.participants.map((p) => partiesById.get(p.partyId))) }),
    ...(actorsById && { actors: unique(item.participants.map((p) => (p.actorId ? actorsById.get(p.actorId) : undefined))) }),
  }));
}
