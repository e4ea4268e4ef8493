import { describe, expect, it } from 'vitest';
import { ActorPageSchema, ActorSchema } from '../../src/routes/actors/schemas.js';
import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/actors', () => {
  it('lists actors, filters by party and kind, and gets one', async () => {
    const app = await buildTestApp();
    expect(expectOk(await app.inject('/v1/actors'), ActorPageSchema).items).toHaveLength(6);
    expect(ids(expectOk(await app.inject('/v1/actors?party=united-states'), ActorPageSchema).items)).toEqual([
      'us-president',
    ]);
    expect(ids(expectOk(await app.inject('/v1/actors?party=israel&kind=person'), ActorPageSchema).items)).toEqual([
      'benjamin-netanyahu',
    ]);
    expect(expectOk(await app.inject('/v1/actors/netanyahus-office'), ActorSchema).name).toBe('Netanyahu’s office');
    expectProblem(await app.inject('/v1/actors/no-such-actor'), 404, 'not_found');
    expectProblem(await app.inject('/v1/actors?kind=robot'), 400, 'validation_failed');
  });
});
