import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import { buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { type AppDatabase, openDatabaseFromImage, openMigratedMemoryDatabase } from '../src/db/client.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedDatabase } from '../src/seed/seed-database.js';
import { generateSyntheticData, type SyntheticSize } from './support/synthetic-dataset.js';

const openApps: FastifyInstance[] = [];

/** Closes every app `buildTestApp` built; test/setup.ts runs it after each test of every file. */
export async function closeTestApps(): Promise<void> {
  await Promise.all(openApps.splice(0).map((app) => app.close()));
}

/**
 * Serialized template databases, built once (lazily) per module instance and never written to
 * again: every test database is its own in-memory copy of one of them.
 */
const templates = new Map<string, Buffer>();

function templateImage({ seed, synthetic }: { seed: boolean; synthetic?: SyntheticSize }): Buffer {
  const key = JSON.stringify({ seed, synthetic });
  let image = templates.get(key);
  if (!image) {
    const db = openMigratedMemoryDatabase();
    if (seed) seedDatabase(db);
    if (synthetic) generateSyntheticData(db, synthetic);
    image = db.$client.serialize();
    db.$client.close();
    templates.set(key, image);
  }
  return image;
}

/**
 * A fresh migrated in-memory database of the test's own, seeded unless asked otherwise, plus a
 * synthetic dataset when asked. Copied from a template, so writes never reach another test.
 */
export function createTestDatabase({
  seed = true,
  synthetic,
}: {
  seed?: boolean;
  synthetic?: SyntheticSize;
} = {}): AppDatabase {
  return openDatabaseFromImage(templateImage({ seed, synthetic }));
}

/** Builds the app over its own database; it is closed after the test. */
export async function buildTestApp({
  db = createTestDatabase(),
  logStream,
}: {
  db?: AppDatabase;
  /** Where the app logs, from `warn` up (else nowhere). */
  logStream?: NodeJS.WritableStream;
} = {}) {
  // No load shedding: a test building a large template database blocks the loop on purpose, and every
  // test's requests come from one IP (test/protection.test.ts covers both with apps of its own).
  const app = await buildApp(
    {
      logLevel: logStream ? 'warn' : process.env.DEBUG_LOG ? 'error' : 'silent',
      maxEventLoopDelayMs: 0,
      rateLimit: { ...defaultConfig.rateLimit, enabled: false },
    },
    { db, ...(logStream ? { logStream } : {}) },
  );
  openApps.push(app);
  return app;
}

/** A log stream for an app, and the JSON lines it has written so far. */
export function collectLogLines(): { logStream: Writable; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logStream, lines };
}

/** Asserts a 200 JSON response and parses its body with the route's own response schema. */
export function expectOk<Schema extends z.ZodType>(response: LightMyRequestResponse, schema: Schema): z.infer<Schema> {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return schema.parse(response.json());
}

/** Asserts an RFC 9457 problem response with the given status and code. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(response.json());
  expect(problem.status).toBe(status);
  expect(problem.code).toBe(code);
  expect(problem.type).toBe(`urn:negotiation-positions:problem:${code}`);
  expect(problem.detail.length).toBeGreaterThan(0);
  return problem;
}

export const ids = (items: { id: string }[]) => items.map((item) => item.id);

/**
 * Counts what a database does from now on: `prepared`, the statements SQLite compiles (better-sqlite3's
 * `prepare`; their SQL in `sql`), and `runs`, the runs of those statements (each `all`, `get`, `run` or
 * `iterate`).
 */
export function watchStatements(db: AppDatabase): { prepared: number; runs: number; sql: string[] } {
  const counts = { prepared: 0, runs: 0, sql: [] as string[] };
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    counts.prepared++;
    counts.sql.push(source);
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => never;
      Object.defineProperty(statement, method, {
        value: (...params: unknown[]) => {
          counts.runs++;
          return run(...params);
        },
      });
    }
    return statement;
  }) as typeof db.$client.prepare;
  return counts;
}
