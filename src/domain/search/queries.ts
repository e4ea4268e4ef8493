import Database from 'better-sqlite3';
import { type SQL, sql } from 'drizzle-orm';
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
  sources,
  statements,
} from '../../db/schema.js';
import { reuseStatement } from '../../db/statements.js';
import { rankOfSearchDocument, searchTypeToken } from '../../db/triggers.js';
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

/** The titles of records of one type, by id (a statement per type, prepared once: db/statements.ts). */
function titlesOf(db: AppDatabase, type: SearchableType, ids: string[]): Map<string, string> {
  const query = reuseStatement(db, `search:titles:${type}`, () => {
    const { table, title } = titleSources[type];
    const { sql: text } = db
      .select({ id: table.id, title: sql<string>`${title}` })
      .from(table)
      .where(sql`${table.id} in (select value from json_each(${sql.placeholder('ids')}))`)
      .toSQL();
    return db.$client.prepare(text).raw();
  });
  const rows = query.all(JSON.stringify(ids)) as [string, unknown][];
  return new Map(rows.map(([id, title]) => [id, String(title)]));
}

/** A field that matched, in the order the search read it (row id order: see searchRanks in db/triggers.ts). */
type FieldHit = {
  rowid: number;
  type: SearchableType;
  id: string;
  field: string;
  exact: boolean;
  snippet: string;
  /** In a source's full text, where the first match stands. */
  offsets?: { start: number; end: number } | undefined;
};
/** One pass over the index: fields where every word matches whole, or where the last word only begins one. */
type Pass = { match: string; exact: boolean };

/**
 * Turns what a user typed into the FTS5 queries of a search, which cannot be a syntax error: each word
 * becomes a quoted string (so operators, quotes and brackets are just text) and all must match. The
 * passes, in order: first the fields where every word matches whole, then those where the last word
 * matches only as the beginning of a longer word (`aid` → `aides`). The first is a plain term lookup; the
 * second merges every term the prefix begins, so it runs only when the first runs out.
 */
export function searchPasses(q: string, types: readonly SearchableType[] | undefined): Pass[] | undefined {
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32).map((word) => `"${word}"`);
  if (words.length === 0) return undefined;
  const exact = words.join(' ');
  const prefix = `${exact}*`;
  const ofTypes = types ? ` AND record_type : (${types.map((type) => `"${searchTypeToken(type)}"`).join(' OR ')})` : '';
  return [
    { match: `content : (${exact})${ofTypes}`, exact: true },
    { match: `content : ((${prefix}) NOT (${exact}))${ofTypes}`, exact: false },
  ];
}

// The index, read in row id order, drives the join: fields come best first, and reading stops as soon as
// the page is full, so no match past it is ever looked at.
const matchingFields = `from search_index cross join search_documents as d on d.id = search_index.rowid
  where search_index match :match and search_index.rowid >= :from order by search_index.rowid`;

/** Which record each matching field belongs to: enough to pass the records before the page. */
const recordsStatement = (db: AppDatabase) =>
  reuseStatement(db, 'search:records', () =>
    db.$client.prepare(
      `select search_index.rowid as rowid, d.record_type as type, d.record_id as id ${matchingFields}`,
    ),
  );

/**
 * The page's fields with excerpts; a source's full text also with a marked-up copy that says where its first
 * match stands, from highlight() with control characters as markers (no indexed word has them).
 */
const fieldsStatement = (db: AppDatabase) =>
  reuseStatement(db, 'search:fields', () =>
    db.$client.prepare(`
      select search_index.rowid as rowid, d.record_type as type, d.record_id as id, d.field as field,
        snippet(search_index, 0, '<mark>', '</mark>', '…', 16) as snippet,
        case when d.record_type = 'source' and d.field = 'text'
          then highlight(search_index, 0, char(1), char(2)) end as marked
      ${matchingFields}`),
  );

/** Runs an FTS5 statement; should FTS5 still refuse a query after quoting, it is the query's fault. */
function refusedQueryAsInvalid<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_ERROR') {
      throw new InvalidRequestError('invalid_search_query', 'The search query cannot be run; try other words.');
    }
    throw error;
  }
}

type RecordRow = { rowid: number; type: string; id: string };
type FieldRow = RecordRow & { field: string; snippet: string; marked: string | null };

/**
 * The `count` matching records after the first `offset`, each with the fields of it the search read, best
 * first. Reads the index in order: past the first `offset` records without excerpts, then the page's
 * fields with them, up to the first field of the record after the page.
 */
function matchingRecords(db: AppDatabase, passes: Pass[], offset: number, count: number): FieldHit[][] {
  const records = recordsStatement(db);
  const fields = fieldsStatement(db);
  const before = new Set<string>();
  const page = new Map<string, FieldHit[]>();
  for (const { match, exact } of passes) {
    let from = Number.MIN_SAFE_INTEGER;
    if (before.size < offset) {
      for (const row of records.iterate({ match, from }) as IterableIterator<RecordRow>) {
        const key = `${row.type}:${row.id}`;
        if (!isSearchable(row.type) || before.has(key)) continue;
        if (before.size === offset) {
          from = row.rowid;
          break;
        }
        before.add(key);
      }
      if (before.size < offset || from === Number.MIN_SAFE_INTEGER) continue;
    }
    for (const row of fields.iterate({ match, from }) as IterableIterator<FieldRow>) {
      const key = `${row.type}:${row.id}`;
      if (!isSearchable(row.type) || before.has(key)) continue;
      let hits = page.get(key);
      if (!hits) {
        if (page.size === count) return [...page.values()];
        hits = [];
        page.set(key, hits);
      }
      const hit: FieldHit = {
        rowid: row.rowid,
        type: row.type,
        id: row.id,
        field: row.field,
        exact,
        snippet: row.snippet,
      };
      if (row.marked !== null) hit.offsets = offsetsIn(row.marked);
      hits.push(hit);
    }
  }
  return [...page.values()];
}

function offsetsIn(marked: string): { start: number; end: number } | undefined {
  const start = marked.indexOf('\u0001');
  const close = marked.indexOf('\u0002');
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

/** A match of every word whole counts for more than any field: it lifts a hit above every prefix-only one. */
const wholeWordsBonus = 4;

/**
 * Full-text search: records in the order of their best-matching field, without scoring every match.
 * Fields where every word matches whole come first, then those where the last word only begins a longer
 * word; among each, a record's name (title, name) before its other descriptive fields, then quotes, then
 * a source's full text (the field's rank, src/db/triggers.ts); within a rank, shorter fields first (by
 * powers of two of their length), then the most recently indexed. Each hit carries the fields of it the
 * search read, with excerpts.
 */
export function search(db: AppDatabase, query: SearchQuery): { items: SearchHit[]; nextCursor: string | null } {
  const passes = searchPasses(query.q, query.type);
  if (!passes)
    throw new InvalidRequestError('validation_failed', 'Invalid query: q: must contain at least one letter or digit');
  const scope = cursorScope('search', query);
  const offset = query.cursor ? searchOffsetOf(db, query.cursor, scope) : 0;

  // One record past the page says whether there is a next one. The offset is bounded (`maxSearchResults`),
  // so the work per page is too.
  const records = refusedQueryAsInvalid(() => matchingRecords(db, passes, offset, query.limit + 1));
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
      const { type, id, rowid, exact } = recordHits[0]!;
      return {
        type,
        id,
        href: recordHref(type, id),
        title: titles.get(type)?.get(id) ?? id,
        score: rankOfSearchDocument(rowid) + (exact ? wholeWordsBonus : 0),
        matches: recordHits.map(({ field, snippet, offsets }) => ({
          field: field.startsWith('quote:') ? 'quote' : field,
          snippet,
          ...offsets,
        })),
      };
    }),
    nextCursor,
  };
}
