/**
 * `npm run bench:compare -- <other-server.mjs> [path]`: this build's compiled server against another's
 * (say, an earlier commit's, built in a worktree: `git worktree add /tmp/before <rev> && cd /tmp/before &&
 * ln -s "$OLDPWD/node_modules" && npx tsx src/scripts/build.ts`), on one database, loaded in turns:
 * A, B, then B, A, … for COMPARE_ROUNDS rounds of BENCH_SECONDS each. Prints each one's server CPU per request
 * in every turn and their medians. Taking turns within the same minutes is what makes a difference of a
 * few percent visible on a shared machine whose speed drifts between runs of `npm run bench`.
 * The path is loaded with `Cache-Control: no-cache` (the answer computed afresh) unless COMPARE_CACHED=true;
 * the database is the seeded one, or COMPARE_DATABASE (a path; both builds must know its migrations).
 */
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/paths.js';
import { prepareDatabase } from './prepare-database.js';
import { cpuSeconds, killServers, type Server, start, stop } from './servers.js';

const [other, path = '/v1/demands?party=hamas'] = process.argv.slice(2);
const rounds = Number(process.env.COMPARE_ROUNDS ?? 4);
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const headers: Record<string, string> = process.env.COMPARE_CACHED === 'true' ? {} : { 'cache-control': 'no-cache' };

/** Server CPU microseconds per request over one load of `seconds`. */
async function cpuPerRequest(server: Server): Promise<number> {
  const before = cpuSeconds(server.child.pid!);
  const result = await autocannon({ url: `${server.url}${path}`, connections: 10, duration: seconds, headers });
  return ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests.total;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  if (!other) throw new Error('usage: npm run bench:compare -- <other-server.mjs> [path]');
  let databasePath = process.env.COMPARE_DATABASE;
  if (!databasePath) {
    databasePath = join(projectRoot, 'bench', '.data', 'seeded.db');
    prepareDatabase(databasePath, 0);
  }
  const builds = [
    { name: 'this build', script: join(projectRoot, 'dist', 'src', 'server.mjs'), port: 3961 },
    { name: resolve(other), script: resolve(other), port: 3962 },
  ];
  const servers = await Promise.all(
    builds.map((build) => start(build.script, build.port, { DATABASE_PATH: databasePath })),
  );
  // Warm up both (JIT, caches) before any turn is measured.
  for (const server of servers)
    await autocannon({ url: `${server.url}${path}`, connections: 10, duration: 2, headers });
  const turns: number[][] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) turns[index]!.push(await cpuPerRequest(servers[index]!));
  }
  for (const server of servers) await stop(server);
  console.log(`${path}${headers['cache-control'] ? ' (Cache-Control: no-cache)' : ''}, server CPU µs a request:`);
  builds.forEach((build, index) => {
    const each = turns[index]!.map((value) => value.toFixed(0)).join(', ');
    console.log(`  ${build.name}: median ${median(turns[index]!).toFixed(0)} (${each})`);
  });
  console.log(`  this build / the other: ${(median(turns[0]!) / median(turns[1]!)).toFixed(2)}`);
}

try {
  await main();
} finally {
  killServers();
}
