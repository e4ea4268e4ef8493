import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { type sourceKinds, sources } from '../../db/schema.js';
import { recordHref } from '../links.js';
import { changedAfter, oneOf, onOrAfter, onOrBefore, valueFilter } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
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

const sourceList: ListQuery<typeof sources, keyof typeof sourceSortColumns, SourceFilters> = {
  table: sources,
  resource: 'sources',
  filters: {
    publisher: valueFilter((publisher) => sql`${sources.publisher} = ${publisher} collate nocase`),
    kind: oneOf(sources.kind),
    publishedFrom: onOrAfter(sources.publishedOn),
    publishedTo: onOrBefore(sources.publishedOn),
    updatedSince: changedAfter(sources.updatedAt),
  },
  sortColumns: sourceSortColumns,
  omitColumns: ['text'],
};

export function listSources(
  db: AppDatabase,
  filters: SourceFilters & PageRequest<keyof typeof sourceSortColumns>,
): Page<SourceSummary> {
  const { rows, ...page } = fetchPage(db, sourceList, filters);
  return { items: rows.map((row) => ({ ...row, href: recordHref('source', row.id) })) as SourceSummary[], ...page };
}

export function getSource(db: AppDatabase, id: string): Source {
  const source = rowById(db, sources, 'source', id);
  return { ...source, href: recordHref('source', source.id) };
}
