import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { meetingParticipants, meetings } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { groupBy, withEvidence } from '../records.js';
import type { Meeting, MeetingFilters } from './schemas.js';

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

export function listMeetings(db: AppDatabase, filters: MeetingFilters = {}): Meeting[] {
  const rows = db
    .select()
    .from(meetings)
    .where(
      and(
        filters.status ? eq(meetings.status, filters.status) : undefined,
        filters.kind ? eq(meetings.kind, filters.kind) : undefined,
        filters.party
          ? inArray(
              meetings.id,
              db
                .select({ id: meetingParticipants.meetingId })
                .from(meetingParticipants)
                .where(eq(meetingParticipants.partyId, filters.party)),
            )
          : undefined,
      ),
    )
    .orderBy(sql`rowid`)
    .all();
  return withEvidence(db, 'meeting', withParticipants(db, rows));
}

export function getMeeting(db: AppDatabase, id: string): Meeting {
  const row = db.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!row) throw new NotFoundError('meeting', id);
  return withEvidence(db, 'meeting', withParticipants(db, [row]))[0]!;
}
