import { z } from 'zod';

/** `include=a,b`: related records to embed in each item, fetched in one query per relation. */
export function includeParam<const Names extends readonly [string, ...string[]]>(names: Names) {
  return z
    .string()
    .regex(new RegExp(`^(${names.join('|')})(,(${names.join('|')}))*$`), {
      error: `must list related records among ${names.join(', ')}, comma-separated`,
    })
    .optional()
    .transform((value) => new Set((value ? value.split(',') : []) as Names[number][]))
    .describe(`Related records to embed in each item, comma-separated: ${names.map((name) => `\`${name}\``).join(', ')}. Evidence is always included.`);
}

/** Looks records up by id in one batch and returns them as a map. */
export function byId<Item extends { id: string }>(items: Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}
