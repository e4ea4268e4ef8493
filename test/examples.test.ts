import { describe, expect, it } from 'vitest';
import { examples } from '../src/http/examples.js';
import { readCommittedExamples, renderExamplesModule } from '../src/openapi.js';
import { buildTestApp } from './helpers.js';

/** Every createdAt/updatedAt out of the way, at any depth: the examples carry fixed ones. */
function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'createdAt' && key !== 'updatedAt')
      .map(([key, inner]) => [key, withoutTimestamps(inner)]),
  );
}

/** The OpenAPI examples show what the API answers for the seed; these keep them honest. */
describe('OpenAPI examples', () => {
  it('are the committed module generated from the seed (run `npm run openapi` after changing the seed)', async () => {
    expect(readCommittedExamples()).toBe(await renderExamplesModule());
  });

  it.each([
    ['/v1/demands/aid-through-pre-existing-channels', examples.demand],
    ['/v1/responses/israel-rejects-hamas-amendments', examples.response],
    ['/v1/meetings/washington-meeting', examples.meeting],
    ['/v1/actors/benjamin-netanyahu', examples.actor],
    ['/v1/parties/united-states', examples.party],
    ['/v1/issues/humanitarian-aid-channels', examples.issue],
    ['/v1/proposals/truce-framework', examples.proposal],
    ['/v1/reasons/immediate-talks-would-undermine-israeli-security', examples.reason],
    ['/v1/statements/international-stakeholders-urge-flexibility', examples.statement],
    ['/v1/meetings/doha-talks/history', examples.history],
    ['/v1/sources/ceasefire-talks-report', examples.source],
    ['/v1/issues/ending-the-war/positions', examples.topicPositions],
  ])('%s answers its example but for timestamps', async (url, example) => {
    const app = await buildTestApp();
    expect(withoutTimestamps((await app.inject(url)).json())).toEqual(withoutTimestamps(example));
  });

  it('the timeline and search examples are items the API answers', async () => {
    const app = await buildTestApp();
    const timeline = (await app.inject('/v1/timeline?type=response&party=israel')).json().items;
    expect(timeline[0]).toEqual(examples.timelineEvent);
    const [hit] = (await app.inject('/v1/search?q=captives&limit=1')).json().items;
    expect(hit).toEqual(examples.searchHit);
  });
});
