/**
 * The dataset format: one source and what it says, as JSON. The seed is a dataset, and so is every
 * later source an analyst records; a dataset may add records, add evidence and participants to
 * records already there, and claim a new state for them (`updates`) without overwriting what earlier
 * sources said.
 */
import { z } from 'zod';
import {
  actorKinds,
  agendaTypes,
  answerScopes,
  claimFields,
  datePrecisions,
  demandStatuses,
  meetingKinds,
  meetingStatuses,
  participantRoles,
  partyKinds,
  partyRoles,
  proposalStatuses,
  reasonTargets,
  recordTypes,
  reportingModes,
  sourceKinds,
  speakerKinds,
  stances,
  statementKinds,
} from '../../db/schema.js';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Slug = z.string().max(200).regex(slugPattern, { error: 'must be a lowercase slug such as "hamas"' });
const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .nullable()
  .default(null);
const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => Text(max).nullable().default(null);

export const SpeakerSchema = z
  .strictObject({
    kind: z.enum(speakerKinds),
    id: Slug.nullable()
      .default(null)
      .describe('The actor or party id; for an unnamed speaker, the party it speaks for when the text says.'),
    label: OptionalText(200).describe(
      'How the text names the speaker, e.g. "Israeli officials"; null for the reporter.',
    ),
  })
  .refine((speaker) => speaker.kind === 'unnamed' || (speaker.kind === 'reporter') === (speaker.id === null), {
    error: 'an actor or party speaker names its id, the reporter none',
  });

export const QuoteSchema = z.strictObject({
  quote: Text(5000).describe('The words of the source, verbatim.'),
  start: z
    .int()
    .min(0)
    .optional()
    .describe('Offset of the quote in the source text; found by the server when omitted.'),
  end: z.int().min(0).optional(),
  occurrence: z
    .int()
    .min(1)
    .optional()
    .describe('Which occurrence, when the quote appears more than once (1 = first).'),
  attributedTo: SpeakerSchema,
  reporting: z.enum(reportingModes),
  hedges: z
    .array(Text(100))
    .max(20)
    .default([])
    .describe('Hedging words in the quote, verbatim: "reportedly", "likely".'),
});

const Cited = { evidence: z.array(QuoteSchema).min(1).max(100) };
const RecordRef = z.strictObject({ type: z.enum(recordTypes), id: Slug });

export const ParticipantSchema = z.strictObject({
  partyId: Slug,
  actorId: Slug.nullable().default(null),
  role: z.enum(participantRoles).nullable().default(null),
  ...Cited,
});

/** An issue or proposal a meeting discusses, with the quotes that say so. */
export const AgendaItemSchema = z.strictObject({ type: z.enum(agendaTypes), id: Slug, ...Cited });

export const DatasetSchema = z.strictObject({
  source: z.strictObject({
    id: Slug,
    kind: z.enum(sourceKinds).nullable().default(null),
    title: OptionalText(500),
    publisher: OptionalText(200),
    url: z.url().max(2000).nullable().default(null),
    publishedOn: PartialDate,
    publishedOnPrecision: z.enum(datePrecisions),
    text: z.string().min(1).max(2_000_000).optional().describe('The full text; or `textFile`, for datasets on disk.'),
    textFile: z.string().max(200).optional(),
  }),
  parties: z
    .array(
      z.strictObject({
        id: Slug,
        name: Text(200),
        kind: z.enum(partyKinds),
        roles: z.array(z.enum(partyRoles)).max(5).default([]),
        description: OptionalText(2000),
        ...Cited,
      }),
    )
    .default([]),
  actors: z
    .array(
      z.strictObject({
        id: Slug,
        partyId: Slug,
        kind: z.enum(actorKinds),
        name: OptionalText(200),
        role: OptionalText(200),
        ...Cited,
      }),
    )
    .default([]),
  issues: z.array(z.strictObject({ id: Slug, title: Text(300), description: Text(2000), ...Cited })).default([]),
  proposals: z
    .array(
      z.strictObject({
        id: Slug,
        title: Text(300),
        summary: Text(2000),
        proposedByPartyId: Slug.nullable().default(null),
        pauseDurationDays: z.int().min(1).max(3650).nullable().default(null),
        status: z.enum(proposalStatuses),
        ...Cited,
      }),
    )
    .default([]),
  demands: z
    .array(
      z.strictObject({
        id: Slug,
        partyId: Slug,
        proposalId: Slug.nullable().default(null),
        issueId: Slug,
        title: Text(300),
        summary: Text(2000),
        status: z.enum(demandStatuses),
        raisedOn: PartialDate,
        raisedOnPrecision: z.enum(datePrecisions),
        ...Cited,
      }),
    )
    .default([]),
  responses: z
    .array(
      z.strictObject({
        id: Slug,
        partyId: Slug,
        actorId: Slug.nullable().default(null),
        proposalId: Slug.nullable().default(null),
        stance: z.enum(stances),
        wording: OptionalText(500),
        summary: Text(2000),
        issuedOn: PartialDate,
        issuedOnPrecision: z.enum(datePrecisions),
        conditions: z.array(Slug).max(50).default([]).describe('Demands the response makes its stance depend on.'),
        answers: z
          .array(
            z.strictObject({
              demandId: Slug,
              stance: z.enum(stances),
              scope: z.enum(answerScopes),
              evidence: z.array(QuoteSchema).max(100).default([]),
            }),
          )
          .max(200)
          .default([]),
        ...Cited,
      }),
    )
    .default([]),
  reasons: z
    .array(
      z.strictObject({
        id: Slug,
        forType: z.enum(reasonTargets),
        forId: Slug,
        answersDemandId: Slug.nullable().default(null),
        summary: Text(2000),
        ...Cited,
      }),
    )
    .default([]),
  statements: z
    .array(
      z.strictObject({
        id: Slug,
        kind: z.enum(statementKinds),
        partyId: Slug.nullable().default(null),
        aboutPartyIds: z.array(Slug).max(50).default([]),
        issueId: Slug.nullable().default(null),
        title: Text(300),
        summary: Text(2000),
        ...Cited,
      }),
    )
    .default([]),
  meetings: z
    .array(
      z.strictObject({
        id: Slug,
        title: Text(300),
        kind: z.enum(meetingKinds),
        status: z.enum(meetingStatuses),
        location: OptionalText(200),
        startsOn: PartialDate,
        startsOnPrecision: z.enum(datePrecisions),
        purpose: OptionalText(2000),
        hostPartyId: Slug.nullable().default(null),
        participants: z.array(ParticipantSchema).max(200).default([]),
        agenda: z.array(AgendaItemSchema).max(100).default([]).describe('The issues and proposals it discusses.'),
        ...Cited,
      }),
    )
    .default([]),
  /** Participants this source adds to meetings recorded before (or in this dataset). */
  participants: z
    .array(z.strictObject({ meetingId: Slug, ...ParticipantSchema.shape }))
    .max(1000)
    .default([]),
  /** A new state this source gives a record already recorded: a meeting held, a demand withdrawn. */
  updates: z
    .array(
      z.strictObject({
        type: z.enum(['demand', 'proposal', 'meeting', 'response']),
        id: Slug,
        field: z.enum(claimFields),
        value: z.string().min(1).max(100),
        ...Cited,
      }),
    )
    .max(1000)
    .default([]),
  sequence: z
    .array(z.strictObject({ before: RecordRef, after: RecordRef, ...Cited }))
    .max(1000)
    .default([]),
});

export type Dataset = z.output<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
export type Quote = z.output<typeof QuoteSchema>;
