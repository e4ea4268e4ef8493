/**
 * Smaller answers on request: `fields=` keeps only some top-level fields of each record (sparse
 * fieldsets; `id` always stays), `evidence=false` leaves out every list of quotes.
 */
import { z } from 'zod';
import { booleanParam, listParam } from './list-params.js';

export type SparseOptions = { fields?: readonly string[] | undefined; evidence?: boolean | undefined };

/** The `fields` and `evidence` query parameters of a route answering `item` records. */
export function sparseParams(item: z.ZodObject) {
  const names = Object.keys(item.shape) as [string, ...string[]];
  return {
    fields: listParam(z.enum(names, { error: `must list fields among ${names.join(', ')}, comma-separated` }), {
      max: names.length,
    })
      .optional()
      .describe(
        'Only these top-level fields of each record, comma-separated, e.g. `fields=title,status`; `id` is always ' +
          'kept. The answer holds just those fields (the schema below lists them all).',
      ),
    evidence: booleanParam(true).describe(
      '`false` leaves out every `evidence` list (the quotes, at any depth) for a smaller answer.',
    ),
  };
}

/** Whether a request asks for less than the whole records. */
export const isSparse = ({ fields, evidence }: SparseOptions) => fields !== undefined || evidence === false;

function withoutEvidence(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEvidence);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'evidence')
      .map(([key, inner]) => [key, withoutEvidence(inner)]),
  );
}

/** A record (a JSON object as the API serves it) with only the fields asked for. */
export function trimRecord<Record extends object>(
  record: Record,
  { fields, evidence }: SparseOptions,
): Partial<Record> {
  let trimmed: object = record;
  if (fields) {
    const kept = new Set(['id', ...fields]);
    trimmed = Object.fromEntries(Object.entries(trimmed).filter(([key]) => kept.has(key)));
  }
  if (evidence === false) trimmed = withoutEvidence(trimmed) as object;
  return trimmed as Partial<Record>;
}
