/**
 * Responses are written by serializers compiled from JSON Schema (fast-json-stringify, as Fastify does
 * by default) rather than by zod parsing every answer: the zod schemas stay the one source of the
 * OpenAPI document and of the answers' shape, converted here once per route, and the tests check real
 * answers against the zod schemas themselves (test/responses.test.ts).
 */
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { $ZodRegistry } from 'zod/v4/core';

type JsonSchema = { [keyword: string]: unknown };

/**
 * Rewrites zod's JSON Schema into what fast-json-stringify writes the same way zod's answer would be:
 * - `anyOf: [X, { type: 'null' }]` (a `.nullable()`) becomes X with `nullable: true`, so no branch is
 *   chosen by validating the value against X;
 * - `additionalProperties: false` goes: unknown keys are left out anyway (zod strips them), and a value
 *   with keys of its own must still match its branch of a union;
 * - `required` keeps only the properties before the first optional one: fast-json-stringify writes the
 *   required ones first, and zod writes every object's keys in the order of its schema.
 */
function forSerialization(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerialization);
  if (schema === null || typeof schema !== 'object') return schema;
  const { anyOf, additionalProperties, ...rest } = schema as JsonSchema;
  if (Array.isArray(anyOf)) {
    const options = anyOf as JsonSchema[];
    const others = options.filter((option) => option.type !== 'null');
    if (options.length === 2 && others.length === 1 && Object.keys(rest).length === 0) {
      return { ...(forSerialization(others[0]) as JsonSchema), nullable: true };
    }
    rest.anyOf = forSerialization(options);
  }
  if (additionalProperties !== undefined && additionalProperties !== false) {
    rest.additionalProperties = forSerialization(additionalProperties);
  }
  if (Array.isArray(rest.required) && rest.properties && typeof rest.properties === 'object') {
    const required = new Set(rest.required as string[]);
    const names = Object.keys(rest.properties);
    const firstOptional = names.findIndex((name) => !required.has(name));
    rest.required = firstOptional === -1 ? names : names.slice(0, firstOptional);
  }
  for (const keyword of ['properties', 'patternProperties', '$defs', 'definitions'] as const) {
    const named = rest[keyword];
    if (named && typeof named === 'object') {
      rest[keyword] = Object.fromEntries(
        Object.entries(named as JsonSchema).map(([name, inner]) => [name, forSerialization(inner)]),
      );
    }
  }
  for (const keyword of ['items', 'prefixItems', 'oneOf', 'allOf', 'not'] as const) {
    if (rest[keyword] !== undefined) rest[keyword] = forSerialization(rest[keyword]);
  }
  return rest;
}

/**
 * The JSON Schema of what zod answers for `schema` (its output), self-contained: every named schema is
 * inlined (an empty registry hides the ids) so the serializer needs no references.
 */
export function serializationSchemaOf(schema: z.ZodType): JsonSchema {
  const jsonSchema = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    metadata: new $ZodRegistry(),
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
  }) as JsonSchema;
  const { $schema: _, ...rest } = jsonSchema;
  return forSerialization(rest) as JsonSchema;
}

/**
 * Fastify's serializer compiler for the zod routes. Each response schema is compiled when it first
 * answers (compiling them all would slow the server's start), and once per process for all apps.
 */
export function serializerCompiler({ schema }: { schema: unknown }): (data: unknown) => string {
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => {
    serialize ??= compiled(schema as z.ZodType);
    return serialize(data);
  };
}

const serializers = new WeakMap<z.ZodType, (data: unknown) => string>();
function compiled(schema: z.ZodType): (data: unknown) => string {
  let serialize = serializers.get(schema);
  if (!serialize) {
    serialize = fastJson(serializationSchemaOf(schema) as unknown as Parameters<typeof fastJson>[0]);
    serializers.set(schema, serialize);
  }
  return serialize;
}
