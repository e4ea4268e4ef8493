import { describe, expect, it } from 'vitest';
import { SourcePageSchema, SourceSchema } from '../../src/routes/sources/schemas.js';
import { buildTestApp, expectOk, expectProblem, ids } from '../helpers.js';

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
