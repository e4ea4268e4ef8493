import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { ProblemSchema } from '../src/http/problem.js';
import { createTestDatabase } from './helpers.js';

type Schema = { type?: string | string[]; enum?: unknown[]; examples?: unknown[]; minimum?: number; maximum?: number };
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema };
type Operation = { operationId: string; parameters?: Parameter[] };

/** Values that stress a parameter: its own valid values, near misses, and anything at all. */
function valueFor(schema: Schema | undefined): fc.Arbitrary<string> {
  const own = [...(schema?.enum ?? []), ...(schema?.examples ?? [])].map(String);
  const numeric =
    schema?.type === 'integer' || schema?.type === 'number'
      ? [
          fc.integer({ min: -5, max: 1000 }).map(String),
          fc.constantFrom('0x10', '1e2', '+7', '1.5', 'NaN', '9'.repeat(30)),
        ]
      : [];
  return fc.oneof(
    ...(own.length > 0 ? [fc.constantFrom(...own)] : []),
    ...numeric,
    fc.constantFrom('', ' ', '%', '..', '../etc/passwd', "' or 1=1 --", '"', '\u0000', 'NULL', '2026-13-99', '*'),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
}

describe('every operation of the OpenAPI document, with generated bad input', () => {
  it('never answers 5xx, and every 4xx is problem+json', async () => {
    const app = await buildApp(
      { logLevel: 'silent', rateLimit: { ...defaultConfig.rateLimit, enabled: false }, exportConcurrency: 100 },
      { db: createTestDatabase() },
    );
    try {
      const document = (await app.inject('/openapi.json')).json();
      const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
        ([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
      );
      expect(operations.length).toBeGreaterThan(20);
      for (const { path, method, operation } of operations) {
        const parameters = operation.parameters ?? [];
        const request = fc.record({
          values: fc.tuple(...parameters.map((parameter) => fc.option(valueFor(parameter.schema), { nil: undefined }))),
          extra: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 })), {
            nil: undefined,
          }),
          accept: fc.option(fc.constantFrom('text/csv', 'application/x-ndjson', 'application/xml', '*/*;q=x', ''), {
            nil: undefined,
          }),
        });
        await fc.assert(
          fc.asyncProperty(request, async ({ values, extra, accept }) => {
            let url = path;
            const query = new URLSearchParams();
            parameters.forEach((parameter, index) => {
              const value = values[index] ?? (parameter.in === 'path' ? 'x' : undefined);
              if (value === undefined) return;
              if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(value || 'x'));
              else if (parameter.in === 'query') query.set(parameter.name, value);
            });
            if (extra) query.set(extra[0], extra[1]);
            const search = query.toString();
            const response = await app.inject({
              method: method.toUpperCase() as 'GET',
              url: search ? `${url}?${search}` : url,
              headers: accept === undefined ? {} : { accept },
            });
            const where =
              `${method.toUpperCase()} ${url}?${search} (Accept: ${accept}) → ` +
              `${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(response.statusCode, where).toBeLessThan(500);
            if (response.statusCode >= 400) {
              expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
              expect(ProblemSchema.safeParse(response.json()).success, where).toBe(true);
            }
          }),
          { numRuns: 25, seed: 20261129, endOnFailure: true },
        );
        expect(operation.operationId).toBeTruthy();
      }
    } finally {
      await app.close();
    }
  }, 120_000);
});
