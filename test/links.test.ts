import { describe, expect, it } from 'vitest';
import { collectionOf } from '../src/domain/links.js';
import { buildTestApp } from './helpers.js';

type Linked = { id: string; href: string };

/** Every object in a JSON answer that has an `href` and an `id`: the records it holds, at any depth. */
function linkedRecords(value: unknown): Linked[] {
  if (Array.isArray(value)) return value.flatMap(linkedRecords);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.href === 'string' && typeof record.id === 'string' ? [record as Linked] : [];
  return [...own, ...Object.values(record).flatMap(linkedRecords)];
}

describe('every record carries its own href', () => {
  it.each(Object.entries(collectionOf))(
    '%s records link to /v1/%s/{id}, and the link answers the record',
    async (_type, collection) => {
      const app = await buildTestApp();
      const list = (await app.inject(`/v1/${collection}`)).json();
      expect(list.items.length, collection).toBeGreaterThan(0);
      for (const item of list.items as Linked[]) expect(item.href).toBe(`/v1/${collection}/${item.id}`);
      const first = list.items[0] as Linked;
      const response = await app.inject(first.href);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: first.id, href: first.href });
    },
  );

  it('embedded and nested records link to where they are served too', async () => {
    const app = await buildTestApp();
    const answers = await Promise.all(
      [
        '/v1/demands?include=party,issue,proposal,responses',
        '/v1/responses?include=party,actor,proposal,demands',
        '/v1/meetings?include=parties,actors',
      ].map(async (url) => (await app.inject(url)).json()),
    );
    const records = answers.flatMap(linkedRecords);
    expect(new Set(records.map((record) => record.href.split('/')[2]))).toEqual(
      new Set(['demands', 'responses', 'meetings', 'parties', 'actors', 'issues', 'proposals', 'reasons']),
    );
    for (const record of records) expect(record.href).toMatch(new RegExp(`^/v1/[a-z]+/${record.id}$`));
  });
});
