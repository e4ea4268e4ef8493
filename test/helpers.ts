import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, expect } from 'vitest';
import type { z } from 'zod';
import { buildApp } from '../src/app.js';
import { type AppDatabase, openMigratedMemoryDatabase } from '../src/db/client.js';
import { ProblemSchema } from '../src/http/problem.js';
import { seedDatabase } from '../src/seed/seed-database.js';

const openApps: FastifyInstance[] = [];

afterEach(async () => {
  await Promise.all(openApps.splice(0).map((app) => app.close()));
});

/** A fresh migrated in-memory database, seeded unless asked otherwise. */
export function createTestDatabase({ seed = true } = {}): AppDatabase {
  const db = openMigratedMemoryDatabase();
  if (seed) seedDatabase(db);
  return db;
}

/** Builds the app over its own database; it is closed after the test. */
export async function buildTestApp({ db = createTestDatabase() }: { db?: AppDatabase } = {}) {
  const app = await buildApp({ logLevel: process.env.DEBUG_LOG ? 'error' : 'silent' }, { db });
  openApps.push(app);
  return app;
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
