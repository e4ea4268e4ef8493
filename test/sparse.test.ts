import { describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem } from './helpers.js';

const hasKeyDeep = (value: unknown, key: string): boolean =>
  Array.isArray(value)
    ? value.some((inner) => hasKeyDeep(inner, key))
    : value !== null &&
      typeof value === 'object' &&
      Object.entries(value).some(([name, inner]) => name === key || hasKeyDeep(inner, key));

describe('smaller answers: fields= and evidence=false', () => {
  it('keeps only the fields asked for, and always the id', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/demands?fields=title,status&count=true');
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBe(3);
    expect(page.nextCursor).toBeNull();
    for (const item of page.items) expect(Object.keys(item)).toEqual(['id', 'title', 'status']);
  });

  it('trims one record, embedded relations included when named', async () => {
    const app = await buildTestApp();
    const demand = (
      await app.inject('/v1/demands/aid-through-pre-existing-channels?fields=href,party&include=party')
    ).json();
    expect(Object.keys(demand)).toEqual(['id', 'href', 'party']);
    expect(demand.party.id).toBe('hamas');
    const source = (await app.inject('/v1/sources/ceasefire-talks-report?fields=title')).json();
    expect(source).toEqual({ id: 'ceasefire-talks-report', title: null });
  });

  it('leaves out every evidence list with evidence=false, at any depth', async () => {
    const app = await buildTestApp();
    const url = '/v1/responses?include=party,demands';
    const full = await app.inject(url);
    const light = await app.inject(`${url}&evidence=false`);
    expect(hasKeyDeep(full.json(), 'evidence')).toBe(true);
    expect(hasKeyDeep(light.json(), 'evidence')).toBe(false);
    expect(light.json().items.map((item: { id: string }) => item.id)).toEqual(
      full.json().items.map((item: { id: string }) => item.id),
    );
    expect(light.body.length).toBeLessThan(full.body.length / 2);
    expect(hasKeyDeep((await app.inject('/v1/meetings/doha-talks?evidence=false')).json(), 'evidence')).toBe(false);
  });

  it('trims exports the same way', async () => {
    const app = await buildTestApp();
    const csv = await app.inject('/v1/demands?format=csv&fields=title');
    expect(csv.body.split('\r\n')[0]).toBe('id,title');
    const ndjson = await app.inject('/v1/meetings?format=ndjson&evidence=false');
    const lines = ndjson.body.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(hasKeyDeep(JSON.parse(line), 'evidence')).toBe(false);
  });

  it('caches and tags the trimmed answer, apart from the whole one', async () => {
    const app = await buildTestApp();
    const first = await app.inject('/v1/issues?fields=title');
    const again = await app.inject('/v1/issues?fields=title');
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect((await app.inject('/v1/issues')).headers.etag).not.toBe(first.headers.etag);
  });

  it('keeps cursors valid whatever fields are asked for', async () => {
    const app = await buildTestApp();
    const { nextCursor } = (await app.inject('/v1/demands?limit=1&fields=title')).json();
    const next = await app.inject(`/v1/demands?limit=1&cursor=${encodeURIComponent(nextCursor)}`);
    expect(next.statusCode).toBe(200);
    expect(next.json().items[0].id).toBe('aid-through-pre-existing-channels');
  });

  it('refuses a field the records do not have, naming the parameter', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject('/v1/demands?fields=title,colour'), 400, 'validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', field: 'fields' })]);
    expectProblem(await app.inject('/v1/demands?evidence=no'), 400, 'validation_failed');
  });
});
