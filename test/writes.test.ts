import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { createKey, revokeKey } from '../src/domain/keys/keys.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';
import { newStatement, reporter, seededSource } from './support/new-records.js';

const source = seededSource;

async function setup() {
  const db = createTestDatabase();
  const app = await buildTestApp({ db });
  const bearer = (role: 'reader' | 'editor' | 'admin', name: string = role) => ({
    authorization: `Bearer ${createKey(db, name, role).key}`,
  });
  return { db, app, editor: bearer('editor'), admin: bearer('admin'), bearer };
}

const mergePatch = (headers: Record<string, string>, ifMatch?: string) => ({
  ...headers,
  'content-type': 'application/merge-patch+json',
  ...(ifMatch ? { 'if-match': ifMatch } : {}),
});

describe('writes: authentication', () => {
  it('refuses every write operation without a valid key of a large enough role', async () => {
    const { db, app, bearer } = await setup();
    const document = (await app.inject('/openapi.json')).json();
    const writes = Object.entries(document.paths as Record<string, Record<string, { security?: unknown[] }>>).flatMap(
      ([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ['post', 'patch', 'delete', 'put'].includes(method))
          .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
    );
    expect(writes.length).toBeGreaterThanOrEqual(42);
    const revoked = createKey(db, 'former-analyst', 'admin');
    revokeKey(db, revoked.apiKey.id);
    const reader = bearer('reader');
    for (const { method, path, operation } of writes) {
      expect(operation.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
      const url = path.replace('{id}', path.startsWith('/v1/keys') ? '1' : 'hamas');
      const request = (headers: Record<string, string>) =>
        app.inject({
          method: method as 'POST',
          url,
          headers: { 'content-type': 'application/json', ...headers },
          payload: '{}',
        });
      const none = await request({});
      expectProblem(none, 401, 'unauthorized');
      expect(none.headers['www-authenticate']).toMatch(/^Bearer realm=/);
      const bad = await request({ authorization: 'Bearer npk_not-a-key-of-ours-not-a-key-of-ours-xx' });
      expectProblem(bad, 401, 'unauthorized');
      expect(bad.headers['www-authenticate']).toMatch(/invalid_token/);
      expectProblem(await request({ authorization: `Bearer ${revoked.key}` }), 403, 'key_revoked');
      expectProblem(await request(reader), 403, 'forbidden');
      // The key never comes back in a problem.
      expect(bad.body).not.toContain('npk_');
    }
    expect(db.all<{ n: number }>(sql`select count(*) as n from revisions where actor != 'import'`)[0]!.n).toBe(0);
  });

  it('lets admins create, list and revoke keys, showing a key once', async () => {
    const { app, admin, editor } = await setup();
    expectProblem(await app.inject({ url: '/v1/keys', headers: editor }), 403, 'forbidden');
    const created = await app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: admin,
      payload: { name: 'newsroom', role: 'editor' },
    });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^npk_[A-Za-z0-9_-]{32}$/);
    const listed = (await app.inject({ url: '/v1/keys', headers: admin })).json().items;
    expect(listed.map((k: { name: string }) => k.name)).toContain('newsroom');
    expect(JSON.stringify(listed)).not.toContain(key);
    const write = () =>
      app.inject({
        method: 'POST',
        url: '/v1/statements',
        headers: { authorization: `Bearer ${key}` },
        payload: newStatement,
      });
    expect((await write()).statusCode).toBe(201);
    expect(
      (await app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: admin })).json().revokedAt,
    ).not.toBeNull();
    expectProblem(await write(), 403, 'key_revoked');
  });
});

describe('writes: create, correct, delete', () => {
  it('creates a record from a source, finding each quote, and answers 201 with its location and version', async () => {
    const { app, editor } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/statements',
      headers: editor,
      payload: newStatement,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe('/v1/statements/civilians-face-dire-conditions');
    expect(response.headers.etag).toMatch(/^"r\d+"$/);
    const [quote] = response.json().evidence;
    const text = (await app.inject(`/v1/sources/${source}`)).json().text as string;
    expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    const again = await app.inject({ method: 'POST', url: '/v1/statements', headers: editor, payload: newStatement });
    expectProblem(again, 409, 'already_exists');
  });

  it('refuses a quote not in the source and an unknown reference with a 422 naming each field', async () => {
    const { app, editor } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/statements',
      headers: editor,
      payload: {
        ...newStatement,
        partyId: 'atlantis',
        evidence: [{ quote: 'a sentence nobody wrote', attributedTo: reporter, reporting: 'paraphrase' }],
      },
    });
    const problem = expectProblem(response, 422, 'invalid_dataset');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['evidence[0].quote', 'partyId']);
    const noEvidence = await app.inject({
      method: 'POST',
      url: '/v1/statements',
      headers: editor,
      payload: { ...newStatement, evidence: [] },
    });
    expectProblem(noEvidence, 400, 'validation_failed');
    const massAssignment = await app.inject({
      method: 'POST',
      url: '/v1/statements',
      headers: editor,
      payload: { ...newStatement, createdAt: '1999-01-01T00:00:00Z' },
    });
    expectProblem(massAssignment, 400, 'validation_failed');
  });

  it('lets one of two editors with the same version win; the other gets 412', async () => {
    const { app, editor, bearer } = await setup();
    const second = bearer('editor', 'second-editor');
    const url = '/v1/demands/aid-through-pre-existing-channels';
    const etag = (await app.inject(url)).headers.etag as string;
    const first = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(editor, etag),
      payload: '{"title":"A"}',
    });
    const late = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(second, etag),
      payload: '{"title":"B"}',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'A', proposalId: 'truce-framework' });
    expectProblem(late, 412, 'version_mismatch');
    expect((await app.inject(url)).json().title).toBe('A');
    expectProblem(
      await app.inject({ method: 'PATCH', url, headers: mergePatch(editor), payload: '{}' }),
      428,
      'precondition_required',
    );
    const wrongType = await app.inject({
      method: 'PATCH',
      url,
      headers: { ...editor, 'if-match': '*' },
      payload: { title: 'C' },
    });
    expectProblem(wrongType, 415, 'unsupported_media_type');
    const state = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(editor, '*'),
      payload: '{"status":"accepted"}',
    });
    expectProblem(state, 400, 'validation_failed');
    const unknownIssue = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(editor, '*'),
      payload: '{"issueId":"atlantis"}',
    });
    expect(expectProblem(unknownIssue, 422, 'invalid_dataset').errors?.[0]?.field).toBe('issueId');
    const cleared = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(editor, '*'),
      payload: '{"proposalId":null}',
    });
    expect(cleared.json().proposalId).toBeNull();
  });

  it('replaces a record’s descriptive fields with PUT, under the same version rules', async () => {
    const { app, editor, bearer } = await setup();
    const url = '/v1/demands/aid-through-pre-existing-channels';
    const before = await app.inject(url);
    const replacement = {
      partyId: 'hamas',
      issueId: 'humanitarian-aid-channels',
      title: 'Aid through the old channels',
      summary: 'Hamas wants aid to return to the channels that existed before.',
      raisedOnPrecision: 'unknown',
    };
    const put = (headers: Record<string, string>, payload: object = replacement) =>
      app.inject({ method: 'PUT', url, headers: { ...headers, 'content-type': 'application/json' }, payload });
    expectProblem(await put(editor), 428, 'precondition_required');
    const replaced = await put({ ...editor, 'if-match': before.headers.etag as string });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.headers.etag).not.toBe(before.headers.etag);
    // Every descriptive field is the replacement's; one left out with a default is reset (no proposal);
    // the state and the quotes stay.
    expect(replaced.json()).toMatchObject({ ...replacement, proposalId: null, status: before.json().status });
    expect(replaced.json().evidence).toEqual(before.json().evidence);
    const late = await put({ ...bearer('editor', 'second-editor'), 'if-match': before.headers.etag as string });
    expectProblem(late, 412, 'version_mismatch');
    const { title: _title, ...incomplete } = replacement;
    expectProblem(await put({ ...editor, 'if-match': '*' }, incomplete), 400, 'validation_failed');
    expectProblem(
      await put({ ...editor, 'if-match': '*' }, { ...replacement, status: 'accepted' }),
      400,
      'validation_failed',
    );
    const patchType = await app.inject({
      method: 'PUT',
      url,
      headers: mergePatch(editor, '*'),
      payload: JSON.stringify(replacement),
    });
    expectProblem(patchType, 415, 'unsupported_media_type');
    const missing = await app.inject({
      method: 'PUT',
      url: '/v1/demands/no-such-demand',
      headers: { ...editor, 'if-match': '*', 'content-type': 'application/json' },
      payload: replacement,
    });
    expectProblem(missing, 404, 'not_found');
    const revisions = (await app.inject(`${url}/revisions`)).json().items;
    expect(revisions.at(-1)).toMatchObject({ action: 'update', actor: 'editor' });
    expect(revisions.at(-1).after.title).toBe('Aid through the old channels');
    // The record as it is, again: nothing changes, not even the version.
    const same = await put({ ...editor, 'if-match': replaced.headers.etag as string });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.headers.etag).toBe(replaced.headers.etag);
    expect((await app.inject(`${url}/revisions`)).json().items).toHaveLength(revisions.length);
    const text = await app.inject({
      method: 'PUT',
      url,
      headers: { ...editor, 'if-match': '*', 'content-type': 'text/plain' },
      payload: 'title',
    });
    expectProblem(text, 415, 'unsupported_media_type');
  });

  it('refuses to delete a record others depend on, deletes one they do not, and keeps a tombstone', async () => {
    const { app, editor } = await setup();
    const inUse = await app.inject({
      method: 'DELETE',
      url: '/v1/parties/hamas',
      headers: { ...editor, 'if-match': '*' },
    });
    expectProblem(inUse, 409, 'record_in_use');
    expect((await app.inject('/v1/parties/hamas')).statusCode).toBe(200);
    const url = '/v1/statements/calls-for-release-of-captives';
    expectProblem(await app.inject({ method: 'DELETE', url, headers: editor }), 428, 'precondition_required');
    const etag = (await app.inject(url)).headers.etag as string;
    expect((await app.inject({ method: 'DELETE', url, headers: { ...editor, 'if-match': etag } })).statusCode).toBe(
      204,
    );
    expectProblem(await app.inject(url), 404, 'not_found');
    const revisions = (await app.inject(`${url}/revisions`)).json().items;
    expect(revisions.at(-1)).toMatchObject({ action: 'delete', actor: 'editor', after: null });
    expect(revisions.at(-1).before.title).toBe('Calls for the release of captives');
    const { items } = (await app.inject('/v1/changes?limit=500')).json();
    expect(items.at(-1)).toMatchObject({
      type: 'statement',
      recordId: 'calls-for-release-of-captives',
      action: 'delete',
    });
  });

  it('records who changed what and when, and answers as the database held a record then', async () => {
    const { app, editor } = await setup();
    const url = '/v1/issues/ending-the-war';
    const before = (await app.inject(`${url}/revisions`)).json().items;
    expect(before).toHaveLength(1);
    const createdAt = before[0].recordedAt as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const patched = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(editor, '*'),
      payload: '{"title":"Ending the war for good"}',
    });
    expect(patched.statusCode).toBe(200);
    const revisions = (await app.inject(`${url}/revisions`)).json().items;
    expect(revisions.map((r: { action: string; actor: string }) => [r.action, r.actor])).toEqual([
      ['create', 'import'],
      ['update', 'editor'],
    ]);
    expect(revisions[1].before.title).toBe('Ending the war');
    expect(revisions[1].after.title).toBe('Ending the war for good');
    const then = (await app.inject(`${url}/revisions?recordedAt=${encodeURIComponent(createdAt)}`)).json().items;
    expect(then.at(-1).after.title).toBe('Ending the war');
  });
});

describe('writes: retries and imports', () => {
  it('answers a POST retried with the same Idempotency-Key as the first time, creating nothing twice', async () => {
    const { db, app, editor } = await setup();
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: '/v1/statements', headers: { ...editor, 'idempotency-key': 'k-1' }, payload });
    const first = await post(newStatement);
    const retry = await post(newStatement);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(db.all<{ n: number }>(sql`select count(*) as n from revisions where actor = 'editor'`)[0]!.n).toBe(1);
    expectProblem(await post({ ...newStatement, title: 'Another' }), 422, 'idempotency_key_reused');
  });

  it('imports a whole source with its records, and importing it again changes nothing', async () => {
    const { app, editor } = await setup();
    const dataset = JSON.parse(readFileSync(new URL('./fixtures/doha-talks-held.json', import.meta.url), 'utf8'));
    const first = await app.inject({ method: 'POST', url: '/v1/imports', headers: editor, payload: dataset });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().added.claims).toBe(1);
    expect((await app.inject('/v1/meetings/doha-talks')).json().status).toBe('held');
    const again = (await app.inject({ method: 'POST', url: '/v1/imports', headers: editor, payload: dataset })).json();
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
  });

  it('leaves nothing behind when an import fails halfway through its transaction', async () => {
    const { db, app, editor } = await setup();
    const count = () =>
      db.all<{ n: number }>(
        sql`select (select count(*) from parties) + (select count(*) from evidence)
                 + (select count(*) from revisions) as n`,
      )[0]!.n;
    const before = count();
    // A fault the checks cannot see coming: the database refuses the participants, after the party went in.
    db.run(
      sql`create temp trigger fail_participants before insert on meeting_participants
          begin select raise(abort, 'disk says no'); end`,
    );
    const dataset = JSON.parse(readFileSync(new URL('./fixtures/doha-talks-held.json', import.meta.url), 'utf8'));
    const response = await app.inject({ method: 'POST', url: '/v1/imports', headers: editor, payload: dataset });
    expect(response.statusCode).toBe(500);
    expect(count()).toBe(before);
    expectProblem(await app.inject('/v1/parties/qatar'), 404, 'not_found');
  });
});

describe('writes: what a review found', () => {
  it('keeps reads that need a key closed however the path is spelled', async () => {
    const db = createTestDatabase();
    const app = await buildApp(
      { logLevel: 'silent', readsRequireKey: true, rateLimit: { ...defaultConfig.rateLimit, enabled: false } },
      { db },
    );
    try {
      for (const url of ['/v1/parties', '/%761/parties', '/v%31/parties', '/v1/parties/']) {
        expectProblem(await app.inject(url), 401, 'unauthorized');
      }
      const reader = { authorization: `Bearer ${createKey(db, 'reader', 'reader').key}` };
      expect((await app.inject({ url: '/%761/parties', headers: reader })).statusCode).toBe(200);
      expect((await app.inject('/health')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('deletes only its own quotes when a record of another type has the same id', async () => {
    const { db, app, editor } = await setup();
    const participantQuotes = () =>
      db.all<{ n: number }>(sql`select count(*) as n from evidence where record_type = 'participant'
                                 and record_id like 'doha-talks/%'`)[0]!.n;
    const before = participantQuotes();
    const created = await app.inject({
      method: 'POST',
      url: '/v1/statements',
      headers: editor,
      payload: { ...newStatement, id: 'doha-talks' },
    });
    expect(created.statusCode).toBe(201);
    const deleted = await app.inject({
      method: 'DELETE',
      url: '/v1/statements/doha-talks',
      headers: { ...editor, 'if-match': '*' },
    });
    expect(deleted.statusCode).toBe(204);
    expect(participantQuotes()).toBe(before);
    expect((await app.inject('/v1/meetings/doha-talks/revisions')).json().items).toHaveLength(1);
  });

  it('deletes a meeting with its agenda and the agenda’s quotes', async () => {
    const { db, app, editor } = await setup();
    const agendaQuotes = () =>
      db.all<{ n: number }>(sql`select count(*) as n from evidence where record_type = 'agenda'
                                 and record_id like 'washington-meeting/%'`)[0]!.n;
    expect(agendaQuotes()).toBe(1);
    const url = '/v1/meetings/washington-meeting';
    expect((await app.inject({ method: 'DELETE', url, headers: { ...editor, 'if-match': '*' } })).statusCode).toBe(204);
    expect(agendaQuotes()).toBe(0);
    const links = db.all<{ n: number }>(sql`select count(*) as n from meeting_proposals
                                            where meeting_id = 'washington-meeting'`)[0]!.n;
    expect(links).toBe(0);
    // The other meetings keep theirs.
    expect((await app.inject('/v1/meetings/doha-talks')).json().agenda).toHaveLength(1);
  });

  it('takes a deleted record out of the orderings that named it, with their quotes', async () => {
    const { db, app, editor } = await setup();
    const remove = (url: string) => app.inject({ method: 'DELETE', url, headers: { ...editor, 'if-match': '*' } });
    // The rejection's reasons answer a demand, so they go with it; nothing else depends on the response.
    expect((await remove('/v1/responses/israel-rejects-hamas-amendments')).statusCode).toBe(204);
    const left = db.all<{ n: number }>(sql`select count(*) as n from evidence where record_type = 'sequence'
                                           and record_id like '%israel-rejects-hamas-amendments%'`)[0]!.n;
    expect(left).toBe(0);
    const order = db.all<{ id: string }>(sql`select record_id as id from event_order`).map((row) => row.id);
    expect(order).not.toContain('israel-rejects-hamas-amendments');
  });

  it('re-resolves the states a source speaks to when the source is moved in time', async () => {
    const { app, editor } = await setup();
    const dataset = JSON.parse(
      readFileSync(new URL('./fixtures/hamas-withdraws-aid-demand.json', import.meta.url), 'utf8'),
    );
    expect(
      (await app.inject({ method: 'POST', url: '/v1/imports', headers: editor, payload: dataset })).statusCode,
    ).toBe(200);
    const url = '/v1/demands/aid-through-pre-existing-channels';
    expect((await app.inject(url)).json().status).toBe('withdrawn');
    const moved = await app.inject({
      method: 'PATCH',
      url: '/v1/sources/ceasefire-talks-report',
      headers: mergePatch(editor, '*'),
      payload: '{"publishedOn":"2027-01-01","publishedOnPrecision":"day"}',
    });
    expect(moved.statusCode).toBe(200);
    // The seed report is now the later source: its "pressed" is the state again, and history agrees.
    expect((await app.inject(url)).json().status).toBe('pressed');
    expect((await app.inject(`${url}/history`)).json().value).toBe('pressed');
  });

  it('answers an empty merge patch with the record as it is', async () => {
    const { app, editor } = await setup();
    const url = '/v1/parties/hamas';
    const before = await app.inject(url);
    const patched = await app.inject({
      method: 'PATCH',
      url,
      headers: mergePatch(editor, String(before.headers.etag)),
      payload: '{}',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.headers.etag).toBe(before.headers.etag);
  });
});
