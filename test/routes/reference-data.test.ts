import { describe, expect, it } from 'vitest';
import { ActorPageSchema, ActorSchema } from '../../src/routes/actors/schemas.js';
import { IssuePageSchema, IssueSchema } from '../../src/routes/issues/schemas.js';
import { ProposalPageSchema, ProposalSchema } from '../../src/routes/proposals/schemas.js';
import { DemandPageSchema } from '../../src/routes/relations.js';
import { SourcePageSchema, SourceSchema } from '../../src/routes/sources/schemas.js';
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
      await app.inject('/v1/proposals/truce-framework/demands?status=rejected'),
      DemandPageSchema,
    );
    expect(items).toHaveLength(3);
    expectProblem(await app.inject('/v1/proposals/no-such-proposal/demands'), 404, 'not_found');
  });
});

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

describe('GET /v1/sources', () => {
  it('lists sources without their text and gets one with its full text', async () => {
    const app = await buildTestApp();
    const { items } = expectOk(await app.inject('/v1/sources'), SourcePageSchema);
    expect(ids(items)).toEqual(['ceasefire-talks-report']);
    expect(items[0]).not.toHaveProperty('text');
    const source = expectOk(await app.inject('/v1/sources/ceasefire-talks-report'), SourceSchema);
    expect(source).toMatchObject({ title: null, publisher: null, url: null, publishedOn: null });
    expect(source.text.slice(387, 416)).toBe('labeling them as unacceptable');
    expectProblem(await app.inject('/v1/sources/no-such-source'), 404, 'not_found');
  });

  it('serves a source whose text holds every quote of every record at its offsets', async () => {
    const app = await buildTestApp();
    const { text } = expectOk(await app.inject('/v1/sources/ceasefire-talks-report'), SourceSchema);
    for (const collection of ['parties', 'actors', 'issues', 'proposals', 'demands', 'responses', 'meetings']) {
      const { items } = (await app.inject(`/v1/${collection}`)).json() as {
        items: { evidence: { quote: string; start: number; end: number }[] }[];
      };
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.evidence.length).toBeGreaterThan(0);
        for (const { quote, start, end } of item.evidence) expect(text.slice(start, end)).toBe(quote);
      }
    }
  });
});
