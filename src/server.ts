import { buildApp } from './app.js';
import { type AppConfig, ConfigError, loadConfig } from './config.js';
import { type AppDatabase, migrateDatabase, openDatabase, probeWriteLock } from './db/client.js';
import { describeDatabaseFailure } from './db/failures.js';
import { cursorSecretOf } from './db/settings.js';
import { type ImportSummary, recordsAdded } from './domain/datasets/import.js';
import { refreshStaleDataBetweenRequests } from './domain/write.js';

/** A start-up failure worth one clear line, not a stack trace. */
class StartupError extends Error {
  override name = 'StartupError';
}

/** The database ready to serve, with the migrations applied and what the seed loaded, for the log. */
type PreparedDatabase = { db: AppDatabase; migrations: string[]; seeded: ImportSummary[] };

/** Opens, migrates and (when empty) seeds the database; any failure becomes one line naming DATABASE_PATH. */
async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  let db: AppDatabase | undefined;
  try {
    db = openDatabase(config.databasePath, { busyTimeoutMs: config.databaseBusyTimeoutMs });
    // A server must be able to write: refuse a read-only file, and wait (a bounded time) for a lock.
    probeWriteLock(db, () =>
      console.log(
        `Waiting up to ${config.databaseBusyTimeoutMs} ms (DATABASE_BUSY_TIMEOUT_MS) for another process ` +
          `to release the lock on DATABASE_PATH=${config.databasePath}`,
      ),
    );
    const migrations = migrateDatabase(db);
    // The one write a server may need at start, done once ever: the secret that signs cursors.
    cursorSecretOf(db.$client, config.cursorSecret);
    if (config.seedOnStart) {
      // Loaded only when seeding, so a server that does not seed runs without `seed/` on disk.
      const { isDatabaseEmpty, seedDatabase } = await import('./seed/seed-database.js');
      if (isDatabaseEmpty(db)) return { db, migrations, seeded: seedDatabase(db) };
    }
    return { db, migrations, seeded: [] };
  } catch (error) {
    if (db?.$client.open) db.$client.close();
    const cause = describeDatabaseFailure(error, config.databaseBusyTimeoutMs);
    if (!cause) throw error;
    throw new StartupError(`Cannot use the database at DATABASE_PATH=${config.databasePath}: ${cause}`);
  }
}

async function main() {
  const config = loadConfig();
  const { db, migrations, seeded } = await prepareDatabase(config);
  const app = await buildApp(config, { db });
  app.log.info(
    { database: config.databasePath, migrations },
    migrations.length > 0
      ? `applied ${migrations.length} migration(s) to ${config.databasePath}: ${migrations.join(', ')}`
      : `database ${config.databasePath} is up to date (no migration to apply)`,
  );
  for (const { sourceId, added } of seeded) {
    const records = recordsAdded(added);
    app.log.info(
      { sourceId, records, added },
      `seeded ${records} records and ${added.evidence ?? 0} quotes from source ${sourceId}`,
    );
  }

  // Stop accepting, let in-flight requests finish, cut running exports, close idle keep-alive
  // sockets and the database (app.close does all of it); exit 1 if that takes longer than the bound.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      app.log.error({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    await app.close();
    app.log.info('closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(`API docs at http://${config.host}:${config.port}/docs`);

  // What a migration (or a write that bypassed the API) left stale is stored again while the server
  // answers: reads derive it meanwhile. After an upgrade at 100,000 demands that takes seconds, not a start.
  // A failure here (a full disk, say) is logged, not fatal: what is left stale stays correct, only slower.
  try {
    const refreshed = await refreshStaleDataBetweenRequests(db, {
      stopped: () => stopping,
      onBusy: (error) => app.log.warn({ err: error }, 'another process holds the database lock; catching up later'),
    });
    if (refreshed > 0) app.log.info({ refreshed }, `stored again ${refreshed} stale topics' positions and records`);
  } catch (error) {
    app.log.error({ err: error }, 'could not store stale positions and records; reads derive them');
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
