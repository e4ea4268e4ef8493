import { z } from 'zod';
import { datePrecisions, reportingModes, speakerKinds } from '../db/schema.js';
import { isRealPartialDate, listParam } from './list-params.js';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .max(200)
  .regex(slugPattern, { error: 'must be a lowercase slug such as "hamas" or "truce-framework"' });

/** Where the API serves a record (`recordHref`): every record carries its own link. */
export const hrefField = z.string().describe('Where the API serves this record: `/v1/{collection}/{id}`.');

/** The `{id}` path parameter, with an example id of the resource it names. */
export function idParams(exampleId: string) {
  return z.strictObject({
    id: SlugSchema.describe('The record’s stable slug id.').meta({ examples: [exampleId] }),
  });
}

/**
 * An optional filter on a related record's id, taking one id or several (`party=hamas,israel`: either).
 * The example goes in the description, not in `examples`: Swagger UI pre-fills examples into
 * "Try it out", which would silently filter.
 */
export function idFilter(description: string, exampleId: string) {
  return listParam(SlugSchema)
    .optional()
    .describe(`${description} Several ids, comma-separated, match any of them. Example: \`${exampleId}\`.`);
}

export const SpeakerSchema = z
  .object({
    kind: z
      .enum(speakerKinds)
      .describe(
        '`actor` or `party`: someone in the data; `unnamed`: a group the text does not name further ("Israeli ' +
          'officials"); `reporter`: the report itself.',
      ),
    id: z
      .string()
      .nullable()
      .describe(
        'The actor or party id; for an unnamed group, the party it speaks for when the text says; null for the ' +
          'reporter.',
      ),
    label: z.string().nullable().describe('How the text names the speaker, verbatim; null for the reporter.'),
  })
  .meta({ id: 'Speaker', description: 'Who the source attributes a quote to.' });

export const ReportingSchema = z.enum(reportingModes).meta({
  id: 'Reporting',
  description:
    'How the source reports it: the speaker’s own words (`direct-quote`), the reporter restating them ' +
    '(`paraphrase`), relayed second-hand (`reported`, e.g. "reportedly"), or the reporter’s own ' +
    '`reporter-analysis` or `reporter-speculation` (e.g. "likely sees").',
});

export const EvidenceSchema = z
  .object({
    sourceId: z.string().describe('The source the quote is taken from.'),
    quote: z.string().describe('Verbatim text of the source.'),
    start: z.int().min(0).describe('Offset of the quote’s first character in the source text (UTF-16 code units).'),
    end: z.int().min(0).describe('Offset just past the quote’s last character: `text.slice(start, end) === quote`.'),
    attributedTo: SpeakerSchema,
    reporting: ReportingSchema,
    hedges: z
      .array(z.string())
      .describe('Hedging words in the quote, verbatim ("reportedly", "likely"): the claim is not stated as fact.'),
  })
  .meta({
    id: 'Evidence',
    description:
      'A verbatim quote from a source that backs a record, with who it is attributed to and how it is reported.',
    examples: [
      {
        sourceId: 'ceasefire-talks-report',
        quote: 'labeling them as unacceptable',
        start: 387,
        end: 416,
        attributedTo: { kind: 'actor', id: 'netanyahus-office', label: 'Netanyahu’s office' },
        reporting: 'paraphrase',
        hedges: [],
      },
    ],
  });

/** `asOf`: the data as the sources stood then. */
export const asOfParam = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|[a-z0-9]+(-[a-z0-9]+)*)$/, {
    error: 'must be a date (YYYY[-MM[-DD]]) or a source id',
  })
  .refine((value) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || isRealPartialDate(value), {
    error: 'must be a real date (month 01–12, a day the month has)',
  })
  .optional()
  .describe(
    'The data as the sources stood at a date (`2026-07-08`) or as of a source (its id): records only those sources ' +
      'cite, their quotes, and the state the latest of them gives. About what the sources said, not when the ' +
      'database recorded it.',
  );

export const contestedField = z
  .boolean()
  .describe('Whether sources of the same date disagree on this record’s state; `GET …/history` shows each.');

export const DatePrecisionSchema = z
  .enum(datePrecisions)
  .meta({ id: 'DatePrecision', description: 'How precisely the date is known; `unknown` when the source gives none.' });

/** A date as the source gives it: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when unknown. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable();

export const evidenceField = z.array(EvidenceSchema).describe('Quotes from sources backing this record.');

export const timestampFields = {
  createdAt: z.string().describe('When this record was created (ISO 8601, UTC).'),
  updatedAt: z.string().describe('When this record last changed (ISO 8601, UTC).'),
};

/** An optional filter on a vocabulary, taking one value or several (`status=scheduled,planned`: either). */
export function enumFilter<const Values extends readonly [string, ...string[]]>(values: Values, what: string) {
  return listParam(z.enum(values), { max: values.length })
    .optional()
    .describe(`Only ${what}; several values, comma-separated, match any of them.`);
}

/** A 200 response with a description of its own, so the spec says more than "Default Response". */
export function okResponse<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
