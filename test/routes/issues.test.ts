import { describe, expect, it } from 'vitest';
import { IssuePageSchema, IssueSchema } from '../../src/routes/issues/schemas.js';
import { DemandPageSchema } from '../../src/routes/relations.js';
import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/issues', () => {
  it('lists the three issues at stake and gets one', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/issues'), IssuePageSchema);
    expect(ids(items)).toEqual(['ending-the-war', 'humanitarian-aid-channels', 'israeli-forces-in-gaza']);
    expect(expectOk(await app.inject('/v1/issues/ending-the-war'), IssueSchema).title).toBe('Ending the war');
    expectProblem(await app.inject('/v1/issues/no-such-issue'), 404, 'not_found');
  });

  it('lists the demands on an issue', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/issues/israeli-forces-in-gaza/demands'), DemandPageSchema);
    expect(ids(items)).toEqual(['limits-on-israeli-forces-in-gaza']);
    expectProblem(await app.inject('/v1/issues/no-such-issue/demands'), 404, 'not_found');
  });
});
