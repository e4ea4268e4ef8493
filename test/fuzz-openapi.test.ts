import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { createKey } from '../src/domain/keys/keys.js';
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

  it('never answers 5xx to generated bodies for every write, with a valid editor key', async () => {
    const db = createTestDatabase();
    const { key } = createKey(db, 'fuzzer', 'admin');
    const app = await buildApp(
      { logLevel: 'silent', rateLimit: { ...defaultConfig.rateLimit, enabled: false }, exportConcurrency: 100 },
      { db },
    );
    try {
      const document = (await app.inject('/openapi.json')).json();
      const writes = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
        ([path, item]) =>
          Object.keys(item)
            .filter((method) => method === 'post' || method === 'patch')
            .map((method) => ({ path, method })),
      );
      expect(writes.length).toBeGreaterThan(15);
      for (const { path, method } of writes) {
        await fc.assert(
          fc.asyncProperty(writeBody, fc.constantFrom('hamas', 'x', 'doha-talks', '..'), async (body, id) => {
            const response = await app.inject({
              method: method.toUpperCase() as 'POST',
              url: path.replace('{id}', id),
              headers: {
                authorization: `Bearer ${key}`,
                'content-type': method === 'patch' ? 'application/merge-patch+json' : 'application/json',
                'if-match': '*',
              },
              payload: typeof body === 'string' ? body : JSON.stringify(body),
            });
            const where =
              `${method.toUpperCase()} ${path} ${JSON.stringify(body).slice(0, 200)} → ` +
              `${response.statusCode} ${response.body.slice(0, 200)}`;
            expect(response.statusCode, where).toBeLessThan(500);
            if (response.statusCode >= 400) {
              expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
            }
          }),
          { numRuns: 20, seed: 20261129, endOnFailure: true },
        );
      }
    } finally {
      await app.close();
    }
  }, 120_000);

  it('catches a planted defect: a route that fails on one odd input answers 5xx under the same generator', async () => {
    const app = await buildApp({ logLevel: 'silent' }, { db: createTestDatabase() });
    // The defect: a handler that trusts its body to be an object with a string `name`.
    app.post('/planted', { config: { access: 'public' } }, async (request) => ({
      length: (request.body as { name: string }).name.length,
    }));
    try {
      const outcome = await fc.check(
        fc.asyncProperty(writeBody, async (body) => {
          const response = await app.inject({
            method: 'POST',
            url: '/planted',
            headers: { 'content-type': 'application/json' },
            payload: typeof body === 'string' ? body : JSON.stringify(body),
          });
          return response.statusCode < 500;
        }),
        { numRuns: 200, seed: 20261129 },
      );
      expect(outcome.failed).toBe(true);
    } finally {
      await app.close();
    }
  });
});

/**
 * Write bodies that stress a validator: JSON of every shape (deeply nested too), near-valid records with
 * wrong types, huge and odd strings, and text that is not JSON at all.
 */
const writeBody = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.record({
    sourceId: fc.oneof(fc.constant('ceasefire-talks-report'), fc.string(), fc.integer()),
    id: fc.oneof(fc.constant('fuzzed-record'), fc.string({ maxLength: 300 }), fc.constant(null)),
    title: fc.oneof(fc.string({ maxLength: 50 }), fc.constant('x'.repeat(10_000)), fc.integer()),
    evidence: fc.oneof(
      fc.constant([]),
      fc.array(fc.record({ quote: fc.string(), attributedTo: fc.jsonValue(), reporting: fc.string() }), {
        maxLength: 3,
      }),
    ),
    kind: fc.string({ maxLength: 20 }),
  }),
  fc.constantFrom(
    '{"a":',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
    'null',
    '"\\u0000"',
    'not json',
    '{"__proto__": {"x": 1}}',
  ),
  fc.string({ unit: 'binary', maxLength: 50 }),
);
