import { describe, expect, it } from 'vitest';
import { ResponsePageSchema, ResponseSchema } from '../../src/routes/relations.js';

import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

describe('GET /v1/responses', () => {
  it('lists Israel’s rejection and Hamas’s conditional approval of the framework', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/responses'), ResponsePageSchema);
    expect(ids(items)).toEqual(['israel-rejects-hamas-amendments', 'hamas-approves-framework-with-amendments']);
  });

  it.each([
    ['party=israel', ['israel-rejects-hamas-amendments']],
    ['party=hamas', ['hamas-approves-framework-with-amendments']],
    ['demand=aid-through-pre-existing-channels', ['israel-rejects-hamas-amendments']],
    ['demand=aid-through-pre-existing-channels&party=hamas', []],
    ['stance=accepts-with-conditions', ['hamas-approves-framework-with-amendments']],
    ['proposal=truce-framework', ['israel-rejects-hamas-amendments', 'hamas-approves-framework-with-amendments']],
    ['demand=no-such-demand', []],
    ['issue=israeli-forces-in-gaza', ['israel-rejects-hamas-amendments']],
    ['issue=israeli-forces-in-gaza&stance=accepts', []],
  ])('filters by %s', async (query, expected) => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject(`/v1/responses?${query}`), ResponsePageSchema);
    expect(ids(items)).toEqual(expected);
  });

  it('rejects an unknown stance', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/responses?stance=maybe'), 400, 'validation_failed');
  });

  it('filters by actor', async () => {
    const app = await buildTestApp();
    const { items } = (await app.inject('/v1/responses?actor=netanyahus-office')).json();
    expect(ids(items)).toEqual(['israel-rejects-hamas-amendments']);
  });
});

describe('GET /v1/responses/{id}', () => {
  it('returns the rejection with its words, reasons, answers and quotes', async () => {
    const app = await buildTestApp();
    const rejection = expectOk(await app.inject('/v1/responses/israel-rejects-hamas-amendments'), ResponseSchema);
    expect(rejection).toMatchObject({
      partyId: 'israel',
      actorId: 'netanyahus-office',
      stance: 'rejects',
      wording: 'unacceptable',
    });
    expect(rejection.reasons).toHaveLength(3);
    expect(rejection.reasons.map((reason) => reason.answersDemandId)).toContain('immediate-talks-on-ending-the-war');
    expect(rejection.answers.map(({ demandId, stance, scope }) => ({ demandId, stance, scope }))).toEqual([
      { demandId: 'immediate-talks-on-ending-the-war', stance: 'rejects', scope: 'unspecified' },
      { demandId: 'aid-through-pre-existing-channels', stance: 'rejects', scope: 'unspecified' },
      { demandId: 'limits-on-israeli-forces-in-gaza', stance: 'rejects', scope: 'unspecified' },
    ]);
    for (const answer of rejection.answers) expect(answer.evidence.length).toBeGreaterThan(0);
    expect(rejection.evidence.map((e) => e.quote)).toContainEqual(
      expect.stringContaining('labeling them as unacceptable'),
    );
  });

  it('answers 404 for an unknown id', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/v1/responses/no-such-response'), 404, 'not_found');
  });
});
