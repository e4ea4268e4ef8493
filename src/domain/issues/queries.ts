import type { AppDatabase } from '../../db/client.js';
import { issues } from '../../db/schema.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedAfter } from '../paging/filters.js';
import { fetchPage, type ListQuery, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Issue = typeof issues.$inferSelect & { href: string; evidence: Evidence[] };

export const issueSortColumns = {
  title: issues.title,
  createdAt: issues.createdAt,
  updatedAt: issues.updatedAt,
} satisfies SortColumns<string>;

export type IssueFilters = { updatedSince?: string | undefined };

const issueList: ListQuery<typeof issues, keyof typeof issueSortColumns, IssueFilters> = {
  table: issues,
  resource: 'issues',
  filters: { updatedSince: changedAfter(issues.updatedAt) },
  visible: (sources) => visibleRecords(sources, 'issue', issues.id),
  sortColumns: issueSortColumns,
};

export function listIssues(
  db: AppDatabase,
  filters: IssueFilters & ReadOptions & PageRequest<keyof typeof issueSortColumns>,
): Page<Issue> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, issueList, filters, scope?.sourceIds);
  return { items: present(db, 'issue', rows, scope), ...page };
}

export function getIssue(db: AppDatabase, id: string, options: ReadOptions = {}): Issue {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('issue', rowById(db, issues, 'issue', id), scope, (rows) => present(db, 'issue', rows, scope));
}

export function issuesByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): Issue[] {
  return present(db, 'issue', rowsByIds(db, issues, ids), scope);
}
