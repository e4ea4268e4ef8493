import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@hey-api/openapi-ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../src/openapi.js';
import { projectRoot } from '../src/paths.js';
import { buildTestApp } from './helpers.js';

/**
 * A second generator: @hey-api/openapi-ts writes a fetch client and an SDK from the committed
 * document; a consumer written against it must compile under strict NodeNext and work against a
 * live server. (test/client.test.ts does the same with openapi-typescript and openapi-fetch.)
 */
const consumer = `
import { client } from './client.gen.js';
import { getDemand, listDemands, listMeetings, listPositions } from './sdk.gen.js';
import type { Demand, DemandStatus, Problem } from './types.gen.js';

export async function run(baseUrl: string) {
  client.setConfig({ baseUrl });
  const demands = await listDemands({
    query: { party: ['hamas'], status: ['pressed', 'withdrawn'], sort: ['-title'], count: true, fields: ['title'] },
  });
  const first: Demand | undefined = demands.data?.items[0];
  const total: number | undefined = demands.data?.total;
  const meetings = await listMeetings({ query: { status: ['scheduled', 'planned'], include: ['parties'] } });
  const positions = await listPositions({ query: { topicType: ['issue'], evidence: false } });
  const missing = await getDemand({ path: { id: 'no-such-demand' } });
  const problem: Problem | undefined = missing.error;
  return {
    titles: demands.data?.items.map((demand) => demand.title),
    first: first?.id,
    total,
    meetings: meetings.data?.items.map((meeting) => [meeting.id, meeting.parties?.map((party) => party.id)]),
    topics: positions.data?.items.map((item) => item.topic.id),
    quotes: positions.data?.quotes,
    problem: problem && { status: missing.response.status, code: problem.code },
  };
}

/** Never run: a status outside the vocabulary does not compile. */
export function mistyped() {
  // @ts-expect-error 'pending' is not a DemandStatus
  const status: DemandStatus[] = ['pending'];
  return listDemands({ query: { status } });
}
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2023',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ['**/*.ts'],
};

describe('a client generated with @hey-api/openapi-ts', () => {
  const artifacts = join(projectRoot, 'test-artifacts');
  let directory: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // Inside the project, so the generated code and its compiler find node_modules.
    directory = mkdtempSync(join(artifacts, 'hey-api-client-'));
    await createClient({
      input: openApiPath,
      output: join(directory, 'client'),
      plugins: ['@hey-api/client-fetch'],
      logs: { level: 'silent' },
    });
    writeFileSync(join(directory, 'client', 'consumer.ts'), consumer);
    writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  }, 60_000);

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('compiles, with a consumer, under strict NodeNext', async () => {
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', directory]).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    expect(result.stdout).toBe('');
  }, 60_000);

  it('lists, filters, embeds and reads problems from a live server', async () => {
    const app = await buildTestApp();
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const { run } = (await import(join(directory, 'client', 'consumer.ts'))) as {
      run: (baseUrl: string) => Promise<Record<string, unknown>>;
    };
    const answer = await run(baseUrl);
    expect(answer).toMatchObject({
      titles: [
        'Limits on Israeli forces in Gaza',
        'Immediate talks on ending the war',
        'Aid through pre-existing channels',
      ],
      total: 3,
      meetings: [
        ['doha-talks', ['israel']],
        ['washington-meeting', ['israel', 'united-states']],
      ],
      topics: ['ending-the-war', 'humanitarian-aid-channels', 'israeli-forces-in-gaza'],
      quotes: undefined,
      problem: { status: 404, code: 'not_found' },
    });
  });
});
