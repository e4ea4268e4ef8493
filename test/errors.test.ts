import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.js';
import { ProblemSchema } from '../src/http/problem.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

describe('problem details for every failure', () => {
  it('answers an unknown route with 404 route_not_found', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject('/v1/treaties'), 404, 'route_not_found');
    expect(problem.detail).toBe('No route matches GET /v1/treaties.');
    expect(problem.instance).toBe('/v1/treaties');
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'POST', url: '/v1/demands/immediate-talks-on-ending-the-war' });
    expectProblem(response, 405, 'method_not_allowed');
    expect(response.headers.allow).toBe('DELETE, GET, HEAD, PATCH, PUT');
  });

  it('answers a malformed JSON body on a route that takes none with 405, not a parse error or 5xx', async () => {
    const app = await buildTestApp();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/timeline',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expectProblem(response, 405, 'method_not_allowed');
  });

  it('lists every invalid query field in errors[]', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(
      await app.inject('/v1/meetings?status=soon&kind=party&extra=1'),
      400,
      'validation_failed',
    );
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['extra', 'kind', 'status']);
    expect(problem.detail).toMatch(/^Invalid query: /);
  });

  it('names each unknown query parameter as the field', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject('/v1/demands?foo=bar&party=hamas&baz=1'), 400, 'validation_failed');
    expect(problem.errors).toEqual([
      { in: 'query', field: 'foo', message: 'is not a query parameter of this endpoint' },
      { in: 'query', field: 'baz', message: 'is not a query parameter of this endpoint' },
    ]);
    expect(problem.detail).toBe(
      'Invalid query: foo: is not a query parameter of this endpoint; baz: is not a query parameter of this endpoint',
    );
  });

  it('reports an invalid path parameter as in: path', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject('/v1/parties/Hamas'), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ in: 'path', field: 'id', message: expect.stringContaining('slug') }]);
  });

  it('hides the message of an unexpected error behind a 500 problem', async () => {
    const app = await buildApp({ logLevel: 'silent' }, { db: createTestDatabase() });
    app.get('/explode', async () => {
      throw new Error('secret database detail');
    });
    const response = await app.inject('/explode');
    const problem = expectProblem(response, 500, 'internal_error');
    expect(response.body).not.toContain('secret');
    expect(problem.detail).toMatch(/logged/);
    await app.close();
  });

  it('answers 503 from /health when the database is gone', async () => {
    const db = createTestDatabase();
    const app = await buildApp({ logLevel: 'silent' }, { db });
    db.$client.close();
    expectProblem(await app.inject('/health'), 503, 'service_unavailable');
    await app.close();
  });
});

describe('no input yields a 5xx', () => {
  // A deterministic generator, so a failure reproduces.
  function* randomInputs(seed: number, count: number) {
    let state = seed;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const pieces = [
      'hamas',
      'israel',
      '',
      '%00',
      '%',
      '%E2%80%99',
      '..',
      "'",
      '"',
      '<script>',
      '[]',
      'x'.repeat(600),
      '-',
      '?',
      '&',
      '=',
      '#',
      ';',
      'NULL',
      '😀',
      '%F0%9F%98%80',
    ];
    const keys = [
      'party',
      'issue',
      'status',
      'demand',
      'kind',
      'stance',
      'proposal',
      'party[]',
      '__proto__',
      'constructor',
    ];
    const paths = [
      '/v1/demands',
      '/v1/responses',
      '/v1/meetings',
      '/v1/parties',
      '/v1/actors',
      '/v1/parties/hamas/demands',
      '/v1/demands/',
      '/v1/sources/',
      '/health',
      '/v1/issues/',
    ];
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    for (let i = 0; i < count; i++) {
      const path = pick(paths);
      const query = Array.from(
        { length: Math.floor(next() * 3) },
        () => `${pick(keys)}=${pick(pieces)}${pick(pieces)}`,
      ).join('&');
      yield path.endsWith('/') ? `${path}${pick(pieces)}${query ? `?${query}` : ''}` : `${path}?${query}`;
    }
  }

  it('answers 200 or a 4xx problem for 300 generated requests', async () => {
    const app = await buildTestApp();
    for (const url of randomInputs(42, 300)) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBeLessThan(500);
      if (response.statusCode >= 400) ProblemSchema.parse(response.json());
      else z.object({}).loose().parse(response.json());
    }
  });
});

describe('errors the router raises before routing', () => {
  it('answers a URL that does not decode with a 400 problem', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/demands/%'), 400, 'malformed_url');
  });

  it('answers an overlong path parameter with a 414 problem', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject(`/v1/demands/${'x'.repeat(600)}`), 414, 'uri_too_long');
  });
});
