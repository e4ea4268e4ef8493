import { type SQL, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { actors, demands, issues, meetings, parties, proposals, responses } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { cursorScope, decodeCursor, encodeCursor, scopeHash } from '../pagination.js';
import { groupBy, recordHref } from '../records.js';
import type { SearchHit, SearchQuery } from './schemas.js';

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

const titleSources: Record<SearchHit['type'], { table: unknown; title: SQL }> = {
  party: { table: parties, title: sql`${parties.name}` },
  actor: { table: actors, title: sql`coalesce(${actors.name}, ${actors.role}, ${actors.id})` },
  issue: { table: issues, title: sql`${issues.title}` },
  proposal: { table: proposals, title: sql`${proposals.title}` },
  demand: { table: demands, title: sql`${demands.title}` },
  response: { table: responses, title: sql`${responses.summary}` },
  meeting: { table: meetings, title: sql`${meetings.title}` },
};


function titlesOf(db: AppDatabase, type: SearchHit['type'], ids: string[]): Map<string, string> {
  const source = titleSources[type]!;
  const table = source.table as typeof demands;
  const rows = db.select({ id: table.id, title: source.title }).from(table).where(inArray(table.id, ids)).all();
  return new Map(rows.map((row) => [row.id, String(row.title)]));
}

type Hit = { type: SearchHit['type']; id: string; field: string; score: number; snippet: string };

/** Attaches to ranked index rows the record and field each belongs to, keeping the rank order. */
function withDocuments(db: AppDatabase, ranked: { rowid: number; score: number; snippet: string }[]): Hit[] {
  if (ranked.length === 0) return [];
  const documents = new Map(
    db
      .all<{ id: number; type: SearchHit['type']; recordId: string; field: string }>(
        sql`select id, record_type as type, record_id as recordId, field from search_documents where id in ${ranked.map((row) => row.rowid)}`,
      )
      .map((document) => [document.id, document]),
  );
  return ranked.flatMap(({ rowid, score, snippet }) => {
    const document = documents.get(rowid);
    return document ? [{ type: document.type, id: document.recordId, field: document.field, score, snippet }] : [];
  });
}

/** Ranked full-text search: records in the order of their best-matching field, with excerpts. */
export function search(db: AppDatabase, query: SearchQuery): { items: SearchHit[]; nextCursor: string | null } {
  const match = toFtsQuery(query.q);
  if (!match) throw new AppError(400, 'validation_failed', 'Invalid query: q: must contain at least one letter or digit');
  const scope = cursorScope('search', query);
  const offset = query.cursor ? Number(decodeCursor(query.cursor, scope, 1).k[0]) : 0;
  const typeFilter = query.type ? sql`and d.record_type in ${query.type}` : sql``;

  try {
    // FTS5 answers `order by rank limit n` without ranking every match into a sort, so read the best
    // field hits in rank order (with their excerpts) and group them by record, reading further only
    // while a page is not yet full.
    const wanted = offset + query.limit + 1;
    let readLimit = wanted * 3 + 30;
    let hits: Hit[];
    for (;;) {
      const ranked = db.all<{ rowid: number; score: number; snippet: string }>(sql`
        select search_index.rowid as rowid, rank as score, snippet(search_index, 0, '<mark>', '</mark>', '…', 16) as snippet
        from search_index ${query.type ? sql`join search_documents d on d.id = search_index.rowid` : sql``}
        where search_index match ${match} ${typeFilter}
        order by rank limit ${readLimit}`);
      hits = withDocuments(db, ranked);
      if (ranked.length < readLimit || new Set(hits.map((hit) => `${hit.type}:${hit.id}`)).size >= wanted) break;
      readLimit *= 4;
    }
    const byRecord = groupBy(hits, (hit) => `${hit.type}:${hit.id}`);
    const ranked = [...byRecord.values()].slice(offset, offset + query.limit + 1);
    const page = ranked.slice(0, query.limit);
    const nextCursor = ranked.length > query.limit ? encodeCursor({ q: scopeHash(scope), k: [offset + query.limit], r: 0 }) : null;
    if (page.length === 0) return { items: [], nextCursor };

    const titles = new Map(
      [...groupBy(page, (recordHits) => recordHits[0]!.type)].map(([type, records]) => [
        type,
        titlesOf(db, type, records.map((recordHits) => recordHits[0]!.id)),
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
          matches: recordHits.map(({ field, snippet }) => ({ field: field.startsWith('quote:') ? 'quote' : field, snippet })),
        };
      }),
      nextCursor,
    };
  } catch (error) {
    // Quoting makes syntax errors impossible; should FTS5 still refuse a query, it is the query's fault.
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) {
      throw new AppError(400, 'invalid_search_query', `The search query cannot be run: ${error.message}`);
    }
    throw error;
  }
}
