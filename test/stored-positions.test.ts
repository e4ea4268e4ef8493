import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { type AppDatabase, migrateDatabase, openDatabase } from '../src/db/client.js';
import { stalePositionTopics } from '../src/db/schema.js';
import { readSetting } from '../src/db/settings.js';
import { recomputeEventOrder } from '../src/domain/event-order.js';
import { derivePositions, positionStances, quotesOf, type TopicRef, topicKey } from '../src/domain/positions/derive.js';
import { listPositions, listPositionsJson, pageOrder } from '../src/domain/positions/queries.js';
import {
  joinMembers,
  mergeMembers,
  refreshBatch,
  type StoredMembers,
  storedPositionsJson,
  storedPositionsVersion,
} from '../src/domain/positions/store.js';
import { refreshStaleData, refreshStepBetweenRequests, write } from '../src/domain/write.js';
import { Splice } from '../src/lib/splice.js';
import { PositionsPageSchema } from '../src/routes/positions/schemas.js';
import { seedDatabase } from '../src/seed/seed-database.js';
import { collectLogLines, createTestDatabase } from './helpers.js';
import { appWithEditor } from './support/editor-app.js';
import { newStatement, reporter, seededSource } from './support/new-records.js';

const source = seededSource;

function allTopics(db: AppDatabase): TopicRef[] {
  return db.$client
    .prepare(`select 'issue' as type, id from issues union all select 'proposal', id from proposals`)
    .all() as TopicRef[];
}

const staleCount = (db: AppDatabase) => db.$client.prepare('select count(*) from stale_position_topics').pluck().get();

/** The stored positions of every topic are exactly what derivation gives now, and none is left stale. */
function expectStoredAsDerived(db: AppDatabase) {
  expect(staleCount(db)).toBe(0);
  const topics = allTopics(db);
  const derived = derivePositions(db, topics, {}, undefined);
  const withPositions = new Map([...derived].filter(([, positions]) => positions.length > 0));
  const quoted = quotesOf(db, [...derived.values()].flat(), undefined);
  const quotes = pageOrder(topics.map((topic) => ({ positions: derived.get(topicKey(topic)) ?? [] }))).map((href) => [
    href,
    quoted[href],
  ]);
  // Unfiltered reads take each topic in one piece (topic_positions); a filter that keeps every position
  // takes them a position at a time (positions, position_quotes): both hold what derivation gives.
  for (const filters of [{}, { stance: [...positionStances] }]) {
    const stored = storedPositionsJson(db, topics, filters);
    expect(new Map([...stored.byTopic].map(([key, list]) => [key, JSON.parse(`[${list}]`)]))).toEqual(withPositions);
    // The members in page order, each once.
    expect(Object.entries(JSON.parse(`{${new Splice().add(...stored.quotes).toBuffer()}}`))).toEqual(quotes);
  }
}

/**
 * The same request answered from the stored positions and derived afresh: a stale mark on a topic that
 * does not exist sends every read down the derived path, and nothing else.
 */
async function expectSameAnswerDerived(app: FastifyInstance, db: AppDatabase, url: string) {
  const fresh = { url, headers: { 'cache-control': 'no-cache' } };
  const stored = await app.inject(fresh);
  expect(stored.statusCode, stored.body).toBe(200);
  db.$client.prepare(`insert into stale_position_topics values ('issue', 'no-such-issue')`).run();
  const derived = await app.inject(fresh);
  db.$client.prepare('delete from stale_position_topics').run();
  // Byte for byte. A page of pieces takes its ETag from them, other answers from their bytes: both strong.
  expect(stored.body).toBe(derived.body);
  expect(stored.headers.etag).toMatch(/^"[^"]+"$/);
  if (!String(stored.headers.etag).startsWith('"p')) expect(stored.headers.etag).toBe(derived.headers.etag);
  return stored.json();
}

describe('stored positions', () => {
  it('holds the seed’s positions as derivation gives them, and reads answer the same from either', async () => {
    const { db, app } = await appWithEditor();
    expectStoredAsDerived(db);
    expect(db.$client.prepare('select count(*) from positions').pluck().get()).toBeGreaterThan(0);
    for (const url of [
      '/v1/positions',
      '/v1/positions?party=israel',
      '/v1/positions?stance=rejects',
      '/v1/positions?topicType=proposal',
      '/v1/positions?sort=-title&limit=1',
      '/v1/parties/hamas/positions',
      '/v1/issues/humanitarian-aid-channels/positions',
      '/v1/proposals/truce-framework/positions',
    ]) {
      await expectSameAnswerDerived(app, db, url);
    }
  });

  it('is brought up to date by every kind of write, in the transaction that commits it', async () => {
    const { db, app, editor, etagOf, patch: send } = await appWithEditor();
    const patch = async (url: string, body: object) => {
      const response = await send(url, body);
      expect(response.statusCode, response.body).toBe(200);
    };
    const post = async (url: string, body: object) => {
      const response = await app.inject({ method: 'POST', url, headers: editor, payload: body });
      expect(response.statusCode, response.body).toBe(201);
    };

    // A new answer: the United States rejects Hamas's demand on the forces (a fictional record for the test).
    await post('/v1/responses', {
      sourceId: source,
      id: 'us-rejects-force-limits',
      partyId: 'united-states',
      stance: 'rejects',
      summary: 'Test record: the United States answers the demand on Israeli forces.',
      issuedOn: '2026-07-08',
      issuedOnPrecision: 'day',
      answers: [{ demandId: 'limits-on-israeli-forces-in-gaza', stance: 'rejects', scope: 'specific' }],
      evidence: [{ quote: 'the US president', attributedTo: reporter, reporting: 'reporter-analysis' }],
    });
    expectStoredAsDerived(db);
    const onForces = await expectSameAnswerDerived(app, db, '/v1/issues/israeli-forces-in-gaza/positions');
    expect(onForces.positions.map((position: { partyId: string }) => position.partyId)).toContain('united-states');

    // A demand's title is part of what positions are towards; an issue's title is the topic's.
    await patch('/v1/demands/limits-on-israeli-forces-in-gaza', { title: 'Limits on the army in Gaza' });
    await patch('/v1/issues/israeli-forces-in-gaza', { title: 'The army in Gaza' });
    expectStoredAsDerived(db);
    const renamed = await expectSameAnswerDerived(app, db, '/v1/issues/israeli-forces-in-gaza/positions');
    expect(renamed.topic.title).toBe('The army in Gaza');
    expect(JSON.stringify(renamed.positions)).toContain('Limits on the army in Gaza');

    // A demand moved to another issue leaves the first and joins the second.
    await patch('/v1/demands/aid-through-pre-existing-channels', { issueId: 'ending-the-war' });
    expectStoredAsDerived(db);
    const aid = await expectSameAnswerDerived(app, db, '/v1/issues/humanitarian-aid-channels/positions');
    expect(aid.positions).toEqual([]);
    await patch('/v1/demands/aid-through-pre-existing-channels', { issueId: 'humanitarian-aid-channels' });

    // A later source withdraws a demand (its state changes through a claim, with history).
    const withdrawal = readFileSync('test/fixtures/hamas-withdraws-aid-demand.json', 'utf8');
    const imported = await app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...editor, 'content-type': 'application/json' },
      payload: withdrawal,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expectStoredAsDerived(db);
    const withdrawn = await expectSameAnswerDerived(app, db, '/v1/issues/humanitarian-aid-channels/positions');
    expect(withdrawn.positions.find((p: { partyId: string }) => p.partyId === 'hamas').stance).toBe('withdrew');

    // Deleting the answer takes the United States off the issue again.
    const url = '/v1/responses/us-rejects-force-limits';
    const deleted = await app.inject({ method: 'DELETE', url, headers: { ...editor, 'if-match': await etagOf(url) } });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expectStoredAsDerived(db);
    const after = await expectSameAnswerDerived(app, db, '/v1/issues/israeli-forces-in-gaza/positions');
    expect(after.positions.map((position: { partyId: string }) => position.partyId)).not.toContain('united-states');
    await expectSameAnswerDerived(app, db, '/v1/positions');
  });

  it('answers at once a change written outside the write path, and stores it at the next write', async () => {
    const { db, app, post } = await appWithEditor();
    // Another process writing straight to the file: no write path, only the triggers.
    db.$client.prepare(`update demands set status = 'withdrawn' where id = 'aid-through-pre-existing-channels'`).run();
    expect(staleCount(db)).toBe(1);
    const fresh = { url: '/v1/issues/humanitarian-aid-channels/positions', headers: { 'cache-control': 'no-cache' } };
    const hamas = (await app.inject(fresh)).json().positions.find((p: { partyId: string }) => p.partyId === 'hamas');
    expect(hamas.stance).toBe('withdrew');
    const response = await post('/v1/statements', newStatement);
    expect(response.statusCode, response.body).toBe(201);
    expectStoredAsDerived(db);
    const { byTopic } = storedPositionsJson(db, [{ type: 'issue', id: 'humanitarian-aid-channels' }], {
      party: ['hamas'],
    });
    expect(JSON.parse(`[${byTopic.get('issue:humanitarian-aid-channels') ?? ''}]`)[0].stance).toBe('withdrew');
  });

  it('splices a page from the stored JSON that is the page listPositions builds, and fits its schema', () => {
    const db = createTestDatabase({ synthetic: { demands: 200, seed: 5 } });
    const base = { sort: [], limit: 3, count: false };
    const lists = [
      base,
      { ...base, count: true },
      { ...base, party: ['hamas', 'israel'] },
      { ...base, stance: ['rejects' as const, 'demands' as const] },
      { ...base, topicType: ['proposal' as const] },
      { ...base, sort: [{ field: 'title' as const, descending: true }], limit: 50 },
    ];
    for (const filters of lists) {
      let cursor: string | undefined;
      do {
        const page = listPositions(db, { ...filters, cursor });
        const text = listPositionsJson(db, { ...filters, cursor });
        expect(text).toBeDefined();
        const spliced = JSON.parse(String(text?.json));
        expect(spliced).toEqual(page);
        // And it is the page derived afresh, byte for byte (a stale mark on no topic sends reads that way).
        db.$client.prepare(`insert into stale_position_topics values ('issue', 'no-such-issue')`).run();
        expect(JSON.stringify(listPositions(db, { ...filters, cursor }))).toBe(String(text?.json));
        db.$client.prepare('delete from stale_position_topics').run();
        expect(PositionsPageSchema.parse(spliced)).toEqual(spliced);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    expect(listPositionsJson(db, { ...base, asOf: 'ceasefire-talks-report' })).toBeUndefined();
  });

  it('trims a spliced page to the fields asked for, as any other answer', async () => {
    const { db, app } = await appWithEditor();
    const page = await expectSameAnswerDerived(app, db, '/v1/positions?fields=topic&evidence=false');
    expect(page.quotes).toBeUndefined();
    expect(Object.keys(page.items[0])).toEqual(['topic']);
  });

  it('filters positions by stance within each topic of the page, stored or derived alike', async () => {
    const { db, app } = await appWithEditor();
    const page = await expectSameAnswerDerived(
      app,
      db,
      '/v1/positions?stance=accepts-with-conditions&count=true&limit=1',
    );
    // The page holds the first topic, where no position has the stance: it is left out, the cursor goes on.
    expect(page.items).toEqual([]);
    expect(page.nextCursor).not.toBeNull();
    expect(page.total).toBe(4);
    const all = await expectSameAnswerDerived(app, db, '/v1/positions?stance=accepts-with-conditions&limit=50');
    expect(all.items.map((entry: { topic: { id: string } }) => entry.topic.id)).toEqual(['truce-framework']);
  });

  it('marks every topic a change to any input can move (random changes over a synthetic dataset)', () => {
    const db = createTestDatabase({ seed: false, synthetic: { demands: 400, seed: 3 } });
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
    const changes = [
      () =>
        db.$client.prepare(`update demands set status = 'withdrawn' where id = ?`).run(pick('select id from demands')),
      () =>
        db.$client
          .prepare('update demands set issue_id = ? where id = ?')
          .run(pick('select id from issues'), pick('select id from demands')),
      () =>
        db.$client
          .prepare(`update demands set raised_on = '2030-01-01' where id = ?`)
          .run(pick('select id from demands')),
      () => db.$client.prepare(`update demands set title = 'Renamed' where id = ?`).run(pick('select id from demands')),
      () =>
        db.$client
          .prepare(`update responses set stance = 'counters' where id = ?`)
          .run(pick('select id from responses')),
      () =>
        db.$client
          .prepare('update responses set proposal_id = ? where id = ?')
          .run(pick('select id from proposals'), pick('select id from responses')),
      () =>
        db.$client
          .prepare(`update responses set issued_on = '2031-02-02', issued_on_precision = 'day' where id = ?`)
          .run(pick('select id from responses')),
      () =>
        db.$client
          .prepare('delete from response_answers where rowid = ?')
          .run(pick('select rowid from response_answers')),
      () =>
        db.$client
          .prepare(`update response_answers set stance = 'accepts' where rowid = ?`)
          .run(pick('select rowid from response_answers')),
      () =>
        db.$client
          .prepare(`delete from evidence where rowid = ? and record_type in ('demand', 'response')`)
          .run(pick(`select rowid from evidence where record_type in ('demand', 'response')`)),
      () =>
        db.$client
          .prepare(`insert or replace into event_order (record_type, record_id, position) values ('demand', ?, ?)`)
          .run(pick('select id from demands'), next(1_000_000)),
      () =>
        db.$client.prepare(`update proposals set title = 'Renamed' where id = ?`).run(pick('select id from proposals')),
      () => db.$client.prepare(`update issues set title = 'Renamed' where id = ?`).run(pick('select id from issues')),
    ];
    for (let round = 0; round < 30; round++) {
      for (let step = 0; step < 3; step++) changes[next(changes.length)]!();
      refreshStaleData(db);
      expectStoredAsDerived(db);
    }
  }, 60_000);

  it('stores every topic again at start when what is stored is of another version', () => {
    const db = createTestDatabase();
    db.$client.prepare(`update positions set position = '{"stale":true}'`).run();
    db.$client.prepare(`update app_settings set value = '0' where key = 'stored_positions_version'`).run();
    expect(refreshStaleData(db)).toBe(allTopics(db).length);
    expect(readSetting(db.$client, 'stored_positions_version')).toBe(storedPositionsVersion);
    expectStoredAsDerived(db);
    // Nothing left to do: nothing is written.
    const before = db.$client.serialize();
    expect(refreshStaleData(db)).toBe(0);
    expect(db.$client.serialize().equals(before)).toBe(true);
  });

  it('goes on writing and starting when a topic cannot be derived (a bad row written outside the API)', async () => {
    const { logStream, lines } = collectLogLines();
    const { db, patch } = await appWithEditor({}, { logStream });
    // Another process gives a demand's quote hedges that are not JSON; the trigger marks its topic.
    db.$client.exec(
      `update evidence set hedges = 'reportedly'
       where id = (select min(id) from evidence
                   where record_type = 'demand' and record_id = 'aid-through-pre-existing-channels')`,
    );
    expect(staleCount(db)).toBe(1);
    const patched = await patch('/v1/parties/hamas', { description: 'Changed.' });
    expect(patched.statusCode, patched.body).toBe(200);
    // The topic stays marked with its rows as they were; a start neither fails nor loops on it.
    expect(staleCount(db)).toBe(1);
    expect(refreshStaleData(db)).toBe(0);
    expect(staleCount(db)).toBe(1);
    // The log says which, once, however often it is tried again.
    expect(await patch('/v1/parties/israel', { description: 'Changed too.' })).toHaveProperty('statusCode', 200);
    const told = lines.filter((line) => line.stored === 'positions');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ level: 50, recordType: 'issue', recordId: expect.any(String) });
    expect(told[0]!.msg).toMatch(/^cannot store the positions on issue \S+: a row they come from cannot be read/);
  });

  it('stores its own topics and a step of the others in one write; the rest is derived until stored', async () => {
    const { db, post } = await appWithEditor();
    // A bulk change outside the write path left more topics marked than a write stores.
    const marks = Array.from(
      { length: refreshBatch + 10 },
      (_, at) => `('issue', 'bulk-${String(at).padStart(3, '0')}')`,
    );
    db.$client.exec(`insert into stale_position_topics values ${marks.join(', ')}`);
    const response = await post('/v1/statements', newStatement);
    expect(response.statusCode, response.body).toBe(201);
    // Its own topics, and a step of the others (the rest is a catch-up's, or the writes' after it).
    expect(staleCount(db)).toBe(refreshBatch + 10 - refreshStepBetweenRequests.topics);
    refreshStaleData(db);
    expectStoredAsDerived(db);
  });

  it('gives a page of pieces an ETag from them: the same while it is, another as soon as it changes', async () => {
    const { db, app, patch } = await appWithEditor();
    const fresh = { url: '/v1/positions', headers: { 'cache-control': 'no-cache' } };
    const first = await app.inject(fresh);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"p[\w-]+"$/);
    expect((await app.inject(fresh)).headers.etag).toBe(etag);
    // Answered 304 to it, computed afresh or from the cache.
    expect(
      (await app.inject({ url: '/v1/positions', headers: { ...fresh.headers, 'if-none-match': etag } })).statusCode,
    ).toBe(304);
    expect((await app.inject({ url: '/v1/positions', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    // Each thing the page is made of changes it: a topic's title, a position, the page's cursor and total.
    const seen = new Set([etag]);
    const expectNew = async (request: { url: string; headers?: Record<string, string> }) => {
      const response = await app.inject({ ...request, headers: { ...request.headers, 'cache-control': 'no-cache' } });
      expect(response.statusCode).toBe(200);
      expect(seen.has(String(response.headers.etag)), String(response.headers.etag)).toBe(false);
      seen.add(String(response.headers.etag));
    };
    await expectNew({ url: '/v1/positions?limit=2' });
    await expectNew({ url: '/v1/positions?limit=2&count=true' });
    const renamed = await patch('/v1/issues/ending-the-war', { title: 'The end of the war' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await expectNew(fresh);
    const retitled = await patch('/v1/demands/aid-through-pre-existing-channels', {
      title: 'Aid through the old channels',
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    await expectNew(fresh);
    // A piece without a digest (stored by a version before them) leaves the page to hash its bytes.
    db.$client.exec('update topic_positions set digest = null');
    const hashed = await app.inject(fresh);
    expect(String(hashed.headers.etag)).not.toMatch(/^"p/);
  });

  it('answers from the rows when a writer that stores no pieces (an older server) rewrote a topic', async () => {
    const { db, app } = await appWithEditor();
    const fresh = { url: '/v1/positions', headers: { 'cache-control': 'no-cache' } };
    const before = await app.inject(fresh);
    const pieces = db.$client.prepare('select topic_id from topic_positions order by topic_id').pluck();
    expect(pieces.all()).toContain('humanitarian-aid-channels');
    // What an older server's refresh does: rewrites the topic's rows and clears its mark, storing no piece.
    db.$client.exec(`
      create temp table kept as select * from positions where topic_id = 'humanitarian-aid-channels';
      delete from positions where topic_id = 'humanitarian-aid-channels';
      insert into positions select * from kept;`);
    expect(pieces.all()).not.toContain('humanitarian-aid-channels');
    expect(db.$client.prepare('select count(*) from stale_position_topics').pluck().get()).toBe(0);
    // The page is read from the rows: the same answer, not the piece that is gone.
    expect((await app.inject(fresh)).body).toBe(before.body);
    const filtered = storedPositionsJson(db, [{ type: 'issue', id: 'humanitarian-aid-channels' }], {});
    expect(filtered.byTopic.size).toBe(1);
    // The next refresh of the topic stores its piece again.
    db.$client.prepare(`insert into stale_position_topics values ('issue', 'humanitarian-aid-channels')`).run();
    refreshStaleData(db);
    expect(pieces.all()).toContain('humanitarian-aid-channels');
    expect((await app.inject(fresh)).body).toBe(before.body);
    expectStoredAsDerived(db);
  });

  it('leaves topics stale, for reads to derive, while another process holds the write lock past the timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-'));
    try {
      const path = join(dir, 'api.db');
      const first = openDatabase(path, { busyTimeoutMs: 50 });
      migrateDatabase(first);
      seedDatabase(first);
      first.$client
        .prepare(`update demands set status = 'withdrawn' where id = 'aid-through-pre-existing-channels'`)
        .run();
      const other = openDatabase(path, { busyTimeoutMs: 50 });
      other.$client.exec('BEGIN IMMEDIATE');
      expect(refreshStaleData(first)).toBe(0);
      expect(staleCount(first)).toBe(1);
      other.$client.exec('ROLLBACK');
      // The demand's topic, and the demand as stored (src/domain/stored-records.ts).
      expect(refreshStaleData(first)).toBe(2);
      expectStoredAsDerived(first);
      other.$client.close();
      first.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks no topic when the text’s ordering is worked out again and nothing moved', () => {
    const db = createTestDatabase();
    expect(db.$client.prepare('select count(*) from event_order').pluck().get()).toBeGreaterThan(0);
    const marked = write(db, 'test', (tx) => {
      recomputeEventOrder(tx);
      return tx.select().from(stalePositionTopics).all();
    });
    expect(marked).toEqual([]);
  });
});

describe('merging the quotes of a page’s topics (mergeMembers)', () => {
  it('merges the members of topics stored in key order into one object, topic by topic, each key once', () => {
    const stored = (...members: [string, string][]) => {
      const { text, index } = joinMembers(members.map(([key, value]) => [key, `${JSON.stringify(key)}:${value}`]));
      return { members: Buffer.from(text), index };
    };
    const pieces = [
      stored(['/a', '[1]'], ['/c', '["ü"]'], ['/d', '[]']),
      stored(),
      stored(['/b', '[2]'], ['/c', '["ü"]'], ['/e', '[5]']),
      stored(['/a', '[1]'], ['/a"x', '[4]']),
    ];
    const merged = (some: StoredMembers[]) =>
      new Splice()
        .add(...mergeMembers(some))
        .toBuffer()
        .toString();
    expect(merged(pieces.slice(0, 3))).toBe('"/a":[1],"/c":["ü"],"/d":[],"/b":[2],"/e":[5]');
    expect(merged(pieces)).toBe('"/a":[1],"/c":["ü"],"/d":[],"/b":[2],"/e":[5],"/a\\"x":[4]');
    // A member left out splits its topic's run; members that follow each other stay one segment.
    expect(mergeMembers(pieces.slice(0, 3)).length).toBe(5);
    expect(merged([])).toBe('');
    expect(merged([stored(['/only', '[]'])])).toBe('"/only":[]');
    // An index that says more than the stored text holds fails rather than send unfilled memory.
    const short = { members: Buffer.from('"/a":[1]'), index: [['/a', 12] as const] };
    expect(() => new Splice().add(...mergeMembers([short])).toBuffer()).toThrow(/outside its bytes/);
  });
});
