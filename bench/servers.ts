/** Compiled servers the benchmarks start, stop and measure from /proc. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { benchServerEnv, benchServerFlags } from './server-env.js';

export type Server = { child: ChildProcess; url: string };
const running = new Set<ChildProcess>();

async function waitForHealth(url: string, child: ChildProcess, path = '/health'): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`);
    }
    try {
      const response = await fetch(`${url}${path}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function start(
  script: string,
  port: number,
  env: Record<string, string> = {},
  readyPath = '/health',
): Promise<Server> {
  const child = spawn(process.execPath, [...benchServerFlags(), script], {
    env: benchServerEnv(port, env),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, readyPath);
  return { child, url };
}

export async function stop(server: Server) {
  server.child.kill('SIGTERM');
  if (server.child.exitCode === null) await new Promise((resolve) => server.child.once('exit', resolve));
}

export const rssMegabytes = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

/**
 * CPU seconds a process has used (user and system), from /proc: per request, less sensitive than
 * requests/s to other work on a shared machine.
 */
export const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Kills every server still running (a benchmark that failed midway). */
export function killServers() {
  for (const child of running) child.kill('SIGKILL');
}
