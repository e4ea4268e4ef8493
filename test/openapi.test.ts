import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { problemResponses } from '../src/http/problem.js';
import {
  readCommittedClientTypes,
  readCommittedDatasetSchema,
  readCommittedOpenApiDocument,
  renderClientTypes,
  renderOpenApiDocument,
} from '../src/openapi.js';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};

describe('GET /openapi.json', () => {
  it('serves an OpenAPI 3.1 document with named components', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Demand', 'Response', 'Meeting', 'Party', 'Evidence', 'Problem']),
    );
  });

  it('documents every operation with an id, a summary, a tag and problem responses', async () => {
    const app = await buildTestApp();
    const document = (await app.inject('/openapi.json')).json();
    const tagNames = new Set(document.tags.map((tag: { name: string }) => tag.name));
    const securitySchemes = new Set(Object.keys(document.components.securitySchemes ?? {}));
    const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
      ([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(23);
    const operationIds = new Set<string>();
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.operationId, where).toBeTruthy();
      operationIds.add(operation.operationId!);
      expect(operation.summary, where).toBeTruthy();
      expect(
        operation.tags?.every((tag) => tagNames.has(tag)),
        where,
      ).toBe(true);
      // Every operation says who may call it: `[]` for a public read, or requirements naming
      // schemes declared in components.securitySchemes (e.g. `[{ bearerAuth: [] }]` on a write).
      expect(Array.isArray(operation.security), `${where} declares security`).toBe(true);
      for (const requirement of operation.security!) {
        for (const [scheme, scopes] of Object.entries(requirement)) {
          expect(securitySchemes.has(scheme), `${where} uses security scheme ${scheme}`).toBe(true);
          expect(Array.isArray(scopes), `${where} ${scheme} scopes`).toBe(true);
        }
      }
      const errorStatuses = Object.keys(operation.responses).filter((status) => status >= '400');
      expect(errorStatuses, where).toContain('400');
      expect(errorStatuses, where).toContain('500');
      if (path.includes('{id}')) expect(errorStatuses, where).toContain('404');
      for (const status of errorStatuses) {
        expect(Object.keys(operation.responses[status]!.content ?? {}), `${where} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
    expect(operationIds.size).toBe(operations.length);
  });
});

describe('query parameters, typed for client generators', () => {
  it('documents count as a boolean, sort and include as arrays of enums sent comma-separated', async () => {
    const app = await buildTestApp();
    const document = (await app.inject('/openapi.json')).json();
    const parameter = (name: string) =>
      document.paths['/v1/demands'].get.parameters.find((p: { name: string }) => p.name === name);
    expect(parameter('count').schema).toEqual({ type: 'boolean', default: false });
    expect(parameter('sort')).toMatchObject({
      style: 'form',
      explode: false,
      schema: {
        type: 'array',
        items: { type: 'string', enum: expect.arrayContaining(['title', '-title', '-updatedAt']) },
      },
    });
    expect(parameter('include')).toMatchObject({
      style: 'form',
      explode: false,
      schema: { type: 'array', items: { enum: ['party', 'issue', 'proposal', 'responses'] } },
    });
    expect(parameter('status')).toMatchObject({
      explode: false,
      schema: { type: 'array', items: { enum: expect.arrayContaining(['pressed', 'withdrawn']) } },
    });
  });

  it('accepts count=true|false only, and sort and include comma-separated or repeated', async () => {
    const app = await buildTestApp();
    expect((await app.inject('/v1/demands?count=true')).json().total).toBe(3);
    expect((await app.inject('/v1/demands?count=false')).json().total).toBeUndefined();
    expectProblem(await app.inject('/v1/demands?count=yes'), 400, 'validation_failed');
    const titles = async (query: string) =>
      (await app.inject(`/v1/demands?${query}`)).json().items.map((demand: { title: string }) => demand.title);
    expect(await titles('sort=status,-title')).toEqual(await titles('sort=status&sort=-title'));
    expect(await titles('sort=-title')).toEqual((await titles('sort=title')).reverse());
    expectProblem(await app.inject('/v1/demands?sort=title,-title'), 400, 'validation_failed');
    expectProblem(await app.inject('/v1/demands?sort=colour'), 400, 'validation_failed');
    const included = (await app.inject('/v1/demands?include=party&include=issue,proposal')).json().items[0];
    expect(Object.keys(included)).toEqual(expect.arrayContaining(['party', 'issue', 'proposal']));
  });
});

describe('response headers', () => {
  type Responses = Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;

  it('declares the cache’s ETag, Cache-Control and X-Cache and a 304 on every JSON read under /v1', async () => {
    const app = await buildTestApp();
    const document = (await app.inject('/openapi.json')).json();
    const reads = Object.entries(document.paths as Record<string, { get?: { responses: Responses } }>).filter(
      ([path, item]) => path.startsWith('/v1/') && item.get?.responses['200']?.content?.['application/json'],
    );
    expect(reads.length).toBeGreaterThan(30);
    for (const [path, item] of reads) {
      const { responses } = item.get!;
      expect(Object.keys(responses['200']!.headers ?? {}), path).toEqual(
        expect.arrayContaining(['ETag', 'Cache-Control', 'X-Cache']),
      );
      expect(responses['304'], path).toBeDefined();
    }
    const list = document.paths['/v1/demands'].get.responses as Responses;
    expect(Object.keys(list['200']!.headers!)).toEqual(expect.arrayContaining(['Link', 'Content-Disposition']));
    const create = document.paths['/v1/demands'].post.responses as Responses;
    expect(Object.keys(create['401']!.headers!)).toEqual(['WWW-Authenticate']);
  });

  it('sends the headers it declares', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/demands?limit=1');
    expect(response.headers).toMatchObject({
      etag: expect.any(String),
      'cache-control': 'no-cache',
      'x-cache': 'miss',
      link: expect.stringMatching(/rel="next"$/),
    });
    const again = await app.inject({ url: '/v1/demands?limit=1', headers: { 'if-none-match': response.headers.etag } });
    expect(again.statusCode).toBe(304);
    expect(again.headers['x-cache']).toBe('hit');
  });

  it('declares Retry-After with every 429 and 503, and WWW-Authenticate with every 401', async () => {
    const app = await buildTestApp();
    const document = (await app.inject('/openapi.json')).json();
    const operations = Object.values(
      document.paths as Record<string, Record<string, { responses: Responses }>>,
    ).flatMap((item) => Object.values(item));
    let unauthorized = 0;
    for (const { responses } of operations) {
      for (const status of ['429', '503']) {
        if (responses[status]) expect(Object.keys(responses[status].headers ?? {})).toContain('Retry-After');
      }
      if (responses['401']) {
        unauthorized++;
        expect(Object.keys(responses['401'].headers ?? {})).toEqual(['WWW-Authenticate']);
      }
    }
    expect(unauthorized).toBeGreaterThan(10);
    expect(problemResponses(404)[404].headers).toBeUndefined();
  });
});

describe('servers', () => {
  it('names an absolute server URL with variables, the default being the local server', () => {
    const document = JSON.parse(readCommittedOpenApiDocument()!);
    expect(document.servers).toEqual([
      expect.objectContaining({
        url: '{scheme}://{host}',
        variables: {
          scheme: { default: 'http', enum: ['http', 'https'] },
          host: expect.objectContaining({ default: '127.0.0.1:3000' }),
        },
      }),
    ]);
  });

  it('serves the document with the variables defaulting to the server that answers', async () => {
    const app = await buildTestApp();
    for (const url of ['/openapi.json', '/docs/json']) {
      const document = (await app.inject({ url, headers: { host: 'api.example.org:8443' } })).json();
      expect(document.servers[0].variables.host.default, url).toBe('api.example.org:8443');
      expect(document.servers[0].variables.scheme.default, url).toBe('http');
    }
  });
});

describe('openapi/openapi.json', () => {
  it('publishes the dataset format beside it, as committed', async () => {
    const app = await buildTestApp();
    const served = (await app.inject('/dataset.schema.json')).json();
    expect(`${JSON.stringify(served, null, 2)}\n`).toBe(readCommittedDatasetSchema());
    expect(served.properties.source.required).toContain('id');
  });

  it('matches the document the app generates (run `npm run openapi` after changing a route)', async () => {
    expect(readCommittedOpenApiDocument()).toBe(await renderOpenApiDocument());
  });
});

describe('openapi/openapi-types.d.ts', () => {
  it('matches the types openapi-typescript generates from the committed document', async () => {
    const committed = readCommittedOpenApiDocument();
    expect(committed).toBeDefined();
    expect(readCommittedClientTypes()).toBe(await renderClientTypes(committed!));
  });
});

describe('GET /docs', () => {
  it('serves Swagger UI', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger-ui');
  });

  // Swagger UI runs in an instance of its own, loaded on first use (plugins/swagger-ui.ts): its answers
  // pass through the API unchanged, and its failures are the API's problems.
  it('serves its files with their validators: HEAD, 304 and ranges as a file server answers them', async () => {
    const app = await buildTestApp();
    const css = await app.inject('/docs/static/swagger-ui.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(Number(css.headers['content-length'])).toBe(css.rawPayload.length);
    const head = await app.inject({ method: 'HEAD', url: '/docs/static/swagger-ui.css' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(css.headers['content-length']);
    expect(head.body).toBe('');
    const etag = String(css.headers.etag);
    const notModified = await app.inject({ url: '/docs/static/swagger-ui.css', headers: { 'if-none-match': etag } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.headers['content-type']).toBeUndefined();
    expect(notModified.body).toBe('');
    const range = await app.inject({ url: '/docs/static/swagger-ui.css', headers: { range: 'bytes=0-99' } });
    expect(range.statusCode).toBe(206);
    expect(range.body).toBe(css.body.slice(0, 100));
    const redirect = await app.inject('/docs/static/index.html');
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe('/docs/');
  });

  it('serves the document from the host and protocol the API reads, behind a trusted proxy or not', async () => {
    const headers = { host: 'internal:3000', 'x-forwarded-host': 'api.example.org', 'x-forwarded-proto': 'https' };
    for (const trustProxy of [true, false]) {
      const app = await buildApp({ logLevel: 'silent', trustProxy }, { db: createTestDatabase() });
      try {
        const { variables } = (await app.inject({ url: '/docs/json', headers })).json().servers[0];
        expect([variables.scheme.default, variables.host.default]).toEqual(
          trustProxy ? ['https', 'api.example.org'] : ['http', 'internal:3000'],
        );
      } finally {
        await app.close();
      }
    }
  });

  it('answers a file it does not have, a bad range and another method with the API’s problems', async () => {
    const app = await buildTestApp();
    expectProblem(await app.inject('/docs/static/missing.js'), 404, 'route_not_found');
    expectProblem(await app.inject('/docs/missing'), 404, 'route_not_found');
    const range = await app.inject({ url: '/docs/static/swagger-ui.css', headers: { range: 'bytes=999999999-' } });
    expect(range.statusCode).toBe(416);
    expect(range.headers['content-type']).toMatch(/^application\/problem\+json/);
    const post = await app.inject({ method: 'POST', url: '/docs/json' });
    expectProblem(post, 405, 'method_not_allowed');
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
