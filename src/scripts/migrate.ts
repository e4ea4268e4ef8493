import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';

const config = loadConfig();
const db = openDatabase(config.databasePath);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${config.databasePath}`);
