import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { meetingKinds, meetingStatuses } from '../../db/schema.js';
import { DatePrecisionSchema, PartialDateSchema, idFilter, enumFilter, evidenceField, listOf, timestampFields } from '../../http/common.js';

export const ParticipantSchema = z
  .object({
    partyId: z.string(),
    actorId: z.string().nullable().describe('Who attends for the party, when the source says.'),
  })
  .meta({ id: 'Participant', description: 'A party, and when known the actor, taking part in a meeting.' });

export const MeetingSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(meetingKinds),
    status: z.enum(meetingStatuses).describe('`held` has happened; `scheduled` has a set occasion; `planned` is intended.'),
    location: z.string().nullable().describe('Where the meeting takes place; null when the source does not say.'),
    startsOn: PartialDateSchema.describe('When the meeting takes place; null when the source does not say.'),
    startsOnPrecision: DatePrecisionSchema,
    purpose: z.string().nullable(),
    participants: z.array(ParticipantSchema),
    evidence: evidenceField,
    ...timestampFields,
  })
  .meta({ id: 'Meeting', description: 'A meeting where the negotiation is discussed.', examples: [examples.meeting] });

export const MeetingListSchema = listOf(MeetingSchema, 'MeetingList', examples.lists.meetings);

export const MeetingFiltersSchema = z.strictObject({
  status: enumFilter(meetingStatuses, 'meetings with this status'),
  party: idFilter('Only meetings this party id takes part in.', 'hamas'),
  kind: enumFilter(meetingKinds, 'meetings of this kind'),
});

export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingFilters = z.infer<typeof MeetingFiltersSchema>;
