import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { seedDatabase } from '../seed/seed-database.js';

const config = loadConfig();
const db = openDatabase(config.databasePath);
migrateDatabase(db);
seedDatabase(db);
db.$client.close();
console.log(`Seeded ${config.databasePath}`);
