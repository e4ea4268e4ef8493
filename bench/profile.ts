/**
 * `npm run bench:profile -- [path] [database]`: runs the compiled server under `node --cpu-prof`, loads
 * one path with autocannon (`Cache-Control: no-cache` unless PROFILE_CACHED=true, so the answer is computed
 * afresh), stops the server and prints the frames that took the most CPU: by self time and by total
 * time (the frame and everything it called). The profile is kept under bench/.profiles/ for DevTools.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/paths.js';
import { prepareDatabase } from './prepare-database.js';
import { benchServerEnv, benchServerFlags } from './server-env.js';

const path = process.argv[2] ?? '/v1/demands?party=hamas';
const seededPath = join(projectRoot, 'bench', '.data', 'seeded.db');
const databasePath = process.argv[3] ?? seededPath;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const top = Number(process.env.PROFILE_TOP ?? 25);
const profiles = join(projectRoot, 'bench', '.profiles');
const port = 3910;

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/**
 * The module each line of a bundle came from: esbuild starts every module with a `// path` comment.
 * A frame in the bundle is named by that module, so `values` reads as drizzle's better-sqlite3 session.
 */
const bundleModules = new Map<string, { line: number; module: string }[]>();
function moduleAt(file: string, line: number): string | undefined {
  let starts = bundleModules.get(file);
  if (!starts) {
    starts = readFileSync(join(projectRoot, file), 'utf8')
      .split('\n')
      .flatMap((text, index) => {
        const match = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text);
        // A package's path starts at node_modules/, wherever node_modules is.
        return match ? [{ line: index, module: match[1]!.replace(/^.*?(?=node_modules\/)/, '') }] : [];
      });
    bundleModules.set(file, starts);
  }
  return starts.findLast((start) => start.line <= line)?.module;
}

/** A frame's name as the tables show it: function, file (relative to the project; in a bundle, its module). */
function frameName({ functionName, url, lineNumber }: CallFrame): string {
  const file = (url.startsWith('file://') ? relative(projectRoot, new URL(url).pathname) : url).replace(
    /^.*?(?=node_modules\/)/,
    '',
  );
  const where = file.startsWith('dist/') ? (moduleAt(file, lineNumber) ?? file) : file && `${file}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

/** Milliseconds of CPU per frame name: self (samples in the frame) and total (in it or below it). */
function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    all += ms;
    const leaf = frameName(byId.get(id)!.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    // Each frame name counts once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = frameName(byId.get(at)!.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total, all };
}

function table(title: string, times: Map<string, number>, all: number): string {
  const rows = [...times]
    .filter(([name]) => !/^\((root|program|idle)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `| ${((100 * ms) / all).toFixed(1)} | ${name.replaceAll('|', '\\|')} |`);
  return [`${title}`, '', '| % | frame |', '| ---: | --- |', ...rows].join('\n');
}

async function main() {
  mkdirSync(profiles, { recursive: true });
  if (databasePath === seededPath) prepareDatabase(seededPath, 0);
  const before = new Set(readdirSync(profiles));
  const child = spawn(
    process.execPath,
    [...benchServerFlags(), '--cpu-prof', `--cpu-prof-dir=${profiles}`, join(projectRoot, 'dist', 'src', 'server.mjs')],
    {
      env: benchServerEnv(port, { DATABASE_PATH: databasePath }),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}${path}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const headers = process.env.PROFILE_CACHED === 'true' ? {} : { 'cache-control': 'no-cache' };
  await autocannon({ url, connections: 10, duration: 1, headers });
  const result = await autocannon({ url, connections: 10, duration: seconds, headers });
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  const written = readdirSync(profiles).find((name) => !before.has(name) && name.endsWith('.cpuprofile'));
  if (!written) throw new Error('the server wrote no profile');
  const { self, total, all } = summarize(JSON.parse(readFileSync(join(profiles, written), 'utf8')) as Profile);
  console.log(
    [
      `${path}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, ` +
        `p99 ${result.latency.p99} ms; ${(all / 1000).toFixed(1)} s profiled (bench/.profiles/${written})`,
      '',
      table('Self time', self, all),
      '',
      table('Total time', total, all),
    ].join('\n'),
  );
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
