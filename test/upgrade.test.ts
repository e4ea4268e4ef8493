import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { importDataset } from '../src/domain/datasets/import.js';
import { refreshStaleData } from '../src/domain/write.js';
import { migrationsDirectory } from '../src/paths.js';
import { readSeedDataset, seedDatasets } from '../src/seed/seed-database.js';
import { buildTestApp } from './helpers.js';

/**
 * Tables today's write path writes to as it commits (stored positions, topics in one piece, stored
 * records), as an older database may lack them: created for an import into it and dropped after, so the
 * database is as its own time made it. With no triggers of that time marking anything stale, they stay empty.
 */
const writePathTables: Record<string, string> = {
  stale_position_topics: 'topic_type text, topic_id text',
  topic_positions:
    'topic_type text, topic_id text, positions text, quotes text, quote_index text, digest text, ' +
    'PRIMARY KEY (topic_type, topic_id)',
  stale_records: 'record_type text, record_id text, PRIMARY KEY (record_type, record_id)',
  stored_records: 'record_type text, record_id text, json text, PRIMARY KEY (record_type, record_id)',
};

/** Imports these datasets (the seed's) into an older database through today's write path. */
function importIntoOlderDatabase(
  db: ReturnType<typeof openDatabase>,
  datasets: { dataset: Parameters<typeof importDataset>[1]; text: string }[] = seedDatasets.map(readSeedDataset),
) {
  const has = db.$client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").pluck();
  const lacking = Object.keys(writePathTables).filter((table) => !has.get(table));
  for (const table of lacking) db.$client.exec(`CREATE TABLE ${table} (${writePathTables[table]})`);
  // And a column a later migration added to a table that was there (0015: a piece's digest).
  const hasColumn = db.$client.prepare('select 1 from pragma_table_info(?) where name = ?').pluck();
  const lackingDigest = !lacking.includes('topic_positions') && !hasColumn.get('topic_positions', 'digest');
  if (lackingDigest) db.$client.exec('ALTER TABLE topic_positions ADD digest text');
  for (const { dataset, text } of datasets) importDataset(db, dataset, text);
  for (const table of lacking) db.$client.exec(`DROP TABLE ${table}`);
  if (lackingDigest) db.$client.exec('ALTER TABLE topic_positions DROP COLUMN digest');
}

/** A copy of migrations/ that stops after the first `count` migrations. */
function migrationsUpTo(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  cpSync(migrationsDirectory, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return dir;
}

describe('upgrading a database with data', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  // Created at 0000 (no search tables yet), 0001 (no triggers yet) and 0002: the single-source model.
  it.each([1, 2, 3])(
    'moves a database created after %i migrations into the current model, losing nothing',
    async (count) => {
      const dir = migrationsUpTo(count);
      dirs.push(dir);
      const db = openDatabase(':memory:');
      migrate(db, { migrationsFolder: dir });
      db.$client.exec(`
      insert into sources (id, published_on_precision, text)
        values ('report', 'unknown', 'Hamas wants aid. Israel says no.');
      insert into parties (id, name, kind) values ('hamas', 'Hamas', 'armed-group'), ('israel', 'Israel', 'state');
      insert into issues (id, title, description) values ('aid', 'Aid', 'Aid channels');
      insert into demands (id, party_id, issue_id, title, summary, rationale, status, raised_on_precision)
        values ('aid-demand', 'hamas', 'aid', 'Aid', 'Aid through old channels', 'Aid must be neutral',
                'rejected', 'unknown');
      insert into responses (id, party_id, stance, summary, reasons, issued_on_precision)
        values ('no', 'israel', 'reject', 'Israel says no', '["security","leverage"]', 'unknown');
      insert into response_answers (response_id, demand_id, scope) values ('no', 'aid-demand', 'unspecified');
      insert into evidence (record_type, record_id, source_id, quote, start, end)
        values ('demand', 'aid-demand', 'report', 'Hamas wants aid.', 0, 16),
               ('response', 'no', 'report', 'Israel says no.', 17, 32);
    `);

      migrateDatabase(db);
      const sql = db.$client;
      expect(sql.prepare('select status from demands').pluck().get()).toBe('pressed');
      expect(sql.prepare('select stance from responses').pluck().get()).toBe('rejects');
      expect(sql.prepare('select stance from response_answers').pluck().get()).toBe('rejects');
      expect(sql.prepare('select for_type, for_id, summary from reasons order by id').all()).toEqual([
        { for_type: 'demand', for_id: 'aid-demand', summary: 'Aid must be neutral' },
        { for_type: 'response', for_id: 'no', summary: 'security' },
        { for_type: 'response', for_id: 'no', summary: 'leverage' },
      ]);
      expect(sql.prepare('select record_type, field, value from claims order by record_type').all()).toEqual([
        { record_type: 'demand', field: 'status', value: 'pressed' },
        { record_type: 'response', field: 'stance', value: 'rejects' },
      ]);
      const found = (term: string) =>
        sql
          .prepare(
            'select d.record_type as type, d.field from search_index join search_documents d on d.id = ' +
              'search_index.rowid where search_index match ?',
          )
          .all(term);
      // The reasons and the source text moved into the search index; nothing points at the dropped columns.
      expect(found('neutral')).toEqual([{ type: 'reason', field: 'summary' }]);
      expect(found('leverage')).toEqual([{ type: 'reason', field: 'summary' }]);
      expect(found('says')).toContainEqual({ type: 'source', field: 'text' });
      expect(
        sql.prepare("select count(*) from search_documents where field in ('rationale', 'reasons')").pluck().get(),
      ).toBe(0);
      // Records and quotes that predate the search triggers are found too; every record has a version.
      expect(found('channels')).toContainEqual({ type: 'issue', field: 'description' });
      expect(found('wants')).toContainEqual({ type: 'demand', field: expect.stringMatching(/^quote:/) });
      expect(sql.prepare('select count(*) from demands').pluck().get()).toBe(1);
      // One each: the source, two parties, the issue, the demand, the response and the three reasons.
      expect(sql.prepare("select count(*) from revisions where action = 'create'").pluck().get()).toBe(9);
      // And the app serves it: positions derived, search through the API.
      const app = await buildTestApp({ db });
      const [aid] = (await app.inject('/v1/positions')).json().items;
      expect(aid.positions.map((p: { partyId: string; stance: string }) => [p.partyId, p.stance])).toEqual([
        ['hamas', 'demands'],
        ['israel', 'rejects'],
      ]);
      expect((await app.inject('/v1/search?q=neutral')).json().items[0].type).toBe('reason');
    },
  );

  // Created by the seed once revisions exist (after 0006 and 0007): the importer of today writes them.
  it.each([7, 8])(
    'upgrades a seeded database created after %i migrations, search and positions intact',
    async (count) => {
      const dir = migrationsUpTo(count);
      dirs.push(dir);
      const db = openDatabase(':memory:');
      migrate(db, { migrationsFolder: dir });
      // The seed as a database of that time could hold it: meeting agendas came with migration 0009.
      importIntoOlderDatabase(
        db,
        seedDatasets.map(readSeedDataset).map(({ dataset, text }) => ({
          dataset: { ...dataset, meetings: dataset.meetings.map((meeting) => ({ ...meeting, agenda: [] })) },
          text,
        })),
      );
      const before = db.$client.prepare('select count(*) from evidence').pluck().get();
      migrateDatabase(db);
      expect(db.$client.prepare('select count(*) from evidence').pluck().get()).toBe(before);
      const app = await buildTestApp({ db });
      expect((await app.inject('/v1/search?q=captives')).json().items.length).toBeGreaterThan(0);
      // Every topic is stale after the upgrade, so positions are derived; stored at start, they read the same.
      const derived = (await app.inject('/v1/positions?limit=50')).json();
      expect(derived.items.map((entry: { topic: { id: string } }) => entry.topic.id)).toContain('truce-framework');
      expect(refreshStaleData(db)).toBeGreaterThan(0);
      expect(db.$client.prepare('select count(*) from stale_position_topics').pluck().get()).toBe(0);
      const stored = (
        await app.inject({ url: '/v1/positions?limit=50', headers: { 'cache-control': 'no-cache' } })
      ).json();
      expect(stored).toEqual(derived);
    },
  );
});

describe('re-keying the search index (migration 0011)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const seeded = (db: ReturnType<typeof openDatabase>, made: 'before' | 'today') => {
    if (made === 'before') importIntoOlderDatabase(db);
    else {
      for (const file of seedDatasets) {
        const { dataset, text } = readSeedDataset(file);
        importDataset(db, dataset, text);
      }
    }
    // An edit after seeding, so the index holds re-indexed fields too.
    db.$client.exec("update parties set description = 'Edited description about aid' where id = 'hamas'");
  };
  const searches = async (db: ReturnType<typeof openDatabase>) => {
    const app = await buildTestApp({ db });
    const found: Record<string, unknown[]> = {};
    for (const q of ['aid', 'a', 'hamas', 'the', 'cease', 'humanitarian aid', 'captives', 'gaza']) {
      for (const type of ['', '&type=party', '&type=source,demand', '&type=reason']) {
        const url = `/v1/search?q=${encodeURIComponent(q)}&limit=100${type}`;
        found[url] = (await app.inject(url)).json().items;
      }
    }
    return found;
  };

  it('leaves a database made at 0010 searching exactly like one made today, before and after a write', async () => {
    const dir = migrationsUpTo(11);
    dirs.push(dir);
    const old = openDatabase(':memory:');
    migrate(old, { migrationsFolder: dir });
    seeded(old, 'before');
    const documents = old.$client.prepare('select count(*) from search_documents').pluck().get();
    migrateDatabase(old);
    expect(old.$client.prepare('select count(*) from search_documents').pluck().get()).toBe(documents);
    const today = openDatabase(':memory:');
    migrateDatabase(today);
    seeded(today, 'today');
    for (const db of [old, today]) db.$client.exec("update issues set title = title || ' aid' where rowid = 1");
    expect(await searches(old)).toEqual(await searches(today));
  });
});

describe('what the write path stores, on upgrade (migrations 0012 and 0014)', () => {
  const seededToday = () => {
    const today = openDatabase(':memory:');
    migrateDatabase(today);
    for (const file of seedDatasets) {
      const { dataset, text } = readSeedDataset(file);
      importDataset(today, dataset, text);
    }
    return today;
  };
  const answers = async (db: ReturnType<typeof openDatabase>) => {
    const app = await buildTestApp({ db });
    // Pages without a next one: a cursor is signed with each database's own key.
    const urls = [
      '/v1/positions',
      '/v1/positions?sort=-title',
      '/v1/issues/humanitarian-aid-channels/positions',
      '/v1/demands',
      '/v1/parties/hamas/demands?sort=-title',
    ];
    // Each database has its own record times.
    const timeless = (body: string) => body.replace(/"(createdAt|updatedAt)":"[^"]*"/g, '"$1":"…"');
    return Promise.all(urls.map(async (url) => timeless((await app.inject(url)).body)));
  };

  it.each([
    { made: 12, stored: 'topic_positions', stale: 'stale_position_topics' },
    { made: 14, stored: 'stored_records', stale: 'stale_records' },
  ])(
    'stores everything in $stored for a database made before it, which answers as one made today',
    async ({ made, stored, stale }) => {
      const dir = migrationsUpTo(made);
      const old = openDatabase(':memory:');
      migrate(old, { migrationsFolder: dir });
      rmSync(dir, { recursive: true, force: true });
      importIntoOlderDatabase(old);
      const today = seededToday();
      const count = (db: ReturnType<typeof openDatabase>, table: string) =>
        db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;
      migrateDatabase(old);
      expect(count(old, stored)).toBe(0);
      expect(count(old, stale)).toBeGreaterThan(0);
      // Left stale, everything is derived when read; stored at start, it reads the same.
      expect(await answers(old)).toEqual(await answers(today));
      expect(refreshStaleData(old)).toBeGreaterThan(0);
      expect(count(old, stale)).toBe(0);
      expect(count(old, stored)).toBe(count(today, stored));
      expect(await answers(old)).toEqual(await answers(today));
    },
  );
});
