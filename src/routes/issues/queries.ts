import { eq, gt, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { issues } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { type Page, type Sortable, cursorScope, fetchPage } from '../pagination.js';
import { rowsByIds, withEvidence } from '../records.js';
import type { Issue, IssueFilters } from './schemas.js';

const sortable: Sortable = {
  title: sql`${issues.title}`,
  createdAt: sql`${issues.createdAt}`,
  updatedAt: sql`${issues.updatedAt}`,
};

export function listIssues(db: AppDatabase, filters: IssueFilters): Page<Issue> {
  const { rows, ...page } = fetchPage(db, {
    table: issues,
    where: filters.updatedSince ? gt(issues.updatedAt, new Date(filters.updatedSince).toISOString()) : undefined,
    sortable,
    page: filters,
    scope: cursorScope('issues', filters),
  });
  return { items: withEvidence(db, 'issue', rows), ...page };
}

export function getIssue(db: AppDatabase, id: string): Issue {
  const row = db.select().from(issues).where(eq(issues.id, id)).get();
  if (!row) throw new NotFoundError('issue', id);
  return withEvidence(db, 'issue', [row])[0]!;
}

export function issuesByIds(db: AppDatabase, ids: Iterable<string>): Issue[] {
  return withEvidence(db, 'issue', rowsByIds(db, issues, ids));
}
