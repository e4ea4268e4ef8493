import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { AppDatabase, WriteTransaction } from '../db/client.js';
import { type AgendaType, type CitedType, evidence, type reportingModes, type speakerKinds } from '../db/schema.js';
import { groupBy } from '../lib/collections.js';
import { allForList, prepareSelect } from './prepared.js';

/** Who a source attributes a quote to, as the text names them. */
export type Speaker = {
  kind: (typeof speakerKinds)[number];
  /** The actor or party; for an unnamed group, the party it speaks for when the text says. */
  id: string | null;
  label: string | null;
};

/** A verbatim quote from a source backing one record: `source.text.slice(start, end) === quote`. */
export type Evidence = {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  attributedTo: Speaker;
  reporting: (typeof reportingModes)[number];
  hedges: string[];
};

/** Adds each record's evidence with one query per 500 records, through a statement prepared once per list size. */
export function withEvidence<Row extends { id: string }>(
  db: AppDatabase | WriteTransaction,
  recordType: CitedType,
  rows: readonly Row[],
  {
    sourceIds,
  }: {
    /** Only quotes from these sources (as of a point in time). */
    sourceIds?: readonly string[] | undefined;
  } = {},
): (Row & { evidence: Evidence[] })[] {
  if (rows.length === 0) return [];
  const quotes = allForList(
    db,
    sourceIds ? 'evidence|asOf' : 'evidence',
    rows.map((row) => row.id),
    (matches) =>
      prepareSelect(getTableColumns(evidence), (columns) =>
        db
          .select(columns)
          .from(evidence)
          .where(
            and(
              eq(evidence.recordType, sql.placeholder('type')),
              matches(evidence.recordId),
              sourceIds
                ? sql`${evidence.sourceId} in (select value from json_each(${sql.placeholder('asOf')}))`
                : undefined,
            ),
          ),
      ),
    sourceIds ? { type: recordType, asOf: JSON.stringify(sourceIds) } : { type: recordType },
  );
  quotes.sort((a, b) => a.id - b.id);
  const byRecord = groupBy(quotes, (quote) => quote.recordId);
  return rows.map((row) => ({ ...row, evidence: (byRecord.get(row.id) ?? []).map(toEvidence) }));
}

function toEvidence(row: typeof evidence.$inferSelect): Evidence {
  return {
    sourceId: row.sourceId,
    quote: row.quote,
    start: row.start,
    end: row.end,
    attributedTo: {
      kind: row.speakerKind,
      id: row.speakerActorId ?? row.speakerPartyId,
      label: row.speakerLabel,
    },
    reporting: row.reporting,
    hedges: row.hedges,
  };
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

/** The evidence key of a response's answer to one demand. */
export const answerKey = (responseId: string, demandId: string) => `${responseId}/${demandId}`;
/** The evidence key of one participant of a meeting. */
export const participantKey = (meetingId: string, partyId: string, actorId: string | null) =>
  `${meetingId}/${partyId}/${actorId ?? ''}`;
/** The evidence key of an issue or proposal on a meeting's agenda. */
export const agendaKey = (meetingId: string, type: AgendaType, id: string) => `${meetingId}/${type}:${id}`;
/** The evidence key of an ordering fact: `before` happened before `after`. */
export const sequenceKey = (before: { type: string; id: string }, after: { type: string; id: string }) =>
  `${before.type}:${before.id}>${after.type}:${after.id}`;

/** Where a quote stands in a text: at its given offsets, or found there (the `occurrence`-th time). */
export function locateQuote(
  text: string,
  quote: { quote: string; start?: number | undefined; end?: number | undefined; occurrence?: number | undefined },
): { start: number; end: number } | { problem: string } {
  if (quote.start !== undefined || quote.end !== undefined) {
    const start = quote.start ?? -1;
    const end = quote.end ?? -1;
    const problem = quoteProblem(text, { quote: quote.quote, start, end });
    return problem ? { problem } : { start, end };
  }
  const starts: number[] = [];
  for (let at = text.indexOf(quote.quote); at !== -1; at = text.indexOf(quote.quote, at + 1)) starts.push(at);
  if (starts.length === 0) return { problem: 'the quote does not occur in the source text' };
  if (quote.occurrence === undefined && starts.length > 1) {
    return { problem: `the quote occurs ${starts.length} times in the source; say which with "occurrence"` };
  }
  const start = starts[(quote.occurrence ?? 1) - 1];
  if (start === undefined) return { problem: `the quote occurs only ${starts.length} times, not ${quote.occurrence}` };
  return { start, end: start + quote.quote.length };
}
