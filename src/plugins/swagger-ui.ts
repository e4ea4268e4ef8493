import type { IncomingMessage } from 'node:http';
import swagger from '@fastify/swagger';
import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * The paths @fastify/swagger-ui answers under its prefix (its lib/routes.js), registered on the API so
 * that they route, log, rate-limit and answer 405 exactly as before; the plugin itself answers them.
 */
const uiPaths = ['', '/static/index.html', '/static/swagger-initializer.js', '/json', '/yaml', '/static/*'];

/** Response headers that belong to the inner exchange, not to the answer passed on. */
const hopHeaders = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

/**
 * Swagger UI at `routePrefix`, loaded on the first request for it rather than at start: the plugin and
 * what it loads (@fastify/static, yaml) cost about a sixth of the server's start-up (bench/results.md).
 *
 * The API cannot register routes once it listens, so the plugin runs in a Fastify instance of its own,
 * built on the first request over the API's document, and each request under the prefix is passed to it
 * (`inject`) and its answer sent back. Failures come back as they would have: a file it does not have is
 * the API's own 404 (the not-found handler), an error goes to the API's error handler.
 */
export function registerLazySwaggerUi(app: FastifyInstance, options: FastifySwaggerUiOptions): void {
  const prefix = options.routePrefix ?? '/documentation';
  let ui: Promise<SwaggerUiApp> | undefined;
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    ui ??= buildSwaggerUi(app, options).catch((error: unknown) => {
      ui = undefined;
      throw error;
    });
    const answer = await (await ui).answer(request);
    // Its headers (its CSP above all) stand on its failures too, as they did on the plugin's own routes.
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !hopHeaders.has(name)) reply.header(name, value);
    }
    if (answer.error) throw answer.error;
    if (answer.notFound) return reply.callNotFound();
    reply.code(answer.statusCode);
    // A redirect or a 304 has no body, and no content type.
    return answer.payload.length > 0 ? reply.send(answer.payload) : reply.send();
  };
  for (const path of uiPaths) app.get(`${prefix}${path}`, { schema: { hide: true } }, handler);
  app.addHook('onClose', async () => {
    await (await ui?.catch(() => undefined))?.close();
  });
}

type SwaggerUiAnswer = {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  payload: Buffer;
  /** The plugin found nothing to answer with (a file it does not have). */
  notFound: boolean;
  /** What the plugin threw, to be answered by the API's error handler. */
  error?: Error;
};

type SwaggerUiApp = { answer(request: FastifyRequest): Promise<SwaggerUiAnswer>; close(): Promise<void> };

async function buildSwaggerUi(api: FastifyInstance, options: FastifySwaggerUiOptions): Promise<SwaggerUiApp> {
  const { default: swaggerUi } = await import('@fastify/swagger-ui');
  // Only this module's `inject` reaches it, and it sets the forwarded host and protocol (from the API's
  // own reading of the request, behind a proxy or not): trusting them hands the plugin what the API saw.
  const inner = Fastify({ logger: false, trustProxy: true, routerOptions: { ignoreTrailingSlash: true } });
  const notFound = new WeakSet<IncomingMessage>();
  const errors = new WeakMap<IncomingMessage, Error>();
  inner.setNotFoundHandler((request, reply) => {
    notFound.add(request.raw);
    return reply.code(404).send();
  });
  inner.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    errors.set(request.raw, error);
    return reply.code(error.statusCode ?? 500).send();
  });
  // The API's document (generated once, on first use), as @fastify/swagger serves a given document.
  await inner.register(swagger, { mode: 'static', specification: { document: api.swagger() as never } });
  await inner.register(swaggerUi, options);
  await inner.ready();
  return {
    async answer(request) {
      const response = await inner.inject({
        // The API answers HEAD from GET's answer (exposeHeadRoutes), as the plugin's own routes did.
        method: 'GET',
        url: request.url,
        headers: { ...request.headers, 'x-forwarded-host': request.host, 'x-forwarded-proto': request.protocol },
      });
      const raw = response.raw.req;
      return {
        statusCode: response.statusCode,
        headers: response.headers,
        payload: response.rawPayload,
        notFound: notFound.has(raw),
        ...(errors.has(raw) ? { error: errors.get(raw) } : {}),
      };
    },
    close: () => inner.close(),
  };
}
