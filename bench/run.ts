/**
 * `npm run bench`: loads the compiled API on loopback with autocannon and prints, per scenario,
 * requests/s, p50/p99 latency and the server's RSS, with throughput as a ratio to a bare Fastify
 * route measured in the same run. Also measures cold start. Bounded: every load runs for a fixed time.
 */
import { mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/client.js';
import { createKey } from '../src/domain/keys/keys.js';
import { projectRoot } from '../src/paths.js';
import { prepareDatabase } from './prepare-database.js';
import { cpuSeconds, killServers, rssMegabytes, type Server, start, stop } from './servers.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const largeDemands = Number(process.env.BENCH_DEMANDS ?? 100_000);
/** `BENCH_ONLY=uncached,cold`: only the scenarios whose name holds one of these words (the baseline always runs). */
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
const selected = (name: string) => only.length === 0 || only.some((word) => name.toLowerCase().includes(word));
const pick = (scenarios: Scenario[]) => scenarios.filter(([name]) => selected(name));
const dataDirectory = join(projectRoot, 'bench', '.data');
const distServer = join(projectRoot, 'dist', 'src', 'server.mjs');
const distBare = join(projectRoot, 'dist', 'bench', 'bare-server.mjs');

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** A load: its name, its path and its request headers. */
type Scenario = [name: string, path: string, headers?: Record<string, string>];
type Result = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  rss: number;
  non2xx: number;
  /** The server's CPU time per request, in microseconds. */
  cpuPerRequest: number;
};

async function load(name: string, server: Server, path: string, headers: Record<string, string> = {}): Promise<Result> {
  progress(name);
  // Warm up (fills caches and JIT) before measuring.
  await autocannon({ url: `${server.url}${path}`, connections, duration: 1, headers });
  const cpuBefore = cpuSeconds(server.child.pid!);
  const result = await autocannon({ url: `${server.url}${path}`, connections, duration: seconds, headers });
  const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rss: rssMegabytes(server.child.pid!),
    non2xx: result.non2xx,
    cpuPerRequest: (cpu * 1e6) / result.requests.total,
  };
}

/**
 * Reads of the seeded list while a steady stream of writes (WRITES_PER_SECOND through the API, each a
 * new statement with its quote) lands: the cache is dropped on every write, so most reads compute afresh.
 */
async function mixedLoad(server: Server, databasePath: string): Promise<Result> {
  const writesPerSecond = Number(process.env.BENCH_WRITES_PER_SECOND ?? 20);
  const db = openDatabase(databasePath);
  const { key } = createKey(db, `bench-writer-${Date.now()}`, 'editor');
  db.$client.close();
  let written = 0;
  let failed = 0;
  let writing = true;
  const writer = (async () => {
    while (writing) {
      const id = `bench-statement-${Date.now()}-${written + failed}`;
      const response = await fetch(`${server.url}/v1/statements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          sourceId: 'ceasefire-talks-report',
          id,
          kind: 'context',
          title: 'Benchmark statement',
          summary: 'A statement written by the benchmark.',
          evidence: [
            {
              quote: 'The humanitarian toll in Gaza',
              attributedTo: { kind: 'reporter' },
              reporting: 'reporter-analysis',
            },
          ],
        }),
      });
      if (response.status === 201) written++;
      else failed++;
      await new Promise((resolve) => setTimeout(resolve, 1000 / writesPerSecond));
    }
  })();
  const result = await load(`seeded reads while ${writesPerSecond} writes/s land`, server, '/v1/demands?party=hamas');
  writing = false;
  await writer;
  progress(`mixed: ${written} writes acknowledged, ${failed} failed`);
  return { ...result, name: `${result.name} (${written} written, ${failed} failed)`, non2xx: result.non2xx + failed };
}

async function coldStart(databasePath: string, port: number, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const server = await start(distServer, port, { DATABASE_PATH: databasePath });
    times.push(performance.now() - started);
    await stop(server);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Follows `nextCursor` `pages` times (or to the last page) and returns that page's path. */
async function walkPages(url: string, pages: number): Promise<string> {
  let next = url;
  for (let i = 0; i < pages; i++) {
    const response = await fetch(next, { headers: { 'cache-control': 'no-cache' } });
    const body = (await response.json()) as { nextCursor: string | null };
    if (!body.nextCursor) break;
    const cursorUrl = new URL(next);
    cursorUrl.searchParams.set('cursor', body.nextCursor);
    next = cursorUrl.toString();
  }
  return next.replace(/^http:\/\/[^/]+/, '');
}

async function main() {
  mkdirSync(dataDirectory, { recursive: true });
  const seededPath = join(dataDirectory, 'seeded.db');
  const largePath = join(dataDirectory, `synthetic-${largeDemands}.db`);
  progress(`preparing databases (${largeDemands} demands; generated once, then reused)`);
  prepareDatabase(seededPath, 0);
  prepareDatabase(largePath, largeDemands);

  const results: Result[] = [];
  const bare = await start(distBare, 3901, {}, '/bare');
  results.push(await load('bare Fastify route (baseline)', bare, '/bare'));
  await stop(bare);

  const seededScenarios = pick([
    ['seeded GET /v1/demands?party=hamas', '/v1/demands?party=hamas'],
    ['seeded, cache bypassed (Cache-Control: no-cache)', '/v1/demands?party=hamas', { 'cache-control': 'no-cache' }],
  ]);
  const mixed = selected('seeded reads while writes land (mixed)');
  if (seededScenarios.length > 0 || mixed) {
    const seeded = await start(distServer, 3902, { DATABASE_PATH: seededPath });
    for (const [name, path, headers] of seededScenarios) results.push(await load(name, seeded, path, headers));
    if (mixed) results.push(await mixedLoad(seeded, seededPath));
    await stop(seeded);
  }

  const fresh = { 'cache-control': 'no-cache' };
  const deep = '(deep)';
  const etagged = '(etag)';
  const scenarios = pick([
    [`${largeDemands / 1000}k: filtered first page`, '/v1/demands?party=syn-party-00007&status=pressed'],
    [
      `${largeDemands / 1000}k: filtered first page, uncached`,
      '/v1/demands?party=syn-party-00007&status=pressed',
      fresh,
    ],
    [`${largeDemands / 1000}k: first page, uncached`, '/v1/demands?limit=50', fresh],
    [`${largeDemands / 1000}k: page 1,001 (1,000 pages deep), uncached`, deep, fresh],
    [`${largeDemands / 1000}k: /v1/positions`, '/v1/positions'],
    [`${largeDemands / 1000}k: /v1/positions, uncached`, '/v1/positions', fresh],
    [`${largeDemands / 1000}k: /v1/search?q=aid`, '/v1/search?q=aid'],
    [`${largeDemands / 1000}k: /v1/search?q=aid, uncached`, '/v1/search?q=aid', fresh],
    [
      `${largeDemands / 1000}k: conditional GET answered 304`,
      '/v1/demands?party=syn-party-00007&status=pressed',
      { 'if-none-match': etagged },
    ],
  ]);
  if (scenarios.length > 0) {
    const large = await start(distServer, 3903, { DATABASE_PATH: largePath });
    for (const [name, path, headers] of scenarios) {
      if (path === deep) {
        results.push(await load(name, large, await walkPages(`${large.url}/v1/demands?limit=50`, 1000), headers));
      } else if (headers?.['if-none-match'] === etagged) {
        const etag = (await fetch(`${large.url}${path}`)).headers.get('etag')!;
        results.push(await load(name, large, path, { 'if-none-match': etag }));
      } else {
        results.push(await load(name, large, path, headers));
      }
    }
    await stop(large);
  }

  const cold = selected('cold start');
  if (cold) progress('cold starts');
  const coldSeeded = cold ? await coldStart(seededPath, 3904) : Number.NaN;
  const coldLarge = cold ? await coldStart(largePath, 3905) : Number.NaN;

  const baseline = results[0]!.requestsPerSecond;
  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}; ${new Date().toISOString()}`,
    `Load: autocannon, ${connections} connections, ${seconds} s per scenario after a 1 s warm-up, loopback.`,
    '',
    '| scenario | req/s | × bare | p50 ms | p99 ms | server CPU µs/req | RSS MB | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.requestsPerSecond)} | ${(r.requestsPerSecond / baseline).toFixed(2)} ` +
        `| ${r.p50} | ${r.p99} | ${Math.round(r.cpuPerRequest)} | ${r.rss.toFixed(0)} | ${r.non2xx} |`,
    ),
    ...(cold
      ? [
          '',
          `Cold start (compiled, spawn to first 200 on /health, median of 5): seeded ${coldSeeded.toFixed(0)} ms; ` +
            `${largeDemands / 1000}k demands ${coldLarge.toFixed(0)} ms.`,
        ]
      : []),
  ];
  console.log(lines.join('\n'));
}

try {
  await main();
} finally {
  killServers();
}
