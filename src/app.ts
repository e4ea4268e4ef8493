import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { type AppConfig, defaultConfig } from './config.js';
import type { AppDatabase } from './db/client.js';
import { cursorSecretOf } from './db/settings.js';
import { useCursorSecret } from './domain/paging/cursor.js';
import { serializerCompiler } from './http/serializer.js';
import { mergePatchType } from './http/write-routes.js';
import auth from './plugins/auth.js';
import database from './plugins/database.js';
import docs from './plugins/docs.js';
import errors, { answerClientError, answerFrameworkError } from './plugins/errors.js';
import exportsPlugin from './plugins/exports.js';
import loadShedding from './plugins/load-shedding.js';
import requestLog from './plugins/request-log.js';
import responseCache, { type ResponseCacheOptions } from './plugins/response-cache.js';
import securityHeaders from './plugins/security-headers.js';
import sparseFields from './plugins/sparse-fields.js';
import actorsRoutes from './routes/actors/index.js';
import changesRoutes from './routes/changes/index.js';
import demandsRoutes from './routes/demands/index.js';
import healthRoutes from './routes/health.js';
import historyRoutes, { revisionsRoutes } from './routes/history/index.js';
import homeRoutes from './routes/home.js';
import importsRoutes from './routes/imports/index.js';
import issuesRoutes from './routes/issues/index.js';
import keysRoutes from './routes/keys/index.js';
import meetingsRoutes from './routes/meetings/index.js';
import partiesRoutes from './routes/parties/index.js';
import positionsRoutes from './routes/positions/index.js';
import proposalsRoutes from './routes/proposals/index.js';
import reasonsRoutes from './routes/reasons/index.js';
import responsesRoutes from './routes/responses/index.js';
import searchRoutes from './routes/search/index.js';
import sourcesRoutes from './routes/sources/index.js';
import statementsRoutes from './routes/statements/index.js';
import timelineRoutes from './routes/timeline/index.js';

/** What buildApp reads from the configuration; anything not given takes its documented default. */
export type AppOptions = Partial<AppConfig> & {
  /** How often load is sampled for the overload check (tests sample faster). */
  pressureSampleIntervalMs?: number;
};

export interface AppDependencies {
  db: AppDatabase;
  /** Bounds of the in-memory response cache (defaults suit a server). */
  cache?: ResponseCacheOptions;
  /** Where log lines go (default: stdout); tests read them. */
  logStream?: NodeJS.WritableStream;
}

/** A client's `X-Request-Id` is kept when it is a plain token; anything else gets an id of ours. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

function loggerOptions(logLevel: AppConfig['logLevel'], stream: NodeJS.WritableStream | undefined) {
  if (logLevel === 'silent' && !stream) return false;
  return {
    level: logLevel,
    ...(stream ? { stream } : {}),
    // Fastify's serializers log method, URL, host and IP only; should headers ever be logged, API keys
    // and cookies never are.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
  } satisfies FastifyServerOptions['logger'];
}

/** Builds the app over the given database; never listens (see server.ts). The app closes the database. */
export async function buildApp(options: AppOptions, { db, cache, logStream }: AppDependencies) {
  const config: AppConfig = { ...defaultConfig, ...options };
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    // Every log line of a request carries its id as `requestId`, the same id sent back in `X-Request-Id`.
    // and one line per request (plugins/request-log.ts) instead of Fastify's two.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    // Reject ambiguous requests early rather than guessing: bodies over 1 MiB, overlong params.
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // Slow clients cannot hold a connection: the whole request within requestTimeout, its headers
    // within headersTimeout (checked every connectionsCheckingInterval), idle keep-alive within keepAliveTimeout.
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(config.headersTimeoutMs, config.requestTimeoutMs),
      connectionsCheckingInterval: config.connectionsCheckingIntervalMs,
    },
    // On close: idle keep-alive sockets are closed at once, in-flight requests finish; requests that
    // still arrive get our own 503 problem (load-shedding.ts), not Fastify's plain one.
    forceCloseConnections: 'idle',
    // Behind a reverse proxy, the client IP (rate limits are per IP) comes from X-Forwarded-For.
    trustProxy: typeof config.trustProxy === 'boolean' ? config.trustProxy : [...config.trustProxy],
    return503OnClosing: false,
  });
  app.server.maxConnections = config.maxConnections;
  useCursorSecret(db, cursorSecretOf(db.$client, config.cursorSecret));

  await app.register(requestLog);
  await app.register(errors);
  // PATCH bodies are JSON merge patches (RFC 7396): JSON, under their own media type.
  app.addContentTypeParser(mergePatchType, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  await app.register(securityHeaders, { corsOrigins: config.corsOrigins });
  await app.register(loadShedding, {
    rateLimit: config.rateLimit,
    maxEventLoopDelayMs: config.maxEventLoopDelayMs,
    maxRssBytes: config.maxRssBytes,
    ...(options.pressureSampleIntervalMs ? { pressureSampleIntervalMs: options.pressureSampleIntervalMs } : {}),
  });
  await app.register(database, { db });
  await app.register(auth, { readsRequireKey: config.readsRequireKey });
  await app.register(exportsPlugin, { max: config.exportConcurrency });
  await app.register(docs);
  // Before the cache: the answers it keeps, and their ETags, are the trimmed ones.
  await app.register(sparseFields);
  await app.register(responseCache, cache ?? {});

  // The zod compilers live in the scope holding the zod routes, apart from the docs plugin's own routes:
  // requests are parsed by zod, answers written by serializers compiled from the zod schemas.
  await app.register(async (api) => {
    api.setValidatorCompiler(validatorCompiler);
    api.setSerializerCompiler(serializerCompiler);
    await api.register(homeRoutes);
    await api.register(healthRoutes);
    await api.register(
      async (v1) => {
        for (const routes of [
          partiesRoutes,
          actorsRoutes,
          issuesRoutes,
          proposalsRoutes,
          demandsRoutes,
          responsesRoutes,
          reasonsRoutes,
          statementsRoutes,
          meetingsRoutes,
          sourcesRoutes,
          historyRoutes,
          revisionsRoutes,
          importsRoutes,
          changesRoutes,
          keysRoutes,
          positionsRoutes,
          timelineRoutes,
          searchRoutes,
        ]) {
          await v1.register(routes);
        }
      },
      { prefix: '/v1' },
    );
  });

  return app;
}
