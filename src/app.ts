import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.js';
import type { AppDatabase } from './db/client.js';
import { mergePatchType } from './http/write-routes.js';
import auth from './plugins/auth.js';
import database from './plugins/database.js';
import docs from './plugins/docs.js';
import errors, { answerFrameworkError } from './plugins/errors.js';
import responseCache, { type ResponseCacheOptions } from './plugins/response-cache.js';
import actorsRoutes from './routes/actors/index.js';
import changesRoutes from './routes/changes/index.js';
import demandsRoutes from './routes/demands/index.js';
import healthRoutes from './routes/health.js';
import historyRoutes, { revisionsRoutes } from './routes/history/index.js';
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

export interface AppDependencies {
  db: AppDatabase;
  /** Bounds of the in-memory response cache (defaults suit a server). */
  cache?: ResponseCacheOptions;
}

/** Builds the app over the given database; never listens (see server.ts). The app closes the database. */
export async function buildApp(
  config: Pick<AppConfig, 'logLevel'> & Partial<Pick<AppConfig, 'readsRequireKey'>>,
  { db, cache }: AppDependencies,
) {
  const app = Fastify({
    // API keys must never reach a log line.
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.authorization'] },
    // Reject ambiguous requests early rather than guessing: bodies over 1 MiB, overlong params.
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    frameworkErrors: answerFrameworkError,
  });

  await app.register(errors);
  // PATCH bodies are JSON merge patches (RFC 7396): JSON, under their own media type.
  app.addContentTypeParser(mergePatchType, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  await app.register(database, { db });
  await app.register(auth, { readsRequireKey: config.readsRequireKey ?? false });
  await app.register(docs);
  await app.register(responseCache, cache ?? {});

  // The zod compilers live in the scope holding the zod routes, apart from the docs plugin's own routes.
  await app.register(async (api) => {
    api.setValidatorCompiler(validatorCompiler);
    api.setSerializerCompiler(serializerCompiler);
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
