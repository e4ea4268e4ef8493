import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';
import { isDatabaseEmpty, seedDatabase } from './seed/seed-database.js';

async function main() {
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  migrateDatabase(db);
  if (config.seedOnStart && isDatabaseEmpty(db)) seedDatabase(db);

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
