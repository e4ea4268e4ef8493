import { eq, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { issues } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import { withEvidence } from '../records.js';
import type { Issue } from './schemas.js';

export function listIssues(db: AppDatabase): Issue[] {
  return withEvidence(db, 'issue', db.select().from(issues).orderBy(sql`rowid`).all());
}

export function getIssue(db: AppDatabase, id: string): Issue {
  const row = db.select().from(issues).where(eq(issues.id, id)).get();
  if (!row) throw new NotFoundError('issue', id);
  return withEvidence(db, 'issue', [row])[0]!;
}
