import { describe, expect, it } from 'vitest';
import { examples } from '../src/http/examples.js';
import { readCommittedExamples, renderExamplesModule } from '../src/openapi.js';
import { buildTestApp } from './helpers.js';

/** The OpenAPI examples show what the API answers for the seed; these keep them honest. */
describe('OpenAPI examples', () => {
  it('are the committed module generated from the seed (run `npm run openapi` after changing the seed)', async () => {
    expect(readCommittedExamples()).toBe(await renderExamplesModule());
  });

  const withoutTimestamps = (record: Record<string, unknown>) => {
    const { createdAt: _created, updatedAt: _updated, ...rest } = record;
    return rest;
  };

  it.each([
    ['/v1/demands/aid-through-pre-existing-channels', examples.demand],
    ['/v1/responses/israel-rejects-hamas-amendments', examples.response],
    ['/v1/meetings/washington-meeting', examples.meeting],
    ['/v1/actors/benjamin-netanyahu', examples.actor],
    ['/v1/issues/humanitarian-aid-channels', examples.issue],
    ['/v1/proposals/truce-framework', examples.proposal],
    ['/v1/sources/ceasefire-talks-report', examples.source],
  ])('%s matches its example but for timestamps', async (url, example) => {
    const app = await buildTestApp();
    expect(withoutTimestamps((await app.inject(url)).json())).toEqual(
      withoutTimestamps(example as Record<string, unknown>),
    );
  });

  it('the party example matches, actors included', async () => {
    const app = await buildTestApp();
    const party = (await app.inject('/v1/parties/united-states')).json();
    const strip = ({ actors, ...rest }: { actors: Record<string, unknown>[] }) => ({
      ...withoutTimestamps(rest),
      actors: actors.map(withoutTimestamps),
    });
    expect(strip(party)).toEqual(strip(examples.party));
  });

  it('the positions and timeline examples are what the API derives', async () => {
    const app = await buildTestApp();
    expect((await app.inject('/v1/issues/humanitarian-aid-channels/positions')).json()).toEqual(
      examples.issuePositions,
    );
    expect((await app.inject('/v1/timeline?party=united-states')).json().items).toEqual([examples.timelineEvent]);
  });

  it('the search example is the top demand for "aid", its first excerpts as shown', async () => {
    const app = await buildTestApp();
    const [hit] = (await app.inject('/v1/search?q=aid&type=demand&limit=1')).json().items;
    const { score, matches, ...rest } = examples.searchHit;
    expect(hit).toMatchObject(rest);
    expect(hit.score).toBeCloseTo(score, 1);
    expect(hit.matches.slice(0, matches.length)).toEqual(matches);
  });
});
