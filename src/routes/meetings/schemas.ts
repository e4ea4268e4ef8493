import { z } from 'zod';
import { agendaTypes, meetingKinds, meetingStatuses, participantRoles } from '../../db/schema.js';
import { meetingSortColumns } from '../../domain/meetings/queries.js';
import { sortFieldsOf } from '../../domain/paging/keyset.js';
import { meetingEmbeds } from '../../domain/relations.js';
import {
  asOfParam,
  contestedField,
  DatePrecisionSchema,
  enumFilter,
  evidenceField,
  hrefField,
  idFilter,
  PartialDateSchema,
  timestampFields,
} from '../../http/common.js';
import { includeParam, pageParams, partialDateParam, updatedSinceParam } from '../../http/list-params.js';

export const ParticipantSchema = z
  .object({
    partyId: z.string(),
    actorId: z.string().nullable().describe('Who attends for the party, when the source says.'),
    role: z.enum(participantRoles).nullable().describe('`host` or `participant`; null when the source does not say.'),
    evidence: evidenceField,
  })
  .meta({
    id: 'Participant',
    description: 'A party, and when known the actor, taking part in a meeting, with the quotes that say so.',
  });

export const AgendaItemSchema = z
  .object({
    type: z.enum(agendaTypes).describe('An `issue` at stake, or a `proposal` on the table.'),
    id: z.string(),
    href: z.string().describe('Where the issue or proposal is served.'),
    evidence: evidenceField.describe('The quotes saying the meeting discusses it.'),
  })
  .meta({ id: 'AgendaItem', description: 'An issue or proposal a meeting discusses, with the quotes that say so.' });

/** A meeting without embedded records (see ../relations.ts for the Meeting the API serves). */
export const MeetingRecordSchema = z.object({
  id: z.string(),
  href: hrefField,
  title: z.string(),
  kind: z.enum(meetingKinds),
  status: z
    .enum(meetingStatuses)
    .describe('`held` has happened; `scheduled` has a set occasion; `planned` is intended. As the latest source says.'),
  contested: contestedField,
  location: z.string().nullable().describe('Where the meeting takes place; null when the source does not say.'),
  startsOn: PartialDateSchema.describe('When the meeting takes place; null when the source does not say.'),
  startsOnPrecision: DatePrecisionSchema,
  purpose: z.string().nullable(),
  hostPartyId: z.string().nullable().describe('The party hosting the meeting; null when the source does not say.'),
  participants: z.array(ParticipantSchema),
  agenda: z.array(AgendaItemSchema).describe('The issues and proposals the meeting discusses, as the sources say.'),
  evidence: evidenceField,
  ...timestampFields,
});

export const MeetingFiltersSchema = z.strictObject({
  status: enumFilter(meetingStatuses, 'meetings with this status'),
  party: idFilter('Only meetings this party id takes part in.', 'hamas'),
  kind: enumFilter(meetingKinds, 'meetings of this kind'),
  location: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Only meetings whose location contains these words, in any case: `Washington` finds "Washington, DC".'),
  actor: idFilter('Only meetings this actor id takes part in.', 'benjamin-netanyahu'),
  issue: idFilter('Only meetings discussing this issue id.', 'ending-the-war'),
  proposal: idFilter('Only meetings discussing this proposal id.', 'truce-framework'),
  startsFrom: partialDateParam('Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).'),
  startsTo: partialDateParam('Only meetings on or before this date.'),
  updatedSince: updatedSinceParam,
  asOf: asOfParam,
  include: includeParam(meetingEmbeds),
  ...pageParams(sortFieldsOf(meetingSortColumns)),
});
