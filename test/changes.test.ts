import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { createKey } from '../src/domain/keys/keys.js';
import { projectRoot } from '../src/paths.js';
import { seedDatabase } from '../src/seed/seed-database.js';
import { buildTestApp } from './helpers.js';

type Change = { id: number; type: string; recordId: string; action: string };

/** Reads Server-Sent Events from a stream until `enough` says stop or the stream ends. */
async function readEvents(
  url: string,
  headers: Record<string, string>,
  enough: (events: Change[]) => boolean,
): Promise<Change[]> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: Change[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        const id = block.split('\n').find((line) => line.startsWith('id: '));
        if (data && id) {
          const change = JSON.parse(data.slice(6)) as Change;
          expect(Number(id.slice(4))).toBe(change.id);
          events.push(change);
        }
        end = buffer.indexOf('\n\n');
      }
      if (enough(events)) break;
    }
  } finally {
    controller.abort();
  }
  return events;
}

describe('GET /v1/changes and /v1/changes/stream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'changes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pages through every change in commit order', async () => {
    const app = await buildTestApp();
    const first = (await app.inject('/v1/changes?limit=10')).json();
    expect(first.items).toHaveLength(10);
    const next = (await app.inject(`/v1/changes?limit=500&after=${first.nextCursor}`)).json();
    const ids = [...first.items, ...next.items].map((change: Change) => change.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    const end = (await app.inject(`/v1/changes?after=${next.nextCursor}`)).json();
    expect(end).toEqual({ items: [], nextCursor: next.nextCursor });
  });

  it('delivers every change exactly once to a consumer that disconnects during writes from two processes', async () => {
    const path = join(dir, 'feed.db');
    const db = openDatabase(path);
    migrateDatabase(db);
    seedDatabase(db);
    const { key } = createKey(db, 'feed-editor', 'editor');
    const app = await buildTestApp({ db });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const seeded = (await app.inject('/v1/changes?limit=500')).json().items.length as number;

    // Another process writes the same file: the import script, with two synthetic reports.
    const other = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/scripts/import.ts',
        'test/fixtures/doha-talks-held.json',
        'test/fixtures/doha-talks-postponed.json',
        'test/fixtures/hamas-withdraws-aid-demand.json',
      ],
      { cwd: projectRoot, env: { ...process.env, DATABASE_PATH: path }, stdio: 'ignore' },
    );
    // Meanwhile this process writes through the API.
    const writes = Array.from({ length: 12 }, (_, i) =>
      fetch(`${address}/v1/statements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          sourceId: 'ceasefire-talks-report',
          id: `feed-statement-${i}`,
          kind: 'context',
          title: `Statement ${i}`,
          summary: 'The humanitarian toll in Gaza.',
          evidence: [
            {
              quote: 'The humanitarian toll in Gaza',
              attributedTo: { kind: 'reporter' },
              reporting: 'reporter-analysis',
            },
          ],
        }),
      }),
    );
    // The consumer reads part of the burst, drops the connection, then resumes with Last-Event-ID.
    const firstPart = await readEvents(`${address}/v1/changes/stream`, {}, (events) => events.length >= seeded + 3);
    const [exit] = await once(other, 'exit');
    expect(exit).toBe(0);
    for (const response of await Promise.all(writes)) expect(response.status).toBe(201);
    const total = (await app.inject('/v1/changes?limit=500')).json().items.length as number;
    const lastSeen = firstPart.at(-1)!.id;
    const rest = await readEvents(
      `${address}/v1/changes/stream`,
      { 'last-event-id': String(lastSeen) },
      (events) => firstPart.length + events.length >= total,
    );
    const all = [...firstPart, ...rest];
    const ids = all.map((change) => change.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(all).toHaveLength(total);
    expect(all.filter((change) => change.recordId.startsWith('feed-statement-'))).toHaveLength(12);
    expect(all.some((change) => change.type === 'meeting' && change.recordId === 'doha-talks')).toBe(true);
    expect(all.some((change) => change.type === 'party' && change.recordId === 'qatar')).toBe(true);
  }, 60_000);
});
