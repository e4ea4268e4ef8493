import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listDemandsIncluding, listMeetingsIncluding, listResponsesIncluding } from '../src/domain/relations.js';
import { serializerCompiler } from '../src/http/serializer.js';
import { readCommittedOpenApiDocument } from '../src/openapi.js';
import { DemandPageSchema, MeetingPageSchema, ResponsePageSchema } from '../src/routes/relations.js';
import { buildTestApp, createTestDatabase } from './helpers.js';

type Parameter = { name: string; in: string; example?: string; schema?: { items?: { enum?: string[] } } };
type Operation = {
  parameters?: Parameter[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Schema = { $ref?: string; properties?: { items?: { items?: Schema } } };
const document = JSON.parse(readCommittedOpenApiDocument()!) as { paths: Record<string, { get?: Operation }> };

/**
 * The zod schema of each named component: the document's components are these schemas, registered
 * under their ids (zod's global registry keeps them by id).
 */
const registered = (z.globalRegistry as unknown as { _idmap: Map<string, z.ZodType> })._idmap;
const componentOf = (ref: string) => registered.get(ref.replace('#/components/schemas/', ''))!;

/** The example id of a path's `{id}`; a record's revisions take the record's own example. */
function exampleId(path: string, operation: Operation): string | undefined {
  const own = operation.parameters?.find((parameter) => parameter.in === 'path')?.example;
  const record = /^(\/v1\/[a-z]+\/\{id\})\/revisions$/.exec(path)?.[1];
  if (!record) return own;
  const recordOperation = document.paths[record]?.get;
  return recordOperation && exampleId(record, recordOperation);
}

/** Every documented JSON GET over the seed, as served and with every `include=` and an `asOf`. */
const reads = Object.entries(document.paths).flatMap(([path, { get }]) => {
  const schema = get?.responses['200']?.content?.['application/json']?.schema;
  if (!get || !schema || get.security?.length) return [];
  const id = exampleId(path, get);
  const url = path.replace('{id}', id ?? '');
  const names = new Set(get.parameters?.map((parameter) => parameter.name));
  const include = get.parameters?.find((parameter) => parameter.name === 'include')?.schema?.items?.enum;
  const urls = [url];
  if (include) urls.push(`${url}?include=${include.join(',')}`);
  if (names.has('asOf')) urls.push(`${url}?asOf=ceasefire-talks-report`);
  if (names.has('q')) urls.splice(0, urls.length, `${url}?q=captives`);
  return urls.map((each) => [each, schema] as const);
});

describe('answers, written from compiled JSON Schema', () => {
  it('cover every documented read', () => {
    expect(reads.length).toBeGreaterThan(60);
  });

  it.each(reads)(
    'GET %s answers what its zod schema describes, byte for byte as zod writes it',
    async (url, schema) => {
      const app = await buildTestApp();
      const response = await app.inject(url);
      expect(response.statusCode, response.body).toBe(200);
      const body = JSON.parse(response.body);
      // Pages of the present positions are spliced from stored JSON (listPositionsJson), not serialized:
      // they must read byte for byte the same all the same.
      if (schema.$ref) {
        const zodSchema = componentOf(schema.$ref);
        expect(JSON.stringify(z.encode(zodSchema, zodSchema.parse(body)))).toBe(response.body);
      } else {
        // An inline page of named records: each item is one.
        const item = componentOf(schema.properties!.items!.items!.$ref!);
        for (const record of body.items)
          expect(JSON.stringify(z.encode(item, item.parse(record)))).toBe(JSON.stringify(record));
      }
    },
  );

  const page = { limit: 50, sort: [], count: true };
  const asOf = { asOf: 'ceasefire-talks-report' };
  it.each([
    [
      'demands',
      DemandPageSchema,
      (db) =>
        listDemandsIncluding(db, { ...page, include: new Set(['party', 'issue', 'proposal', 'responses'] as const) }),
    ],
    ['demands as of a source', DemandPageSchema, (db) => listDemandsIncluding(db, { ...page, ...asOf })],
    [
      'responses',
      ResponsePageSchema,
      (db) =>
        listResponsesIncluding(db, { ...page, include: new Set(['party', 'actor', 'proposal', 'demands'] as const) }),
    ],
    [
      'meetings',
      MeetingPageSchema,
      (db) => listMeetingsIncluding(db, { ...page, include: new Set(['parties.actors', 'actors'] as const) }),
    ],
  ] satisfies [string, z.ZodType, (db: ReturnType<typeof createTestDatabase>) => unknown][])(
    'writes %s as zod does, from the records as the domain gives them (extra keys and all)',
    (_, schema, read) => {
      const records = read(createTestDatabase({ synthetic: { demands: 40, seed: 5 } }));
      expect(serializerCompiler({ schema })(records)).toBe(JSON.stringify(z.encode(schema, records)));
    },
  );

  it('leaves out unknown keys and undefined optional ones, writes null for a nullable object, as zod does', () => {
    const schema = z.object({
      id: z.string(),
      proposal: z.object({ id: z.string(), pause: z.int().nullable() }).nullable().optional(),
      labels: z.array(z.string().nullable()),
      counts: z.record(z.string(), z.int()),
      when: z.string().optional(),
    });
    const values = [
      { id: 'a', proposal: null, labels: ['x', null], counts: { b: 2, a: 1 }, extra: 1 },
      { id: 'b', proposal: { id: 'p', pause: 60, extra: true }, labels: [], counts: {}, when: undefined },
      { id: 'c\u2028"\\', labels: ['\ud83d\ude00'], counts: { 'k"': 0 }, when: '2026-07-07' },
    ];
    for (const value of values) {
      expect(serializerCompiler({ schema })(value)).toBe(JSON.stringify(z.encode(schema, value as never)));
    }
  });
});
