import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';

async function main() {
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  migrateDatabase(db);
  if (config.seedOnStart) {
    // Loaded only when seeding, so a server that does not seed runs without `seed/` on disk.
    const { isDatabaseEmpty, seedDatabase } = await import('./seed/seed-database.js');
    if (isDatabaseEmpty(db)) seedDatabase(db);
  }

  const app = await buildApp(config, { db });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(`API docs at http://${config.host}:${config.port}/docs`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
