import swagger from '@fastify/swagger';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { z } from 'zod';
import { datasetJsonSchema } from '../domain/datasets/json-schema.js';
import { cacheablePrefix } from './response-cache.js';
import { registerLazySwaggerUi } from './swagger-ui.js';

export const apiTags = [
  {
    name: 'Parties',
    description: 'The negotiating parties and other named actors, with the people and bodies that act for them.',
  },
  { name: 'Actors', description: 'People and bodies acting for a party: a prime minister, an office, a delegation.' },
  { name: 'Issues', description: 'The topics at stake in the negotiation.' },
  { name: 'Proposals', description: 'Frameworks and drafts on the table, which demands would amend.' },
  { name: 'Demands', description: 'What a party asks for, on which issue, with its stated reasons.' },
  {
    name: 'Responses',
    description: 'How a party answers a proposal or demands: its stance, its words and its reasons.',
  },
  {
    name: 'Reasons',
    description: 'The reasons given for demands and responses, each with its speaker; some answer one demand.',
  },
  {
    name: 'Statements',
    description: 'Intentions, firm stances, appeals, context and the reporter’s assessments.',
  },
  { name: 'Meetings', description: 'Meetings held, scheduled or planned, with their participants.' },
  { name: 'Sources', description: 'The documents every fact is quoted from.' },
  {
    name: 'Positions',
    description: 'Where each party stands on each issue and proposal, derived from its demands and responses.',
  },
  {
    name: 'Timeline',
    description: 'Meetings, demands and responses in the order they happened, as far as the text says.',
  },
  { name: 'Search', description: 'Full-text search over records, quotes and the full text of every source.' },
  {
    name: 'Imports',
    description: 'A whole source with its records in one request, all or nothing (needs an editor key).',
  },
  { name: 'Changes', description: 'Every create, update and delete in commit order, as pages or Server-Sent Events.' },
  { name: 'Keys', description: 'API keys: admins list, create and revoke them.' },
  { name: 'System', description: 'Service health and the API description.' },
];

export const apiInfo = {
  title: 'Negotiation Positions API',
  version: '1.0.0',
  description: [
    'Where the parties to a negotiation stand: the parties, their demands, the responses to those demands,',
    'and the meetings where they are discussed. Every record carries `evidence`: verbatim quotes from a',
    'source, with the `[start, end)` offsets at which each quote appears in the source text.',
    '',
    'Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`.',
  ].join('\n'),
  license: { name: 'MIT', identifier: 'MIT' },
};

type OpenApiDocument = Partial<OpenAPIV3_1.Document>;

/**
 * The zod provider registers an input and an output copy of every named schema; keep only the
 * components the paths actually reference (directly or through other components).
 */
function withoutUnusedComponents(document: OpenApiDocument): OpenApiDocument {
  const schemas = document.components?.schemas ?? {};
  const referenced = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!referenced.has(name)) {
          referenced.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(document.paths);
  const used: Record<string, OpenAPIV3_1.SchemaObject> = Object.fromEntries(
    Object.entries(schemas).filter(([name]) => referenced.has(name)),
  );
  return { ...document, components: { ...document.components, schemas: used } };
}

/**
 * Reads need no credentials (unless the server is configured so): say so on every operation that
 * declares no security of its own. PATCH bodies are JSON merge patches: say that media type.
 */
function withPublicReadsAndMergePatches(document: OpenApiDocument): OpenApiDocument {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of ['get', 'head'] as const) {
      const operation = pathItem?.[method];
      if (operation && !operation.security) operation.security = [];
    }
    const body = pathItem?.patch?.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
    const json = body?.content?.['application/json'];
    if (body && json) body.content = { 'application/merge-patch+json': json };
  }
  return document;
}

/** 429 and 503 answers say when to come back: every route can answer them, so declared here for all. */
function withRetryAfter(document: OpenApiDocument): OpenApiDocument {
  const retryAfter: OpenAPIV3_1.HeaderObject = {
    description: 'Seconds to wait before retrying.',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  };
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if ((status === '429' || status === '503') && !('$ref' in response)) {
          response.headers = { ...response.headers, 'Retry-After': retryAfter };
        }
      }
    }
  }
  return document;
}

/**
 * Query parameters that take several values (`status=scheduled,planned`) are documented as arrays
 * serialized comma-separated (`style: form`, `explode: false`), the form the README shows; the
 * server also accepts the parameter repeated (`status=scheduled&status=planned`), which is what
 * clients send for `explode: true`.
 */
function withCommaSeparatedLists(document: OpenApiDocument): OpenApiDocument {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      if (typeof operation !== 'object' || operation === null || !('parameters' in operation)) continue;
      for (const parameter of (operation as OpenAPIV3_1.OperationObject).parameters ?? []) {
        if (
          'in' in parameter &&
          parameter.in === 'query' &&
          (parameter.schema as { type?: string })?.type === 'array'
        ) {
          Object.assign(parameter, { style: 'form', explode: false });
        }
      }
    }
  }
  return document;
}

/**
 * The zod transform keeps a response's description and content but drops its `headers` (a zod
 * object): put them back, as @fastify/swagger reads them (header name → JSON schema).
 */
const withResponseHeaders: typeof jsonSchemaTransform = (route) => {
  const transformed = jsonSchemaTransform(route);
  const declared = (route.schema?.response ?? {}) as Record<string, { headers?: unknown }>;
  const responses = (transformed.schema as { response?: Record<string, Record<string, unknown>> }).response ?? {};
  for (const [status, response] of Object.entries(declared)) {
    if (!(response?.headers instanceof z.ZodObject) || !responses[status]) continue;
    responses[status].headers = Object.fromEntries(
      Object.entries(response.headers.shape as Record<string, z.ZodType>).map(([name, schema]) => {
        const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
        return [name, json];
      }),
    );
  }
  return transformed;
};

const header = (description: string, values?: string[]) => ({
  description,
  schema: { type: 'string' as const, ...(values ? { enum: values } : {}) },
});

/**
 * The response cache (plugins/response-cache.ts) answers every JSON read under /v1 with `ETag`,
 * `Cache-Control` and `X-Cache`, and a matching `If-None-Match` with 304: say so on those operations.
 */
function withCacheHeaders(document: OpenApiDocument): OpenApiDocument {
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    const read = pathItem?.get;
    const ok = read?.responses?.['200'] as OpenAPIV3_1.ResponseObject | undefined;
    if (!read || !ok || !path.startsWith(cacheablePrefix) || !ok.content?.['application/json']) continue;
    const cacheHeaders = {
      ETag: header(
        'A strong validator of the JSON answer (a record’s own version on `GET …/{id}` without a query); send ' +
          'it back in `If-None-Match` for a 304.',
      ),
      'Cache-Control': header('`no-cache`: keep the answer, but revalidate it with `If-None-Match` before use.'),
      'X-Cache': header('`hit` when the answer came from the server’s cache, `miss` when it was computed.', [
        'hit',
        'miss',
      ]),
    };
    ok.headers = { ...ok.headers, ...cacheHeaders };
    read.responses = {
      ...read.responses,
      '304': { description: 'Not modified: the `ETag` sent in `If-None-Match` still matches.', headers: cacheHeaders },
    };
  }
  return document;
}

/**
 * The server, as an absolute URL template that client generators can take as a base URL: the
 * committed document names the default local server; set `host` (and `scheme`) for another.
 */
export const apiServer = {
  url: '{scheme}://{host}',
  description: 'The API server: set `host` (and `scheme`) to where it runs; the default is `npm start`’s.',
  variables: {
    scheme: { default: 'http', enum: ['http', 'https'] as [string, ...string[]] },
    host: { default: '127.0.0.1:3000', description: 'Host name or address, and port.' },
  },
};

/**
 * The document as served: its server variables default to the server that answers, so Swagger UI's
 * "Try it out" calls the server it is on (behind a proxy, the Host it was reached by).
 */
function servedFrom(document: OpenApiDocument, request: FastifyRequest): OpenApiDocument {
  const variables = {
    scheme: { ...apiServer.variables.scheme, default: request.protocol },
    host: { ...apiServer.variables.host, default: request.host },
  };
  return { ...document, servers: [{ ...apiServer, variables }] };
}

/** The OpenAPI 3.1 document (generated from the zod route schemas) and Swagger UI at /docs. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: apiInfo,
        servers: [apiServer],
        tags: apiTags,
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              description:
                'An API key (`npm run keys:create -- --name NAME --role editor`, or `POST /v1/keys` as an admin). ' +
                'Writes need one; reads do not unless the server sets `READS_REQUIRE_KEY`.',
            },
          },
        },
      },
      transform: withResponseHeaders,
      transformObject: (document) =>
        withCacheHeaders(
          withRetryAfter(
            withCommaSeparatedLists(
              withPublicReadsAndMergePatches(
                withoutUnusedComponents(jsonSchemaTransformObject(document) as OpenApiDocument),
              ),
            ),
          ),
        ),
    });
    // Loaded on the first request under /docs, not at start (see swagger-ui.ts).
    registerLazySwaggerUi(app, {
      routePrefix: '/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false },
      // Swagger UI's own CSP (its inline script and styles by hash) in place of the API's `default-src 'none'`;
      // without upgrade-insecure-requests, which would send "Try it out" to https on a plain-HTTP server.
      staticCSP: true,
      transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
      transformSpecification: (document, request) => servedFrom(document as OpenApiDocument, request),
    });
    app.get('/openapi.json', { schema: { hide: true } }, async (request) =>
      servedFrom(app.swagger() as OpenApiDocument, request),
    );
    // The import format, beside the API's own description (also committed as openapi/dataset.schema.json);
    // generated on first use, like the OpenAPI document, rather than at start.
    let datasetSchema: ReturnType<typeof datasetJsonSchema> | undefined;
    app.get('/dataset.schema.json', { schema: { hide: true } }, async () => {
      datasetSchema ??= datasetJsonSchema();
      return datasetSchema;
    });
  },
  { name: 'docs' },
);
