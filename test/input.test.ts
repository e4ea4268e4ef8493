import { describe, expect, it } from 'vitest';
import { isRealPartialDate } from '../src/http/list-params.js';
import { buildTestApp, expectProblem } from './helpers.js';

describe('strict input: one spelling per value', () => {
  it.each(['0x10', '0b101', '0o7', '1e2', '+7', '-1', '7.0', ' 7', '7 ', '', '00', '١٢'])(
    'refuses limit=%j',
    async (limit) => {
      const app = await buildTestApp();
      const problem = expectProblem(
        await app.inject(`/v1/demands?limit=${encodeURIComponent(limit)}`),
        400,
        'validation_failed',
      );
      expect(problem.errors?.[0]).toMatchObject({ in: 'query', field: 'limit' });
    },
  );

  it('takes decimal limits, and limits on search', async () => {
    const app = await buildTestApp();
    expect((await app.inject('/v1/demands?limit=2')).json().items).toHaveLength(2);
    expect((await app.inject('/v1/demands?limit=007')).statusCode).toBe(400);
    expectProblem(await app.inject('/v1/search?q=aid&limit=1e1'), 400, 'validation_failed');
    expect((await app.inject('/v1/search?q=aid&limit=10')).statusCode).toBe(200);
  });

  it.each([
    'raisedFrom=2026-13-99',
    'raisedFrom=2026-13',
    'raisedTo=2026-02-30',
    'raisedTo=2025-02-29',
    'raisedFrom=2026-00',
    'updatedSince=2026-02-30T00:00:00Z',
    'asOf=2026-13-01',
  ])('refuses a date that does not exist: %s', async (query) => {
    const app = await buildTestApp();
    expectProblem(await app.inject(`/v1/demands?${query}`), 400, 'validation_failed');
  });

  it('takes real dates of every precision, leap days included', async () => {
    const app = await buildTestApp();
    for (const query of ['raisedFrom=2024-02-29', 'raisedFrom=2026-12', 'raisedTo=2026', 'asOf=2026-07-08']) {
      expect((await app.inject(`/v1/demands?${query}`)).statusCode, query).toBe(200);
    }
    expect(isRealPartialDate('2000-02-29')).toBe(true);
    expect(isRealPartialDate('1900-02-29')).toBe(false);
  });
});
