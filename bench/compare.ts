/**
 * `npm run bench:compare -- <other-server.mjs> [path]`: this build's compiled server against another's
 * (say, an earlier commit's, built in a worktree: `git worktree add /tmp/before <rev> && cd /tmp/before &&
 * ln -s "$OLDPWD/node_modules" && npx tsx src/scripts/build.ts`), loaded in turns: A, B, then B, A, … for
 * COMPARE_ROUNDS rounds (default 4) of BENCH_SECONDS (default 4) each. Prints each one's server CPU per
 * request in every turn and their medians. Taking turns within the same minutes is what makes a difference
 * of a few percent visible on a shared machine whose speed drifts between runs of `npm run bench`.
 *
 * The path is loaded with `Cache-Control: no-cache` (the answer computed afresh) unless COMPARE_CACHED=true.
 * The data is the seeded database, or COMPARE_DATABASE (a path; both builds must know its migrations). Each
 * build gets its own copy, and its turns start once it has stored again what it stores differently (its
 * start-up catch-up), so neither serves or rewrites the other's stored data.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/db/client.js';
import { projectRoot } from '../src/paths.js';
import { prepareDatabase } from './prepare-database.js';
import { cpuSeconds, killServers, type Server, start, stop } from './servers.js';

const [other, path = '/v1/demands?party=hamas'] = process.argv.slice(2);
const rounds = Number(process.env.COMPARE_ROUNDS ?? 4);
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const headers: Record<string, string> = process.env.COMPARE_CACHED === 'true' ? {} : { 'cache-control': 'no-cache' };

/** Server CPU microseconds per request over one load of `seconds`; any answer but a 2xx is an error. */
async function cpuPerRequest(server: Server): Promise<number> {
  const before = cpuSeconds(server.child.pid!);
  const result = await autocannon({ url: `${server.url}${path}`, connections: 10, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0 || result.requests.total === 0) {
    throw new Error(`${path}: ${result.non2xx} answers not 2xx and ${result.errors} errors, from ${server.url}`);
  }
  return ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests.total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The marks of what is still to be stored again (tables an older build lacks count as none). */
function marksLeft(databasePath: string): number {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    const tables = sqlite
      .prepare("select name from sqlite_master where name in ('stale_position_topics', 'stale_records')")
      .pluck()
      .all() as string[];
    return tables.reduce(
      (sum, table) => sum + (sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number),
      0,
    );
  } finally {
    sqlite.close();
  }
}

/**
 * Waits for a server's start-up catch-up: until no mark is left, or the count stays put for 2 s (marks of
 * what that build does not store, which it leaves alone).
 */
async function caughtUp(databasePath: string, name: string): Promise<void> {
  let last = marksLeft(databasePath);
  for (let still = 0; last > 0 && still < 4; ) {
    await sleep(500);
    const now = marksLeft(databasePath);
    still = now === last ? still + 1 : 0;
    if (now !== last) process.stderr.write(`[compare] ${name}: ${now} left to store again\n`);
    last = now;
  }
}

async function main() {
  if (!other) throw new Error('usage: npm run bench:compare -- <other-server.mjs> [path]');
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`COMPARE_ROUNDS must be a whole number ≥ 1: ${rounds}`);
  }
  let source = process.env.COMPARE_DATABASE;
  if (source === undefined) {
    source = join(projectRoot, 'bench', '.data', 'seeded.db');
    prepareDatabase(source, 0);
  } else if (!existsSync(source)) {
    throw new Error(`COMPARE_DATABASE=${source}: no such file`);
  }
  // The file alone holds every change once its WAL is checkpointed: then it can be copied.
  const checkpoint = openDatabase(source);
  checkpoint.$client.pragma('wal_checkpoint(TRUNCATE)');
  checkpoint.$client.close();
  const copies = mkdtempSync(join(tmpdir(), 'bench-compare-'));
  try {
    const builds = [
      { name: 'this build', script: join(projectRoot, 'dist', 'src', 'server.mjs'), port: 3961 },
      { name: resolve(other), script: resolve(other), port: 3962 },
    ].map((build, index) => ({ ...build, database: join(copies, `${index}.db`) }));
    const servers: Server[] = [];
    for (const build of builds) {
      copyFileSync(source, build.database);
      const server = await start(build.script, build.port, {
        DATABASE_PATH: build.database,
        SEED_ON_START: 'false',
      }).catch((error: Error) => {
        throw new Error(`${build.name} did not start: ${error.message}`);
      });
      servers.push(server);
      await caughtUp(build.database, build.name);
    }
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
  } finally {
    killServers();
    rmSync(copies, { recursive: true, force: true });
  }
}

await main();
