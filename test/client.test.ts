import createClient from 'openapi-fetch';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components, paths } from '../openapi/openapi-types.js';
import { createKey } from '../src/domain/keys/keys.js';
import { buildTestApp, createTestDatabase } from './helpers.js';

/** A consumer's view: the generated types with openapi-fetch, against a live server. */
async function liveClient(headers: Record<string, string> = {}) {
  const db = createTestDatabase();
  const app = await buildTestApp({ db });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  return Object.assign(createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl, headers }), {
    db,
  });
}

describe('a typed client generated from the spec', () => {
  it('lists demands with filters', async () => {
    const client = await liveClient();
    const { data, error, response } = await client.GET('/v1/demands', {
      params: { query: { party: ['hamas'], status: ['pressed'] } },
    });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expectTypeOf(data!.items[0]!).toEqualTypeOf<components['schemas']['Demand']>();
    expect(data?.items.map((demand) => demand.issueId)).toEqual([
      'ending-the-war',
      'humanitarian-aid-channels',
      'israeli-forces-in-gaza',
    ]);
  });

  it('gets one response and follows it to the meetings of its party', async () => {
    const client = await liveClient();
    const { data: rejection } = await client.GET('/v1/responses/{id}', {
      params: { path: { id: 'israel-rejects-hamas-amendments' } },
    });
    expect(rejection?.stance).toBe('rejects');
    const { data: meetings } = await client.GET('/v1/parties/{id}/meetings', {
      params: { path: { id: rejection!.partyId }, query: { status: ['planned'] } },
    });
    expect(meetings?.items.map((meeting) => meeting.location)).toEqual(['Washington, DC']);
  });

  it('types an error as a problem details object', async () => {
    const client = await liveClient();
    const { data, error, response } = await client.GET('/v1/demands/{id}', {
      params: { path: { id: 'no-such-demand' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expectTypeOf(error).toEqualTypeOf<components['schemas']['Problem'] | undefined>();
    expect(error).toMatchObject({ status: 404, code: 'not_found', detail: "No demand has the id 'no-such-demand'." });
  });

  it('types a validation problem with its per-field errors', async () => {
    const client = await liveClient();
    const { error } = await client.GET('/v1/meetings', {
      // A value outside the enum, as a client without type checks might send.
      params: { query: { status: ['soon' as 'held'] } },
    });
    expect(error?.code).toBe('validation_failed');
    expect(error?.errors).toEqual([expect.objectContaining({ in: 'query', field: 'status' })]);
  });

  it('creates a record with an API key, and is refused without one', async () => {
    const anonymous = await liveClient();
    const { key } = createKey(anonymous.db, 'client-test', 'editor');
    const body: components['schemas']['NewStatementInput'] = {
      sourceId: 'ceasefire-talks-report',
      id: 'groundwork-still-in-motion',
      kind: 'assessment',
      title: 'The groundwork for dialogue is still in motion',
      summary: 'The report judges that the groundwork for continued dialogue is still in motion.',
      evidence: [
        {
          quote: 'the groundwork for continued dialogue is still in motion',
          // Fields with defaults (the speaker's id and label, hedges) may be left out.
          attributedTo: { kind: 'reporter' },
          reporting: 'reporter-analysis',
        },
      ],
    };
    const refused = await anonymous.POST('/v1/statements', { body });
    expect(refused.response.status).toBe(401);
    expect(refused.error?.code).toBe('unauthorized');

    const { data, response } = await anonymous.POST('/v1/statements', {
      body,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(201);
    expectTypeOf(data!).toEqualTypeOf<components['schemas']['Statement']>();
    expect(data?.evidence[0]?.attributedTo.kind).toBe('reporter');
    expect(response.headers.get('location')).toBe('/v1/statements/groundwork-still-in-motion');
  });
});
