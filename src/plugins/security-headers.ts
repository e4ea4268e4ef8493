import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet), with a Content-Security-Policy that lets an API answer
 * load nothing at all; Swagger UI's pages set their own, stricter than helmet's default (see docs.ts).
 * CORS is off unless origins are listed: then exactly those origins may read answers and their headers.
 */
export default fp<{ corsOrigins: readonly string[] }>(
  async (app, { corsOrigins }) => {
    // Built once: @fastify/helmet built helmet's middleware again on every request, in two hooks (one async),
    // for per-route options this API does not use (about 3 % of an uncached request's CPU).
    const securityHeaders = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
    });
    app.addHook('onRequest', (request, reply, done) =>
      securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
    );
    if (corsOrigins.length === 0) return;
    await app.register(cors, {
      origin: [...corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposedHeaders: ['link', 'etag', 'location', 'x-cache', 'x-request-id', 'retry-after', 'www-authenticate'],
      maxAge: 600,
    });
  },
  { name: 'security-headers' },
);
