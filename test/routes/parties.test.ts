import { describe, expect, it } from 'vitest';
import {
  DemandPageSchema,
  MeetingPageSchema,
  PartyPageSchema,
  PartySchema,
  ResponsePageSchema,
} from '../../src/routes/relations.js';

import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/parties', () => {
  it('lists the parties with their actors', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/parties'), PartyPageSchema);
    expect(ids(items)).toEqual(['israel', 'hamas', 'united-states', 'gaza-humanitarian-foundation']);
    const israel = items.find((party) => party.id === 'israel');
    expect(israel?.actors.find((actor) => actor.id === 'benjamin-netanyahu')).toMatchObject({ role: 'Prime Minister' });
  });

  it('filters by kind', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/parties?kind=state'), PartyPageSchema);
    expect(ids(items)).toEqual(['israel', 'united-states']);
    expectProblem(await app.inject('/v1/parties?kind=empire'), 400, 'validation_failed');
  });
});

describe('GET /v1/parties/{id}', () => {
  it('returns the United States with its unnamed president', async () => {
    const app = await buildTestApp();
    const party = expectOk(await app.inject('/v1/parties/united-states'), PartySchema);
    expect(party.actors).toMatchObject([{ id: 'us-president', name: null, role: 'President of the United States' }]);
  });

  it('answers 404 for an unknown party', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/parties/atlantis'), 404, 'not_found');
  });
});

describe('GET /v1/parties/{id}/demands, /responses and /meetings', () => {
  it('lists a party’s demands, responses and meetings', async () => {
    const app = await buildTestApp();
    expect(ids(expectOk(await app.inject('/v1/parties/hamas/demands'), DemandPageSchema).items)).toHaveLength(3);
    expect(ids(expectOk(await app.inject('/v1/parties/israel/demands'), DemandPageSchema).items)).toEqual([]);
    expect(ids(expectOk(await app.inject('/v1/parties/israel/responses'), ResponsePageSchema).items)).toEqual([
      'israel-rejects-hamas-amendments',
    ]);
    expect(ids(expectOk(await app.inject('/v1/parties/united-states/meetings'), MeetingPageSchema).items)).toEqual([
      'washington-meeting',
    ]);
  });

  it('applies the remaining filters and answers 404 for an unknown party', async () => {
    const app = await buildTestApp();
    const aid = expectOk(
      await app.inject('/v1/parties/hamas/demands?issue=humanitarian-aid-channels'),
      DemandPageSchema,
    );
    expect(ids(aid.items)).toEqual(['aid-through-pre-existing-channels']);
    expect(expectOk(await app.inject('/v1/parties/israel/meetings?status=held'), MeetingPageSchema).items).toHaveLength(
      1,
    );
    expectProblem(await app.inject('/v1/parties/hamas/demands?party=israel'), 400, 'validation_failed');
    for (const view of ['demands', 'responses', 'meetings']) {
      expectProblem(await app.inject(`/v1/parties/atlantis/${view}`), 404, 'not_found');
    }
  });
});
