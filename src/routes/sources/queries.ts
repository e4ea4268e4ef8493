import { and, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { sources } from '../../db/schema.js';
import { changedSince, cursorScope, dateRange, fetchPage, type Page, type Sortable } from '../pagination.js';
import { rowById } from '../records.js';
import type { Source, SourceFilters, SourceSummary } from './schemas.js';

const sortable: Sortable = {
  title: sql`coalesce(${sources.title}, '')`,
  publisher: sql`coalesce(${sources.publisher}, '')`,
  publishedOn: sql`coalesce(${sources.publishedOn}, '')`,
  createdAt: sql`${sources.createdAt}`,
  updatedAt: sql`${sources.updatedAt}`,
};

export function listSources(db: AppDatabase, filters: SourceFilters): Page<SourceSummary> {
  const { rows, ...page } = fetchPage(db, {
    table: sources,
    where: and(
      filters.publisher ? sql`${sources.publisher} = ${filters.publisher} collate nocase` : undefined,
      dateRange(sources.publishedOn, filters.publishedFrom, filters.publishedTo),
      changedSince(sources.updatedAt, filters.updatedSince),
    ),
    sortable,
    page: filters,
    scope: cursorScope('sources', filters),
    omitColumns: ['text'],
  });
  return { items: rows as SourceSummary[], ...page };
}

export function getSource(db: AppDatabase, id: string): Source {
  const row = rowById(db, sources, 'source', id);
  return row;
}
