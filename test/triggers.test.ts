import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../src/db/schema.js';
import { derivedTables, linkTables, recordTables, triggerStatements } from '../src/db/triggers.js';
import { createTestDatabase } from './helpers.js';

const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();
const tables: SQLiteTable[] = Object.values(schema).flatMap((value) => (is(value, SQLiteTable) ? [value] : []));

describe('triggers', () => {
  it('the database holds exactly the triggers the declaration generates', () => {
    const db = createTestDatabase({ seed: false });
    const installed = db.$client
      .prepare("select name, sql from sqlite_master where type = 'trigger' and name not like 'search_documents_%'")
      .all() as { name: string; sql: string }[];
    const expected = triggerStatements();
    expect(installed.map((row) => row.name).sort()).toEqual([...expected.keys()].sort());
    for (const row of installed) expect(normalise(row.sql), row.name).toBe(normalise(expected.get(row.name)!));
  });

  it('declares every table of the schema as a record, a link or derived state', () => {
    const declared = new Set([
      ...recordTables.map((record) => record.table),
      ...linkTables,
      ...derivedTables,
      schema.evidence,
    ]);
    for (const table of tables) expect(declared.has(table), getTableConfig(table).name).toBe(true);
  });

  it('declares every text column of a record table searchable or not', () => {
    for (const record of recordTables) {
      const declared = new Set([
        ...record.searchable.map((field) => field.column.name),
        ...record.notSearchable.map((c) => c.name),
      ]);
      const textColumns = getTableConfig(record.table)
        .columns.filter((column) => column.getSQLType() === 'text')
        .map((column) => column.name);
      expect(
        textColumns.filter((column) => !declared.has(column)),
        getTableConfig(record.table).name,
      ).toEqual([]);
    }
  });
});
