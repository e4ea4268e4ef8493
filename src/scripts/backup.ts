import { loadConfig } from '../config.js';
import { backupDatabase } from '../db/backup.js';

// `npm run db:backup -- FILE`: an online backup of DATABASE_PATH into FILE, while the server runs.
const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- FILE');
  process.exit(2);
}
const config = loadConfig();
try {
  const { pages } = await backupDatabase(config.databasePath, target, { busyTimeoutMs: config.databaseBusyTimeoutMs });
  console.log(`Backed up ${config.databasePath} to ${target} (${pages} pages, integrity ok)`);
} catch (error) {
  console.error(`Backup of DATABASE_PATH=${config.databasePath} failed: ${(error as Error).message}`);
  process.exit(1);
}
