import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../db/client.js';
import {
  actors,
  demands,
  issues,
  meetings,
  parties,
  proposals,
  type RecordType,
  reasons,
  responses,
  sources,
  statements,
} from '../db/schema.js';
import { reuseStatement } from '../db/statements.js';
import { NotFoundError } from './errors.js';
import { allForList, prepareSelect, type SelectQuery } from './prepared.js';

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** Rows of a table by id, in batches that stay under SQLite's parameter limit. */
export function rowsByIds<Table extends TableWithId>(
  db: AppDatabase,
  table: Table,
  ids: Iterable<string>,
): Table['$inferSelect'][] {
  return allForList(db, `rows|${getTableName(table)}`, [...new Set(ids)], (matches) =>
    prepareSelect(
      getTableColumns(table),
      (columns) =>
        db
          .select(columns)
          .from(table as SQLiteTable)
          .where(matches(table.id)) as unknown as SelectQuery<Table['$inferSelect']>,
    ),
  );
}

/** One row by id, or NotFoundError naming the resource. */
export function rowById<Table extends TableWithId>(
  db: AppDatabase,
  table: Table,
  resource: string,
  id: string,
): Table['$inferSelect'] {
  const row = reuseStatement(db, `row|${getTableName(table)}`, () =>
    prepareSelect(
      getTableColumns(table),
      (columns) =>
        db
          .select(columns)
          .from(table as SQLiteTable)
          .where(eq(table.id, sql.placeholder('id'))) as unknown as SelectQuery<Table['$inferSelect']>,
    ),
  ).get({ id });
  if (!row) throw new NotFoundError(resource, id);
  return row;
}

export const tableOf = {
  source: sources,
  party: parties,
  actor: actors,
  issue: issues,
  proposal: proposals,
  demand: demands,
  response: responses,
  meeting: meetings,
  reason: reasons,
  statement: statements,
} satisfies Record<RecordType, TableWithId>;

/** Throws NotFoundError unless a record of this type has this id (e.g. the parent of a nested list). */
export function assertExists(db: AppDatabase, type: RecordType, id: string): void {
  if (!recordExists(db, type, id)) throw new NotFoundError(type, id);
}

/** Whether a record of this type has this id. */
export function recordExists(db: AppDatabase, type: RecordType, id: string): boolean {
  const table = tableOf[type];
  const statement = reuseStatement(db, `exists|${type}`, () =>
    prepareSelect({ id: table.id }, (fields) =>
      db
        .select(fields)
        .from(table)
        .where(eq(table.id, sql.placeholder('id'))),
    ),
  );
  return statement.get({ id }) !== undefined;
}

/**
 * The evidence types of a record's parts, keyed `<owner id>/…`: a meeting's participants and agenda,
 * a response's answers; none for other records.
 */
export function partTypesOf(type: RecordType): ('participant' | 'agenda' | 'answer')[] {
  if (type === 'meeting') return ['participant', 'agenda'];
  if (type === 'response') return ['answer'];
  return [];
}
