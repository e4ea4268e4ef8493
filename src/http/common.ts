import { z } from 'zod';
import { datePrecisions } from '../db/schema.js';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .max(200)
  .regex(slugPattern, { error: 'must be a lowercase slug such as "hamas" or "truce-framework"' });

/** The `{id}` path parameter, with an example id of the resource it names. */
export function idParams(exampleId: string) {
  return z.strictObject({
    id: SlugSchema.describe('The record’s stable slug id.').meta({ examples: [exampleId] }),
  });
}

/**
 * An optional filter on a related record's id. The example goes in the description, not in
 * `examples`: Swagger UI pre-fills examples into "Try it out", which would silently filter.
 */
export function idFilter(description: string, exampleId: string) {
  return SlugSchema.optional().describe(`${description} Example: \`${exampleId}\`.`);
}

export const EvidenceSchema = z
  .object({
    sourceId: z.string().describe('The source the quote is taken from.'),
    quote: z.string().describe('Verbatim text of the source.'),
    start: z.int().min(0).describe('Offset of the quote’s first character in the source text (UTF-16 code units).'),
    end: z.int().min(0).describe('Offset just past the quote’s last character: `text.slice(start, end) === quote`.'),
  })
  .meta({
    id: 'Evidence',
    description: 'A verbatim quote from a source that backs a record.',
    examples: [{ sourceId: 'ceasefire-talks-report', quote: 'labeling them as unacceptable', start: 387, end: 416 }],
  });

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

export function enumFilter<const Values extends readonly [string, ...string[]]>(values: Values, what: string) {
  return z.enum(values).optional().describe(`Only ${what}.`);
}

/** A 200 response with a description of its own, so the spec says more than "Default Response". */
export function okResponse<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
