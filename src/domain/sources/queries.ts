import { and, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type sourceKinds, sources } from '../../db/schema.js';
import { recordHref } from '../links.js';
import { anyOf, changedSince, dateRange } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById } from '../rows.js';

export type Source = typeof sources.$inferSelect & { href: string };
/** A source without its full text, as lists show it. */
export type SourceSummary = Omit<Source, 'text'>;

export const sourceSortColumns = {
  title: sql`coalesce(${sources.title}, '')`,
  publisher: sql`coalesce(${sources.publisher}, '')`,
  publishedOn: sql`coalesce(${sources.publishedOn}, '')`,
  createdAt: sources.createdAt,
  updatedAt: sources.updatedAt,
} satisfies SortColumns<string>;

export type SourceFilters = {
  publisher?: string | undefined;
  kind?: readonly (typeof sourceKinds)[number][] | undefined;
  publishedFrom?: string | undefined;
  publishedTo?: string | undefined;
  updatedSince?: string | undefined;
};

export function listSources(
  db: AppDatabase,
  filters: SourceFilters & PageRequest<keyof typeof sourceSortColumns>,
): Page<SourceSummary> {
  const { rows, ...page } = fetchPage(db, {
    table: sources,
    where: and(
      filters.publisher ? sql`${sources.publisher} = ${filters.publisher} collate nocase` : undefined,
      anyOf(sources.kind, filters.kind),
      dateRange(sources.publishedOn, filters.publishedFrom, filters.publishedTo),
      changedSince(sources.updatedAt, filters.updatedSince),
    ),
    sortColumns: sourceSortColumns,
    page: filters,
    resource: 'sources',
    filters,
    omitColumns: ['text'],
  });
  return { items: rows.map((row) => ({ ...row, href: recordHref('source', row.id) })) as SourceSummary[], ...page };
}

export function getSource(db: AppDatabase, id: string): Source {
  const source = rowById(db, sources, 'source', id);
  return { ...source, href: recordHref('source', source.id) };
}
