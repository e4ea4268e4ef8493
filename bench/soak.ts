/**
 * `npm run bench:soak`: the compiled server over the 100k database for SOAK_SECONDS (default 180) under
 * mixed load — autocannon reads of several lists, a steady stream of writes through the API, and a CSV
 * export every few seconds — printing errors, p99 and the server's memory sampled over time (which must
 * stay flat). Everything goes to 127.0.0.1 and stops by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/client.js';
import { createKey } from '../src/domain/keys/keys.js';
import { projectRoot } from '../src/paths.js';
import { prepareDatabase } from './prepare-database.js';
import { benchServerEnv, benchServerFlags } from './server-env.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 180);
const demands = Number(process.env.BENCH_DEMANDS ?? 100_000);
const databasePath = join(projectRoot, 'bench', '.data', `synthetic-${demands}.db`);
const port = 3911;
const url = `http://127.0.0.1:${port}`;
const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function main() {
  prepareDatabase(databasePath, demands);
  const db = openDatabase(databasePath);
  const { key } = createKey(db, `soak-${Date.now()}`, 'editor');
  db.$client.close();
  const server: ChildProcess = spawn(
    process.execPath,
    [...benchServerFlags(), join(projectRoot, 'dist/src/server.mjs')],
    {
      env: benchServerEnv(port, { DATABASE_PATH: databasePath }),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    for (let ready = false; !ready; ) {
      ready = await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const deadline = Date.now() + seconds * 1000;
    const memory: number[] = [];
    const sampler = setInterval(() => memory.push(rss(server.pid!)), 10_000);
    const statuses = new Map<string, number>();
    let writes = 0;
    let writeErrors = 0;
    const writer = (async () => {
      while (Date.now() < deadline) {
        const response = await fetch(`${url}/v1/statements`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            sourceId: 'ceasefire-talks-report',
            id: `soak-${Date.now()}-${writes + writeErrors}`,
            kind: 'context',
            title: 'Soak statement',
            summary: 'Written by the soak test.',
            evidence: [
              {
                quote: 'The humanitarian toll in Gaza',
                attributedTo: { kind: 'reporter' },
                reporting: 'reporter-analysis',
              },
            ],
          }),
        });
        if (response.status === 201) writes++;
        else {
          writeErrors++;
          statuses.set(`write ${response.status}`, (statuses.get(`write ${response.status}`) ?? 0) + 1);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    let exports = 0;
    let exportErrors = 0;
    const exporter = (async () => {
      while (Date.now() < deadline) {
        const response = await fetch(`${url}/v1/demands?party=syn-party-00007&format=csv`);
        if (response.ok && (await response.text()).length > 0) exports++;
        else {
          exportErrors++;
          statuses.set(`export ${response.status}`, (statuses.get(`export ${response.status}`) ?? 0) + 1);
        }
        await new Promise((resolve) => setTimeout(resolve, 5_000));
      }
    })();
    const reads = await autocannon({
      url,
      connections: Number(process.env.SOAK_CONNECTIONS ?? 4),
      duration: seconds,
      requests: [
        { method: 'GET', path: '/v1/demands?party=syn-party-00007' },
        { method: 'GET', path: '/v1/meetings?limit=20', headers: { 'cache-control': 'no-cache' } },
        { method: 'GET', path: '/v1/timeline?limit=20' },
        { method: 'GET', path: '/v1/search?q=aid' },
      ],
    });
    await Promise.all([writer, exporter]);
    clearInterval(sampler);
    const readErrors = reads.errors + reads.non2xx;
    console.log(`Soak: ${seconds} s at ${demands / 1000}k demands, ${new Date().toISOString()}`);
    console.log(`| reads | read p99 ms | read errors | writes | write errors | exports | export errors |`);
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const row = [reads.requests.total, reads.latency.p99, readErrors, writes, writeErrors, exports, exportErrors];
    console.log(`| ${row.join(' | ')} |`);
    console.log(`RSS every 10 s (MB): ${memory.map((m) => m.toFixed(0)).join(', ')}`);
    const readStatuses = Object.entries(reads.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'));
    for (const [code, { count }] of readStatuses) statuses.set(`read ${code}`, count ?? 0);
    if (statuses.size > 0) console.log(`Failures by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    if (readErrors + writeErrors + exportErrors > 0) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
