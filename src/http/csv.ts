/**
 * CSV for spreadsheets: one row per record, every column a plain value. Nested values are
 * flattened by the record's schema: a list of quotes becomes `evidenceCount` and `quotes` (the quotes
 * joined with " | "), a list of related entries a count and their labels joined, a list of ids or
 * words the values joined, an embedded record its title or name.
 */
import { z } from 'zod';

export const csvListSeparator = ' | ';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. A text a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) is neutralised with a leading single quote, as OWASP recommends; numbers pass as they are.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export type CsvColumn = { name: string; value: (record: Record<string, unknown>) => unknown };

type Entry = Record<string, unknown>;

/** How one entry of a nested list, or an embedded record, reads in a cell. */
function labelOf(entry: unknown): string {
  if (entry === null || typeof entry !== 'object') return String(entry ?? '');
  const { title, name, summary, id, demandId, stance, partyId, actorId, field, snippet } = entry as Entry;
  const text = [title, name, summary].find((value) => typeof value === 'string' && value.length > 0);
  if (text) return String(text);
  if (typeof id === 'string') return id;
  if (typeof demandId === 'string') return `${demandId}: ${String(stance)}`; // an answer
  if (typeof partyId === 'string') return actorId ? `${partyId} (${String(actorId)})` : partyId; // a participant
  if (typeof field === 'string') return `${field}: ${String(snippet)}`; // a search match
  return JSON.stringify(entry);
}

const joined = (values: unknown[]) => values.map((value) => String(value ?? '')).join(csvListSeparator);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The schema inside optional, nullable and default wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The flat columns of `keys` of a record schema, in order (see the module comment). */
export function csvColumns(schema: z.ZodObject, keys: readonly string[]): CsvColumn[] {
  const shape = schema.shape as Record<string, z.ZodType>;
  return keys.flatMap((key): CsvColumn[] => {
    const field = unwrapped(shape[key]!);
    if (key === 'evidence') {
      return [
        { name: 'evidenceCount', value: (record) => listOf(record.evidence).length },
        { name: 'quotes', value: (record) => joined(listOf(record.evidence).map((quote) => (quote as Entry).quote)) },
      ];
    }
    if (field instanceof z.ZodArray) {
      if (!(unwrapped(field.element as z.ZodType) instanceof z.ZodObject)) {
        return [{ name: key, value: (record) => joined(listOf(record[key])) }];
      }
      // A count beside the labels, unless the record has one of its own (positions' `basisCount`).
      const count: CsvColumn[] =
        `${key}Count` in shape ? [] : [{ name: `${key}Count`, value: (r) => listOf(r[key]).length }];
      return [...count, { name: key, value: (record) => joined(listOf(record[key]).map(labelOf)) }];
    }
    if (field instanceof z.ZodObject) {
      return [{ name: key, value: (record) => (record[key] === null ? null : record[key] && labelOf(record[key])) }];
    }
    return [{ name: key, value: (record) => record[key] }];
  });
}

/** A header row, then one row per record, as the records arrive. */
export async function* csvLines(columns: CsvColumn[], pages: AsyncIterable<object[]>) {
  yield `${columns.map((column) => csvCell(column.name)).join(',')}\r\n`;
  for await (const records of pages) {
    if (records.length === 0) continue;
    yield records
      .map((record) => `${columns.map((column) => csvCell(column.value(record as Entry))).join(',')}\r\n`)
      .join('');
  }
}
