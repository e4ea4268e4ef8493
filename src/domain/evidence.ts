import { and, eq, inArray } from 'drizzle-orm';
import type { AppDatabase } from '../db/client.js';
import { evidence, type RecordType } from '../db/schema.js';
import { chunks, groupBy } from '../lib/collections.js';

/** A verbatim quote from a source backing one record: `source.text.slice(start, end) === quote`. */
export type Evidence = { sourceId: string; quote: string; start: number; end: number };

/** Adds each record's evidence with one query per 500 records. */
export function withEvidence<Row extends { id: string }>(
  db: AppDatabase,
  recordType: RecordType,
  rows: readonly Row[],
): (Row & { evidence: Evidence[] })[] {
  if (rows.length === 0) return [];
  const quotes = chunks(rows.map((row) => row.id)).flatMap((ids) =>
    db
      .select({
        id: evidence.id,
        recordId: evidence.recordId,
        sourceId: evidence.sourceId,
        quote: evidence.quote,
        start: evidence.start,
        end: evidence.end,
      })
      .from(evidence)
      .where(and(eq(evidence.recordType, recordType), inArray(evidence.recordId, ids)))
      .all(),
  );
  quotes.sort((a, b) => a.id - b.id);
  const byRecord = groupBy(quotes, (quote) => quote.recordId);
  return rows.map((row) => ({
    ...row,
    evidence: (byRecord.get(row.id) ?? []).map(({ sourceId, quote, start, end }) => ({ sourceId, quote, start, end })),
  }));
}

/** A quote as a writer gives it: the words and where they stand in the source text. */
export type QuoteAt = { quote: string; start: number; end: number };

/** Why a quote does not stand in the source at its offsets, or null when it does. */
export function quoteProblem(text: string, { quote, start, end }: QuoteAt): string | null {
  if (quote.length === 0) return 'the quote is empty';
  const actual = text.slice(start, end);
  if (actual === quote) return null;
  return `[${start}, ${end}) is ${JSON.stringify(actual)}, not ${JSON.stringify(quote)}`;
}
