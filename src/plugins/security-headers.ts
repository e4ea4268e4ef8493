import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer (helmet), with a Content-Security-Policy that lets an API answer
 * load nothing at all; Swagger UI's pages set their own, stricter than helmet's default (see docs.ts).
 * CORS is off unless origins are listed: then exactly those origins may read answers and their headers.
 */
export default fp<{ corsOrigins: readonly string[] }>(
  async (app, { corsOrigins }) => {
    await app.register(helmet, {
      global: true,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
    });
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
