import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { issues } from '../../db/schema.js';
import { changedSince, cursorScope, fetchPage, type Page, type Sortable } from '../pagination.js';
import { rowById, rowsByIds, withEvidence } from '../records.js';
import type { Issue, IssueFilters } from './schemas.js';

const sortable: Sortable = {
  title: sql`${issues.title}`,
  createdAt: sql`${issues.createdAt}`,
  updatedAt: sql`${issues.updatedAt}`,
};

export function listIssues(db: AppDatabase, filters: IssueFilters): Page<Issue> {
  const { rows, ...page } = fetchPage(db, {
    table: issues,
    where: changedSince(issues.updatedAt, filters.updatedSince),
    sortable,
    page: filters,
    scope: cursorScope('issues', filters),
  });
  return { items: withEvidence(db, 'issue', rows), ...page };
}

export function getIssue(db: AppDatabase, id: string): Issue {
  const row = rowById(db, issues, 'issue', id);
  return withEvidence(db, 'issue', [row])[0]!;
}

export function issuesByIds(db: AppDatabase, ids: Iterable<string>): Issue[] {
  return withEvidence(db, 'issue', rowsByIds(db, issues, ids));
}
