import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { AppDatabase } from '../src/db/client.js';
import { readSetting } from '../src/db/settings.js';
import {
  type DerivationFailure,
  derivationFailureReport,
  describeDerivationFailure,
  reportDerivationFailures,
} from '../src/domain/derivation-failures.js';
import { demandsAsAnswered } from '../src/domain/relations.js';
import {
  demandJson,
  listDemandsJson,
  recordRefreshBatch,
  storedJsonOf,
  storedRecordsVersion,
} from '../src/domain/stored-records.js';
import { refreshStaleData, refreshStaleDataBetweenRequests, refreshStepBetweenRequests } from '../src/domain/write.js';
import { collectLogLines, createTestDatabase } from './helpers.js';
import { appWithEditor } from './support/editor-app.js';
import { newStatement, reporter, seededSource } from './support/new-records.js';

const staleCount = (db: AppDatabase) => db.$client.prepare('select count(*) from stale_records').pluck().get();

/** Every demand is stored as derivation gives it now (and nothing else is stored), none left stale. */
function expectStoredAsDerived(db: AppDatabase, { ignoring }: { ignoring?: string } = {}) {
  expect(
    db.$client
      .prepare('select count(*) from stale_records where record_type is not ?')
      .pluck()
      .get(ignoring ?? null),
  ).toBe(0);
  const ids = db.$client.prepare('select id from demands order by id').pluck().all() as string[];
  const derived = new Map(demandsAsAnswered(db, ids).map((demand) => [demand.id, demandJson(demand)]));
  const stored = new Map(
    db.$client
      .prepare(`select record_id, json from stored_records where record_type = 'demand' order by record_id`)
      .raw()
      .all() as [string, string][],
  );
  expect(stored).toEqual(derived);
}

/**
 * A page answered from the stored demands and built afresh: a stale mark on every demand sends reads
 * down the built path. Both are the same bytes with the same ETag; returns the page.
 */
async function expectSameAnswerBuilt(app: FastifyInstance, db: AppDatabase, url: string) {
  const fresh = { url, headers: { 'cache-control': 'no-cache' } };
  const stored = await app.inject(fresh);
  expect(stored.statusCode, stored.body).toBe(200);
  // Only the marks added here go again: those already there are the write path's to clear.
  db.$client.exec(`create temp table if not exists marked_before as select * from stale_records where 0;
    delete from marked_before; insert into marked_before select * from stale_records;
    insert or ignore into stale_records select 'demand', id from demands`);
  const built = await app.inject(fresh);
  db.$client.exec('delete from stale_records; insert into stale_records select * from marked_before');
  expect(built.body).toBe(stored.body);
  expect(built.headers.etag).toBe(stored.headers.etag);
  return stored.json();
}

describe('stored records (demands as the API answers them)', () => {
  it('holds the seed’s demands as derivation gives them, and pages answer the same from either', async () => {
    const { db, app } = await appWithEditor();
    expectStoredAsDerived(db);
    for (const url of [
      '/v1/demands',
      '/v1/demands?party=hamas&status=pressed',
      '/v1/demands?sort=-title&limit=2',
      '/v1/demands?count=true',
      '/v1/parties/hamas/demands',
      '/v1/issues/humanitarian-aid-channels/demands',
      '/v1/proposals/truce-framework/demands',
      '/v1/demands?fields=title&evidence=false',
    ]) {
      await expectSameAnswerBuilt(app, db, url);
    }
  });

  it('is brought up to date by every kind of write, in the transaction that commits it', async () => {
    const { db, app, editor, etagOf } = await appWithEditor();
    const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: object) => {
      const headers: Record<string, string> = { ...editor };
      if (method !== 'POST') headers['if-match'] = await etagOf(url);
      if (method === 'PATCH') headers['content-type'] = 'application/merge-patch+json';
      const response = await app.inject({ method, url, headers, ...(body ? { payload: body } : {}) });
      expect(response.statusCode, response.body).toBeLessThan(300);
      expectStoredAsDerived(db);
      return response;
    };
    const aid = '/v1/demands/aid-through-pre-existing-channels';

    await send('PATCH', aid, { title: 'Aid through the old channels' });
    await send('POST', '/v1/demands', {
      sourceId: seededSource,
      id: 'test-demand-on-captives',
      partyId: 'hamas',
      issueId: 'ending-the-war',
      proposalId: null,
      title: 'Test record: a demand quoting the captives passage',
      summary: 'A fictional demand for the test.',
      status: 'pressed',
      raisedOn: null,
      raisedOnPrecision: 'unknown',
      evidence: [{ quote: 'captives', occurrence: 1, attributedTo: reporter, reporting: 'reporter-analysis' }],
    });
    // A reason given for a demand is part of the demand as answered; so are the reason's own quotes.
    await send('POST', '/v1/reasons', {
      sourceId: seededSource,
      id: 'test-reason-for-the-captives-demand',
      forType: 'demand',
      forId: 'test-demand-on-captives',
      summary: 'A fictional reason for the test.',
      evidence: [{ quote: 'the US president', attributedTo: reporter, reporting: 'reporter-analysis' }],
    });
    expect(JSON.stringify((await app.inject('/v1/demands?party=hamas&limit=50')).json())).toContain(
      'test-reason-for-the-captives-demand',
    );
    await send('PATCH', '/v1/reasons/test-reason-for-the-captives-demand', { summary: 'Renamed reason.' });
    await send('DELETE', '/v1/reasons/test-reason-for-the-captives-demand');
    await send('DELETE', '/v1/demands/test-demand-on-captives');

    // A later source withdraws a demand: its status comes from the latest claim.
    const imported = await app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...editor, 'content-type': 'application/json' },
      payload: readFileSync('test/fixtures/hamas-withdraws-aid-demand.json', 'utf8'),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expectStoredAsDerived(db);
    expect((await expectSameAnswerBuilt(app, db, '/v1/demands?status=withdrawn')).items[0].id).toBe(
      'aid-through-pre-existing-channels',
    );
    // A source's date orders the claims on its records: a change to it is a change to them.
    await send('PATCH', '/v1/sources/synthetic-wire-report-c', { publishedOn: null, publishedOnPrecision: 'unknown' });
    await expectSameAnswerBuilt(app, db, '/v1/demands?party=hamas');
  });

  it('marks every demand a change to any input can move (random changes over a synthetic dataset)', () => {
    const db = createTestDatabase({ synthetic: { demands: 150, seed: 11 } });
    expectStoredAsDerived(db);
    let state = 7;
    const next = (below: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % below;
    };
    const pick = (query: string) => {
      const rows = db.$client.prepare(query).pluck().all() as (string | number)[];
      return rows[next(rows.length)]!;
    };
    const run = (statement: string, ...values: unknown[]) => db.$client.prepare(statement).run(...values);
    const changes = [
      () => run(`update demands set status = 'withdrawn' where id = ?`, pick('select id from demands')),
      () =>
        run(`update demands set title = 'Renamed', summary = 'Changed' where id = ?`, pick('select id from demands')),
      () => run(`update demands set raised_on = '2030-01-01' where id = ?`, pick('select id from demands')),
      () =>
        run(
          'update demands set issue_id = ? where id = ?',
          pick('select id from issues'),
          pick('select id from demands'),
        ),
      () =>
        run(
          `update evidence set quote = quote, hedges = '["may"]' where rowid = ?`,
          pick('select rowid from evidence'),
        ),
      () =>
        run(
          `delete from evidence where rowid = ? and record_type in ('demand', 'reason')`,
          pick(`select rowid from evidence where record_type in ('demand', 'reason')`),
        ),
      () =>
        run(
          `insert into evidence (record_type, record_id, source_id, quote, start, end)
           select 'reason', ?, id, substr(text, 1, 5), 0, 5 from sources limit 1`,
          pick(`select id from reasons where for_type = 'demand'`),
        ),
      () => run(`update reasons set summary = 'Changed' where id = ?`, pick('select id from reasons')),
      () =>
        run(
          `update reasons set for_id = ? where id = ? and for_type = 'demand'`,
          pick('select id from demands'),
          pick(`select id from reasons where for_type = 'demand'`),
        ),
      () => run('delete from reasons where id = ?', pick('select id from reasons')),
      () => run(`update claims set value = 'dropped' where rowid = ?`, pick(`select rowid from claims`)),
      () => run('delete from claims where rowid = ?', pick('select rowid from claims')),
      () =>
        run(
          `update sources set published_on = ?, published_on_precision = 'day' where id = ?`,
          `20${10 + next(20)}-01-01`,
          pick('select id from sources'),
        ),
    ];
    for (let round = 0; round < 30; round++) {
      for (let step = 0; step < 3; step++) changes[next(changes.length)]!();
      refreshStaleData(db);
      expectStoredAsDerived(db);
    }
  }, 60_000);

  it('answers pages over a synthetic dataset as built afresh, across filters, sorts and cursors', async () => {
    const { db, app } = await appWithEditor({ synthetic: { demands: 200, seed: 5 } });
    for (const first of [
      '/v1/demands?limit=7',
      '/v1/demands?limit=9&sort=-raisedOn,title&count=true',
      '/v1/demands?status=pressed,withdrawn&limit=11',
      '/v1/demands?party=syn-party-00003&limit=5',
    ]) {
      let url: string | undefined = first;
      while (url) {
        const page = await expectSameAnswerBuilt(app, db, url);
        url = page.nextCursor ? `${first}&cursor=${page.nextCursor}` : undefined;
      }
    }
  });

  it('joins stored demands in the order asked, whatever it is, and answers pages from them', () => {
    const db = createTestDatabase({ synthetic: { demands: 120, seed: 3 } });
    const ids = db.$client.prepare('select id from demands order by title desc').pluck().all() as string[];
    for (const some of [ids.slice(0, 50), ids.slice(0, 50).reverse(), [ids[7]!, ids[3]!, ids[7]!.slice(0)], ids]) {
      const joined = storedJsonOf(db, 'demand', some);
      expect(joined).toBeDefined();
      expect(JSON.parse(`[${joined}]`).map((demand: { id: string }) => demand.id)).toEqual(some);
    }
    // A page of the present is answered from them (not built), with or without filters and a cursor.
    const first = listDemandsJson(db, { sort: [{ field: 'title', descending: true }], limit: 20, count: true });
    expect(first).toBeDefined();
    expect(listDemandsJson(db, { status: ['pressed'], sort: [], limit: 20, count: false })).toBeDefined();
    const cursor = first?.nextCursor ?? undefined;
    expect(
      listDemandsJson(db, { sort: [{ field: 'title', descending: true }], limit: 20, count: false, cursor }),
    ).toBeDefined();
    // Not for asOf or include=, nor while a demand of the page is marked stale.
    expect(listDemandsJson(db, { sort: [], limit: 20, count: false, asOf: '2026' })).toBeUndefined();
    expect(listDemandsJson(db, { sort: [], limit: 20, count: false, include: new Set(['party']) })).toBeUndefined();
    db.$client.prepare(`insert into stale_records values ('demand', ?)`).run(ids[0]);
    expect(storedJsonOf(db, 'demand', ids.slice(0, 5))).toBeUndefined();
  });

  it('goes on writing and starting when a demand cannot be built (a bad row written outside the API)', async () => {
    const { logStream, lines } = collectLogLines();
    const { db, patch } = await appWithEditor({}, { logStream });
    // Another process gives one reason quote of a demand hedges that are not JSON; the trigger marks the demand.
    db.$client.exec(
      `update evidence set hedges = 'reportedly' where id = (select min(e.id) from evidence e join reasons r
         on e.record_type = 'reason' and e.record_id = r.id and r.for_type = 'demand')`,
    );
    expect(staleCount(db)).toBe(1);
    // An unrelated write commits; the demand stays marked, with nothing stored for it.
    const patched = await patch('/v1/parties/hamas', { description: 'Changed.' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(staleCount(db)).toBe(1);
    // A start does not fail, nor loop, on it.
    expect(refreshStaleData(db)).toBe(0);
    expect(staleCount(db)).toBe(1);
    // The log says which, once.
    const told = lines.filter((line) => line.stored === 'record');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ level: 50, recordType: 'demand', recordId: expect.any(String) });
    expect(told[0]!.msg).toMatch(/^cannot store demand \S+ as answered: a row it comes from cannot be read/);
  });

  it('tells each derivation failure once, the first 100 of them, and says so at the 100th', () => {
    const db = createTestDatabase();
    const told: DerivationFailure[] = [];
    reportDerivationFailures(db, (failure) => told.push(failure));
    const report = derivationFailureReport(db)!;
    for (let round = 0; round < 2; round++) {
      for (let at = 0; at < 150; at++)
        report({ stored: 'record', type: 'demand', id: `d${at}`, error: new Error('bad') });
    }
    expect(told.map((failure) => failure.id)).toEqual(Array.from({ length: 100 }, (_, at) => `d${at}`));
    expect(told.filter((failure) => failure.last).map((failure) => failure.id)).toEqual(['d99']);
    expect(describeDerivationFailure(told[99]!)).toMatch(/the 100th such failure: later ones are not told\)$/);
  });

  it('leaves alone the marks of record types it does not store (a later version’s), and ends', () => {
    const db = createTestDatabase();
    db.$client.exec(`insert into stale_records values ('response', 'a-later-version-stores-these')`);
    db.$client.exec(`insert into stale_records select 'demand', id from demands`);
    expect(refreshStaleData(db)).toBe(db.$client.prepare('select count(*) from demands').pluck().get());
    expect(db.$client.prepare('select record_type from stale_records').pluck().all()).toEqual(['response']);
    expectStoredAsDerived(db, { ignoring: 'response' });
  });

  it('stores at most a batch of records in one write; the rest is built when read until stored', async () => {
    const { db, app, post } = await appWithEditor({ synthetic: { demands: recordRefreshBatch + 100, seed: 2 } });
    // A bulk change outside the write path marks every demand.
    db.$client.exec(`update demands set summary = summary || ' (revised)'`);
    const marked = staleCount(db) as number;
    expect(marked).toBeGreaterThan(recordRefreshBatch);
    const response = await post('/v1/statements', newStatement);
    expect(response.statusCode, response.body).toBe(201);
    expect(staleCount(db)).toBe(marked - recordRefreshBatch);
    await expectSameAnswerBuilt(app, db, '/v1/demands?limit=100&sort=-title');
    refreshStaleData(db);
    expectStoredAsDerived(db);
  });

  it('catches up between requests: a turn of the event loop between batches, and it stops when told', async () => {
    const db = createTestDatabase({ synthetic: { demands: recordRefreshBatch + 100, seed: 2 } });
    const markAll = () => db.$client.exec(`insert or ignore into stale_records select 'demand', id from demands`);
    markAll();
    const marked = staleCount(db) as number;
    expect(marked).toBeGreaterThan(recordRefreshBatch);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    expect(await refreshStaleDataBetweenRequests(db)).toBe(marked);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
    expectStoredAsDerived(db);
    // Told to stop after the first step, it leaves the rest for reads to build.
    markAll();
    let steps = 0;
    const { records } = refreshStepBetweenRequests;
    expect(await refreshStaleDataBetweenRequests(db, { stopped: () => steps++ > 0 })).toBe(records);
    expect(staleCount(db)).toBe(marked - records);
  });

  it('stores every demand again at start when what is stored is of another version', () => {
    const db = createTestDatabase();
    db.$client.exec(`update stored_records set json = '{"stale":true}'`);
    db.$client.exec(`update app_settings set value = '0' where key = 'stored_records_version'`);
    expect(refreshStaleData(db)).toBe(db.$client.prepare('select count(*) from demands').pluck().get());
    expect(readSetting(db.$client, 'stored_records_version')).toBe(storedRecordsVersion);
    expectStoredAsDerived(db);
  });
});
