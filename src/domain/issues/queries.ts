import type { AppDatabase } from '../../db/client.js';
import { issues } from '../../db/schema.js';
import { type Evidence, withEvidence } from '../evidence.js';
import { changedSince } from '../paging/filters.js';
import { fetchPage, type Page, type PageRequest, type SortColumns } from '../paging/keyset.js';
import { rowById, rowsByIds } from '../rows.js';

export type Issue = typeof issues.$inferSelect & { evidence: Evidence[] };

export const issueSortColumns = {
  title: issues.title,
  createdAt: issues.createdAt,
  updatedAt: issues.updatedAt,
} satisfies SortColumns<string>;

export type IssueFilters = { updatedSince?: string | undefined };

export function listIssues(
  db: AppDatabase,
  filters: IssueFilters & PageRequest<keyof typeof issueSortColumns>,
): Page<Issue> {
  const { rows, ...page } = fetchPage(db, {
    table: issues,
    where: changedSince(issues.updatedAt, filters.updatedSince),
    sortColumns: issueSortColumns,
    page: filters,
    resource: 'issues',
    filters,
  });
  return { items: withEvidence(db, 'issue', rows), ...page };
}

export function getIssue(db: AppDatabase, id: string): Issue {
  return withEvidence(db, 'issue', [rowById(db, issues, 'issue', id)])[0]!;
}

export function issuesByIds(db: AppDatabase, ids: Iterable<string>): Issue[] {
  return withEvidence(db, 'issue', rowsByIds(db, issues, ids));
}
