import { describe, expect, it } from 'vitest';
import { ProposalPageSchema, ProposalSchema } from '../../src/routes/proposals/schemas.js';
import { DemandPageSchema } from '../../src/routes/relations.js';
import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/proposals', () => {
  it('lists the truce framework with its 60-day pause and gets it', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/proposals'), ProposalPageSchema);
    expect(items).toMatchObject([{ id: 'truce-framework', pauseDurationDays: 60, proposedByPartyId: null }]);
    expect(ids(expectOk(await app.inject('/v1/proposals?status=agreed'), ProposalPageSchema).items)).toEqual([]);
    // The article does not say who tabled the framework, so no party filter finds it.
    expect(ids(expectOk(await app.inject('/v1/proposals?party=israel'), ProposalPageSchema).items)).toEqual([]);
    expect(expectOk(await app.inject('/v1/proposals/truce-framework'), ProposalSchema).status).toBe(
      'under-negotiation',
    );
    expectProblem(await app.inject('/v1/proposals/no-such-proposal'), 404, 'not_found');
  });

  it('lists the demands to amend the framework', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(
      await app.inject('/v1/proposals/truce-framework/demands?status=pressed'),
      DemandPageSchema,
    );
    expect(items).toHaveLength(3);
    expectProblem(await app.inject('/v1/proposals/no-such-proposal/demands'), 404, 'not_found');
  });
});
