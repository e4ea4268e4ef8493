import { type SQL, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { actors, demands, issues, meetings, parties, proposals, responses } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { cursorScope, decodeCursor, encodeCursor, scopeHash } from '../pagination.js';
import { groupBy } from '../records.js';
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

const plural: Record<SearchHit['type'], string> = {
  party: 'parties',
  actor: 'actors',
  issue: 'issues',
  proposal: 'proposals',
  demand: 'demands',
  response: 'responses',
  meeting: 'meetings',
};

function titlesOf(db: AppDatabase, type: SearchHit['type'], ids: string[]): Map<string, string> {
  const source = titleSources[type]!;
  const table = source.table as typeof demands;
  const rows = db.select({ id: table.id, title: source.title }).from(table).where(inArray(table.id, ids)).all();
  return new Map(rows.map((row) => [row.id, String(row.title)]));
}

/** Ranked full-text search: records by their best-matching field, then excerpts for that page only. */
export function search(db: AppDatabase, query: SearchQuery): { items: SearchHit[]; nextCursor: string | null } {
  const match = toFtsQuery(query.q);
  if (!match) throw new AppError(400, 'validation_failed', 'Invalid query: q: must contain at least one letter or digit');
  const scope = cursorScope('search', query);
  const offset = query.cursor ? Number(decodeCursor(query.cursor, scope, 1).k[0]) : 0;
  const typeFilter = query.type ? sql`and d.record_type in ${query.type}` : sql``;

  try {
    // bm25() cannot sit inside an aggregate, so rank the matching fields first, then group by record.
    const ranked = db.all<{ type: SearchHit['type']; id: string; score: number }>(sql`
      with hits as materialized (
        select d.record_type as type, d.record_id as id, bm25(search_index) as score
        from search_index join search_documents d on d.id = search_index.rowid
        where search_index match ${match} ${typeFilter}
      )
      select type, id, min(score) as score from hits
      group by type, id
      order by score, type, id
      limit ${query.limit + 1} offset ${offset}`);
    const page = ranked.slice(0, query.limit);
    const nextCursor = ranked.length > query.limit ? encodeCursor({ q: scopeHash(scope), k: [offset + query.limit], r: 0 }) : null;
    if (page.length === 0) return { items: [], nextCursor };

    const keys = page.map((hit) => `${hit.type}:${hit.id}`);
    const excerpts = db.all<{ key: string; field: string; snippet: string; score: number }>(sql`
      select d.record_type || ':' || d.record_id as key, d.field, bm25(search_index) as score,
             snippet(search_index, 0, '<mark>', '</mark>', '…', 16) as snippet
      from search_index join search_documents d on d.id = search_index.rowid
      where search_index match ${match} and d.record_type || ':' || d.record_id in ${keys}
      order by score`);
    const excerptsOf = groupBy(excerpts, (excerpt) => excerpt.key);
    const titles = new Map(
      [...groupBy(page, (hit) => hit.type)].map(([type, hits]) => [type, titlesOf(db, type, hits.map((hit) => hit.id))]),
    );
    return {
      items: page.map((hit) => ({
        type: hit.type,
        id: hit.id,
        href: `/v1/${plural[hit.type]}/${hit.id}`,
        title: titles.get(hit.type)?.get(hit.id) ?? hit.id,
        score: -hit.score,
        matches: (excerptsOf.get(`${hit.type}:${hit.id}`) ?? []).map(({ field, snippet }) => ({
          field: field.startsWith('quote:') ? 'quote' : field,
          snippet,
        })),
      })),
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
