import { describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem } from './helpers.js';

type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  schema: { type?: string; items?: { enum?: string[] } };
};
type Operation = { parameters?: Parameter[] };

/** Two ids of the seed per id filter, so a filter with both can be compared with each alone. */
const idsByFilter: Record<string, [string, string]> = {
  party: ['hamas', 'israel'],
  about: ['hamas', 'israel'],
  issue: ['ending-the-war', 'humanitarian-aid-channels'],
  proposal: ['truce-framework', 'no-such-proposal'],
  demand: ['immediate-talks-on-ending-the-war', 'aid-through-pre-existing-channels'],
  actor: ['netanyahus-office', 'benjamin-netanyahu'],
  forId: ['israel-rejects-hamas-amendments', 'immediate-talks-on-ending-the-war'],
  answers: ['immediate-talks-on-ending-the-war', 'aid-through-pre-existing-channels'],
};
/** Parameters that take lists but steer the answer rather than filter it. */
const notFilters = new Set(['sort', 'include', 'fields']);

/** What identifies an item of any list: a record, a timeline event, a topic with its positions. */
const keyOf = (item: { id?: string; type?: string; topic?: { type: string; id: string } }) =>
  item.topic ? `${item.topic.type}:${item.topic.id}` : `${item.type ?? ''}:${item.id}`;

async function listFilters() {
  const app = await buildTestApp();
  const document = (await app.inject('/openapi.json')).json() as { paths: Record<string, { get?: Operation }> };
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const parameters = item.get?.parameters ?? [];
    // Lists of the whole collection (nested lists are the same lists with one filter fixed).
    if (path.includes('{') || parameters.some((p) => p.required) || !parameters.some((p) => p.name === 'limit'))
      return [];
    return parameters
      .filter((p) => p.in === 'query' && p.schema.type === 'array' && !notFilters.has(p.name))
      .map((p) => {
        const values = p.schema.items?.enum?.slice(0, 2) ?? idsByFilter[p.name];
        if (!values) throw new Error(`no test values for ${path} ${p.name}`);
        return { path, name: p.name, values: values as [string, string] };
      });
  });
}

describe('list filters take several values', () => {
  it('every enum and id filter of every list, as `a,b` or as the parameter repeated, matches either', async () => {
    const filters = await listFilters();
    expect(filters.length).toBeGreaterThanOrEqual(25);
    const app = await buildTestApp();
    const keys = async (query: string, path: string) => {
      const response = await app.inject(`${path}?${query}&limit=50`);
      expect(response.statusCode, `${path}?${query}: ${response.body}`).toBe(200);
      return (response.json().items as Parameters<typeof keyOf>[0][]).map(keyOf).sort();
    };
    let matched = 0;
    for (const { path, name, values } of filters) {
      const [a, b] = values.map(encodeURIComponent);
      const either = [
        ...new Set([...(await keys(`${name}=${a}`, path)), ...(await keys(`${name}=${b}`, path))]),
      ].sort();
      expect(await keys(`${name}=${a},${b}`, path), `${path} ${name}=${a},${b}`).toEqual(either);
      expect(await keys(`${name}=${a}&${name}=${b}`, path), `${path} ${name}=${a}&${name}=${b}`).toEqual(either);
      if (either.length > 0) matched++;
    }
    // Most comparisons are between non-empty answers, so they show something.
    expect(matched).toBeGreaterThan(filters.length / 2);
  });

  it('meetings: status=scheduled,planned answers the Doha talks and the Washington meeting', async () => {
    const app = await buildTestApp();
    const { items } = (await app.inject('/v1/meetings?status=scheduled,planned')).json();
    expect(items.map((meeting: { id: string }) => meeting.id).sort()).toEqual(['doha-talks', 'washington-meeting']);
  });

  it('refuses a list with an invalid value, naming the parameter', async () => {
    const app = await buildTestApp();
    const problem = expectProblem(await app.inject('/v1/meetings?status=scheduled,soon'), 400, 'validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', field: 'status' })]);
  });

  it('keeps a cursor valid for the same values in any order, and only for them', async () => {
    const app = await buildTestApp();
    const first = (await app.inject('/v1/demands?status=pressed,withdrawn&limit=1')).json();
    expect(first.nextCursor).toEqual(expect.any(String));
    const cursor = encodeURIComponent(first.nextCursor);
    expect((await app.inject(`/v1/demands?status=withdrawn&status=pressed&limit=1&cursor=${cursor}`)).statusCode).toBe(
      200,
    );
    expectProblem(await app.inject(`/v1/demands?status=pressed&limit=1&cursor=${cursor}`), 400, 'invalid_cursor');
  });
});
