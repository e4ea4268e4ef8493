import Database from 'better-sqlite3';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../db/client.js';
import {
  actors,
  demands,
  issues,
  meetings,
  parties,
  proposals,
  type RecordType,
  reasons,
  responses,
  searchDocuments,
  sources,
  statements,
} from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
import { InvalidRequestError } from '../errors.js';
import { recordHref } from '../links.js';
import { cursorScope, decodeCursor, encodeCursor, InvalidCursorError } from '../paging/cursor.js';

export const searchableTypes = [
  'party',
  'actor',
  'issue',
  'proposal',
  'demand',
  'response',
  'meeting',
  'reason',
  'statement',
  'source',
] as const satisfies readonly RecordType[];
type SearchableType = (typeof searchableTypes)[number];
const isSearchable = (type: string): type is SearchableType => (searchableTypes as readonly string[]).includes(type);

export type SearchHit = {
  type: SearchableType;
  id: string;
  href: string;
  title: string;
  score: number;
  matches: SearchMatch[];
};
/** A matching field; in a source's full text, also where the first match stands (`text.slice(start, end)`). */
export type SearchMatch = { field: string; snippet: string; start?: number; end?: number };
export type SearchQuery = {
  q: string;
  type?: readonly SearchableType[] | undefined;
  limit: number;
  cursor?: string | undefined;
};

/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error: each word becomes a
 * quoted string (so operators, quotes and brackets are just text), all must match, and the last one
 * also matches as a prefix.
 */
export function toFtsQuery(q: string): string | undefined {
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
  if (words.length === 0) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

/** The table and the title of each searchable record type. */
const titleSources: Record<SearchableType, { table: SQLiteTable & { id: SQLiteColumn }; title: SQL }> = {
  party: { table: parties, title: sql`${parties.name}` },
  actor: { table: actors, title: sql`coalesce(${actors.name}, ${actors.role}, ${actors.id})` },
  issue: { table: issues, title: sql`${issues.title}` },
  proposal: { table: proposals, title: sql`${proposals.title}` },
  demand: { table: demands, title: sql`${demands.title}` },
  response: { table: responses, title: sql`${responses.summary}` },
  meeting: { table: meetings, title: sql`${meetings.title}` },
  reason: { table: reasons, title: sql`${reasons.summary}` },
  statement: { table: statements, title: sql`${statements.title}` },
  source: { table: sources, title: sql`coalesce(${sources.title}, ${sources.id})` },
};

function titlesOf(db: AppDatabase, type: SearchableType, ids: string[]): Map<string, string> {
  const { table, title } = titleSources[type];
  const rows = db
    .select({ id: table.id, title: sql<string>`${title}` })
    .from(table)
    .where(inArray(table.id, ids))
    .all() as { id: string; title: string }[];
  return new Map(rows.map((row) => [row.id, String(row.title)]));
}

type Hit = { type: SearchableType; id: string; field: string; score: number; snippet: string; rowid: number };

/**
 * The best-ranked index rows for a match, with their excerpts and the record and field each belongs
 * to, in rank order (FTS5 syntax: raw SQL). One join, so no list of ids ever becomes SQL variables.
 */
function rankedMatches(
  db: AppDatabase,
  match: string,
  types: readonly SearchableType[] | undefined,
  limit: number,
): Hit[] {
  // The type filter stands before the limit, so the limit counts only rows of the wanted types.
  const byType = types
    ? sql`and search_index.rowid in (select ${searchDocuments.id} from ${searchDocuments}
          where ${inArray(searchDocuments.recordType, [...types])})`
    : sql``;
  let rows: (Omit<Hit, 'type'> & { type: string })[];
  try {
    rows = db.all(sql`
      select ranked.rowid as rowid, ranked.score as score, ranked.snippet as snippet,
             ${searchDocuments.recordType} as type, ${searchDocuments.recordId} as id, ${searchDocuments.field} as field
      from (
        select search_index.rowid as rowid, rank as score,
               snippet(search_index, 0, '<mark>', '</mark>', '…', 16) as snippet
        from search_index where search_index match ${match} ${byType} order by rank limit ${limit}
      ) as ranked
      join ${searchDocuments} on ${searchDocuments.id} = ranked.rowid
      order by ranked.score, ranked.rowid`);
  } catch (error) {
    // Quoting makes syntax errors impossible; should FTS5 still refuse a query, it is the query's fault.
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_ERROR') {
      throw new InvalidRequestError('invalid_search_query', 'The search query cannot be run; try other words.');
    }
    throw error;
  }
  return rows.filter((row): row is Hit => isSearchable(row.type));
}

/**
 * Where the first match of a source's full text stands, from FTS5's highlight() with control
 * characters as markers (they cannot occur in the indexed text's words).
 */
function matchOffsets(db: AppDatabase, rowid: number, match: string): { start: number; end: number } | undefined {
  const row = db.get<{ marked: string }>(sql`
    select highlight(search_index, 0, char(1), char(2)) as marked from search_index
    where search_index match ${match} and search_index.rowid = ${rowid}`);
  const start = row?.marked.indexOf('\u0001') ?? -1;
  const close = row?.marked.indexOf('\u0002') ?? -1;
  return start >= 0 && close > start ? { start, end: close - 1 } : undefined;
}

/** Search pages through at most this many records (the best-ranked); deeper, refine the query. */
export const maxSearchResults = 1000;

/** The offset a search cursor carries: a whole number below the cap, or the cursor is refused. */
function searchOffsetOf(db: AppDatabase, cursor: string, scope: string): number {
  const [offset] = decodeCursor(db, cursor, scope, 1).keys;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw new InvalidCursorError('it does not decode');
  }
  if (offset >= maxSearchResults) {
    throw new InvalidRequestError(
      'search_too_deep',
      `Search pages through the best ${maxSearchResults} matches only; refine the query to see others.`,
    );
  }
  return offset;
}

/** Ranked full-text search: records in the order of their best-matching field, with excerpts. */
export function search(db: AppDatabase, query: SearchQuery): { items: SearchHit[]; nextCursor: string | null } {
  const match = toFtsQuery(query.q);
  if (!match)
    throw new InvalidRequestError('validation_failed', 'Invalid query: q: must contain at least one letter or digit');
  const scope = cursorScope('search', query);
  const offset = query.cursor ? searchOffsetOf(db, query.cursor, scope) : 0;

  // FTS5 answers `order by rank limit n` without ranking every match into a sort, so read the best
  // field hits in rank order and group them by record, reading further only while a page is not full.
  // The offset is bounded (`maxSearchResults`), so the work per page is too; nothing grows with the cursor.
  const wanted = offset + query.limit + 1;
  let readLimit = wanted * 3 + 30;
  let hits: Hit[];
  for (;;) {
    const ranked = rankedMatches(db, match, query.type, readLimit);
    hits = ranked;
    if (ranked.length < readLimit || new Set(hits.map((hit) => `${hit.type}:${hit.id}`)).size >= wanted) break;
    readLimit *= 4;
  }
  const records = [...groupBy(hits, (hit) => `${hit.type}:${hit.id}`).values()].slice(offset, wanted);
  const page = records.slice(0, query.limit);
  // No cursor past the cap: search answers the best `maxSearchResults` records; refine `q` for more.
  const nextOffset = offset + query.limit;
  const nextCursor =
    records.length > query.limit && nextOffset < maxSearchResults
      ? encodeCursor(db, scope, { keys: [nextOffset], rowid: 0 })
      : null;
  if (page.length === 0) return { items: [], nextCursor };

  const titles = new Map(
    [...groupBy(page, (recordHits) => recordHits[0]!.type)].map(([type, ofType]) => [
      type,
      titlesOf(
        db,
        type,
        ofType.map((recordHits) => recordHits[0]!.id),
      ),
    ]),
  );
  return {
    items: page.map((recordHits) => {
      const { type, id, score } = recordHits[0]!;
      return {
        type,
        id,
        href: recordHref(type, id),
        title: titles.get(type)?.get(id) ?? id,
        score: -score,
        matches: recordHits.map(({ field, snippet, rowid }) => ({
          field: field.startsWith('quote:') ? 'quote' : field,
          snippet,
          ...(type === 'source' && field === 'text' ? matchOffsets(db, rowid, match) : {}),
        })),
      };
    }),
    nextCursor,
  };
}
