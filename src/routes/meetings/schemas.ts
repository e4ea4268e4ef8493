import { z } from 'zod';
import { examples } from '../../http/examples.js';
import { meetingKinds, meetingStatuses } from '../../db/schema.js';
import { DatePrecisionSchema, PartialDateSchema, enumFilter, evidenceField, idFilter, timestampFields } from '../../http/common.js';
import { ActorSchema } from '../actors/schemas.js';
import { includeParam } from '../embeds.js';
import { pageOf, pageParams, partialDateParam, updatedSinceParam } from '../pagination.js';
import { PartySchema } from '../parties/schemas.js';

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
    parties: z.array(PartySchema).optional().describe('The participating parties; with `include=parties`.'),
    actors: z.array(ActorSchema).optional().describe('The participating actors; with `include=actors`.'),
  })
  .meta({ id: 'Meeting', description: 'A meeting where the negotiation is discussed.', examples: [examples.meeting] });

export const MeetingPageSchema = pageOf(MeetingSchema, 'MeetingPage', examples.lists.meetings);

export const meetingEmbeds = ['parties', 'actors'] as const;

export const meetingSortFields = ['title', 'status', 'startsOn', 'location', 'createdAt', 'updatedAt'] as const;

export const MeetingFiltersSchema = z.strictObject({
  status: enumFilter(meetingStatuses, 'meetings with this status'),
  party: idFilter('Only meetings this party id takes part in.', 'hamas'),
  kind: enumFilter(meetingKinds, 'meetings of this kind'),
  location: z.string().min(1).max(200).optional().describe('Only meetings at this location (case-insensitive), e.g. `Doha`.'),
  actor: idFilter('Only meetings this actor id takes part in.', 'benjamin-netanyahu'),
  startsFrom: partialDateParam('Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  startsTo: partialDateParam('Only meetings on or before this date.'),
  updatedSince: updatedSinceParam,
  include: includeParam(meetingEmbeds),
  ...pageParams(meetingSortFields),
});

export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingFilters = z.output<typeof MeetingFiltersSchema>;
