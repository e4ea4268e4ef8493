import { and } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { issues } from '../../db/schema.js';
import { type AsOfScope, present, presentOne, type ReadOptions, resolveAsOf, visibleRecords } from '../as-of.js';
import type { Evidence } from '../evidence.js';
import { changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Issue = typeof issues.$inferSelect & { href: string; evidence: Evidence[] };

export const issueSortColumns = {
  title: issues.title,
  createdAt: issues.createdAt,
  updatedAt: issues.updatedAt,
} satisfies SortColumns<string>;

export type IssueFilters = { updatedSince?: string | undefined };

export function listIssues(
  db: AppDatabase,
  filters: IssueFilters & ReadOptions & PageRequest<keyof typeof issueSortColumns>,
): Page<Issue> {
  const scope = resolveAsOf(db, filters.asOf);
  const { rows, ...page } = fetchPage(db, {
    table: issues,
    where: and(changedSince(issues.updatedAt, filters.updatedSince), visibleRecords(scope, 'issue', issues.id)),
    sortColumns: issueSortColumns,
    page: filters,
    resource: 'issues',
    filters,
  });
  return { items: present(db, 'issue', rows, scope), ...page };
}

export function getIssue(db: AppDatabase, id: string, options: ReadOptions = {}): Issue {
  const scope = resolveAsOf(db, options.asOf);
  return presentOne('issue', rowById(db, issues, 'issue', id), scope, (rows) => present(db, 'issue', rows, scope));
}

export function issuesByIds(db: AppDatabase, ids: Iterable<string>, scope?: AsOfScope): Issue[] {
  return present(db, 'issue', rowsByIds(db, issues, ids), scope);
}
