import { z } from 'zod';
import type { SortKey } from '../domain/paging/keyset.js';

export const defaultPageSize = 50;
export const maxPageSize = 500;

/** `true` or `false` in the query string, a boolean in the document and in the handler. */
export const booleanParam = (defaultValue: boolean) =>
  z.preprocess(
    (value) => (value === 'true' ? true : value === 'false' ? false : value),
    // The default inside the preprocess, so the document shows it.
    z.boolean({ error: 'must be true or false' }).default(defaultValue),
  );

/** A query value as a list: comma-separated (`a,b`), the parameter repeated (`x=a&x=b`), or both. */
const splitList = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).flatMap((entry) => (typeof entry === 'string' ? entry.split(',') : [entry]));

/**
 * A parameter that takes one value or several: `status=scheduled,planned` or `status=scheduled&status=planned`.
 * Documented as an array (comma-separated, `explode: false`, see plugins/docs.ts).
 */
export function listParam<Item extends z.ZodType>(item: Item, { max = 100 }: { max?: number } = {}) {
  return z.preprocess(
    splitList,
    z
      .array(item)
      .min(1)
      .max(max, { error: `takes at most ${max} values` }),
  );
}

/**
 * A whole-number query parameter in plain decimal: `0x10`, `0b101`, `1e2`, `+7`, ` 7` or `7.0` are
 * refused rather than read as numbers (what `Number()` would do), so one value has one spelling.
 */
export function decimalIntParam({ min, max, fallback }: { min: number; max: number; fallback: number }) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^(0|[1-9]\d{0,15})$/.test(value) ? Number(value) : value),
    z
      .int({
        error: (issue) => (issue.code === 'invalid_type' ? 'must be a whole number in decimal digits' : undefined),
      })
      .min(min)
      .max(max)
      .default(fallback),
  );
}

/** Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a real year, month or day (no 2026-13 or 2026-02-30). */
export function isRealPartialDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The query parameters every list takes: `limit`, `cursor`, `sort` (over `sortable`) and `count`. */
export function pageParams<const Field extends string>(
  sortable: readonly [Field, ...Field[]],
  { defaultLimit = defaultPageSize, maxLimit = maxPageSize }: { defaultLimit?: number; maxLimit?: number } = {},
) {
  const sortKeys = sortable.flatMap((field) => [field, `-${field}`]) as [
    Field | `-${Field}`,
    ...(Field | `-${Field}`)[],
  ];
  return {
    limit: decimalIntParam({ min: 1, max: maxLimit, fallback: defaultLimit }).describe(
      `Page size, 1 to ${maxLimit}; default ${defaultLimit}.`,
    ),
    cursor: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('Opaque cursor from the previous page’s `nextCursor`; use it with the same filters and sort.'),
    sort: listParam(
      z.enum(sortKeys, {
        error: `must list fields among ${sortable.join(', ')}, each optionally prefixed with - for descending`,
      }),
      { max: sortable.length },
    )
      .refine((keys) => new Set(keys.map((key) => key.replace(/^-/, ''))).size === keys.length, {
        error: 'names a field twice',
      })
      .optional()
      .transform((keys): SortKey<Field>[] =>
        (keys ?? []).map((key) => ({ field: key.replace(/^-/, '') as Field, descending: key.startsWith('-') })),
      )
      .describe(
        `Sort order: fields among ${sortable.map((field) => `\`${field}\``).join(', ')}, comma-separated; ` +
          `prefix \`-\` for descending (e.g. \`-updatedAt,${sortable[0]}\`). ` +
          'Default: the order in which the sources report the records.',
      ),
    count: booleanParam(false).describe('`true` adds `total`, the number of records matching the filters.'),
  };
}

/** Filters on when a record last changed, common to every list. */
export const updatedSinceParam = z.iso
  .datetime({ offset: true })
  .optional()
  .describe('Only records changed after this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`).');

export const partialDateParam = (description: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isRealPartialDate, { error: 'must be a real date (month 01–12, a day the month has)' })
    .optional()
    .describe(description);

/** `include=a,b`: related records to embed in each item, fetched in one query per relation. */
export function includeParam<const Names extends readonly [string, ...string[]]>(names: Names) {
  return listParam(z.enum(names, { error: `must list related records among ${names.join(', ')}, comma-separated` }), {
    max: names.length,
  })
    .optional()
    .transform((value) => new Set(value ?? []) as ReadonlySet<Names[number]>)
    .describe(
      `Related records to embed in each item, comma-separated: ${names.map((name) => `\`${name}\``).join(', ')}.`,
    );
}

/**
 * The page envelope: `items`, `nextCursor` (null on the last page) and, when asked, `total`; plus
 * any page-wide fields of a list (`extra`, with their example values).
 */
export function pageOf<Item extends z.ZodType, Extra extends z.ZodRawShape = Record<never, never>>(
  item: Item,
  id: string,
  exampleItems: z.output<Item>[],
  extra?: { shape: Extra; example: z.output<z.ZodObject<Extra>> },
) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z
        .int()
        .min(0)
        .optional()
        .describe('Records matching the filters, across all pages; present with `count=true`.'),
      ...(extra?.shape as Extra),
    })
    .meta({
      id,
      description: `A page of ${id.replace(/Page$/, '')} records.`,
      examples: [{ items: exampleItems, nextCursor: null, ...extra?.example }],
    });
}
