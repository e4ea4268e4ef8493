/**
 * The OpenAPI document's examples: what the API answers over the seed, with fixed timestamps so the
 * generated document stays stable. `npm run openapi` writes them to src/http/examples.generated.ts;
 * the server never loads the seed to show them.
 */
import type { Examples } from './http/example-types.js';

const stamp = '2026-11-25T12:00:00.000Z';

/** Replaces every createdAt/updatedAt with the fixed stamp, at any depth. */
function withFixedTimestamps<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withFixedTimestamps) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'createdAt' || key === 'updatedAt' ? stamp : withFixedTimestamps(inner),
    ]),
  ) as T;
}

/** A list example: the first few records, enough to show the shape. */
const firstFew = <T>(items: T[]) => items.slice(0, 3);

export async function examplesFromSeed(): Promise<Examples> {
  const { buildApp } = await import('./app.js');
  const { openMigratedMemoryDatabase } = await import('./db/client.js');
  const { seedDatabase } = await import('./seed/seed-database.js');
  const db = openMigratedMemoryDatabase();
  seedDatabase(db);
  const app = await buildApp({ logLevel: 'silent' }, { db });
  try {
    const get = async <T>(url: string): Promise<T> => {
      const response = await app.inject(url);
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
      return withFixedTimestamps(response.json() as T);
    };
    const items = async <T>(url: string) => firstFew((await get<{ items: T[] }>(url)).items);
    return {
      actor: await get('/v1/actors/benjamin-netanyahu'),
      party: await get('/v1/parties/united-states'),
      issue: await get('/v1/issues/humanitarian-aid-channels'),
      proposal: await get('/v1/proposals/truce-framework'),
      demand: await get('/v1/demands/aid-through-pre-existing-channels'),
      response: await get('/v1/responses/israel-rejects-hamas-amendments'),
      meeting: await get('/v1/meetings/washington-meeting'),
      reason: await get('/v1/reasons/immediate-talks-would-undermine-israeli-security'),
      statement: await get('/v1/statements/international-stakeholders-urge-flexibility'),
      history: await get('/v1/meetings/doha-talks/history'),
      sourceSummary: (await items<Examples['sourceSummary']>('/v1/sources'))[0]!,
      source: await get('/v1/sources/ceasefire-talks-report'),
      topicPositions: await get('/v1/issues/ending-the-war/positions'),
      timelineEvent: (await items<Examples['timelineEvent']>('/v1/timeline?type=response&party=israel'))[0]!,
      searchHit: (await items<Examples['searchHit']>('/v1/search?q=captives&limit=1'))[0]!,
      lists: {
        actors: await items('/v1/actors?party=israel'),
        parties: await items('/v1/parties'),
        issues: await items('/v1/issues'),
        proposals: await items('/v1/proposals'),
        demands: await items('/v1/demands'),
        responses: await items('/v1/responses'),
        meetings: await items('/v1/meetings'),
        sources: await items('/v1/sources'),
        reasons: await items('/v1/reasons'),
        statements: await items('/v1/statements'),
      },
    };
  } finally {
    await app.close();
  }
}
