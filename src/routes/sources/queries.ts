import { and, eq, gt, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { sources } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { type Page, type Sortable, cursorScope, dateRange, fetchPage } from '../pagination.js';
import type { Source, SourceFilters, SourceSummary } from './schemas.js';

const sortable: Sortable = {
  title: sql`coalesce(${sources.title}, '')`,
  publisher: sql`coalesce(${sources.publisher}, '')`,
  publishedOn: sql`coalesce(${sources.publishedOn}, '')`,
  createdAt: sql`${sources.createdAt}`,
  updatedAt: sql`${sources.updatedAt}`,
};

const withoutText = ({ text: _omitted, ...summary }: typeof sources.$inferSelect): SourceSummary => summary;

export function listSources(db: AppDatabase, filters: SourceFilters): Page<SourceSummary> {
  const { rows, ...page } = fetchPage(db, {
    table: sources,
    where: and(
      filters.publisher ? sql`${sources.publisher} = ${filters.publisher} collate nocase` : undefined,
      dateRange(sources.publishedOn, filters.publishedFrom, filters.publishedTo),
      filters.updatedSince ? gt(sources.updatedAt, new Date(filters.updatedSince).toISOString()) : undefined,
    ),
    sortable,
    page: filters,
    scope: cursorScope('sources', filters),
  });
  return { items: rows.map(withoutText), ...page };
}

export function getSource(db: AppDatabase, id: string): Source {
  const row = db.select().from(sources).where(eq(sources.id, id)).get();
  if (!row) throw new NotFoundError('source', id);
  return row;
}
