import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { sources } from '../../db/schema.js';
import { NotFoundError } from '../../http/problem.js';
import type { Source, SourceSummary } from './schemas.js';

const { text: _text, ...summaryColumns } = getTableColumns(sources);

export function listSources(db: AppDatabase): SourceSummary[] {
  return db
    .select(summaryColumns)
    .from(sources)
    .orderBy(sql`rowid`)
    .all();
}

export function getSource(db: AppDatabase, id: string): Source {
  const row = db.select().from(sources).where(eq(sources.id, id)).get();
  if (!row) throw new NotFoundError('source', id);
  return row;
}
