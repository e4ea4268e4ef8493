import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { recordsAdded } from '../domain/datasets/import.js';
import { describeDerivationFailure, reportDerivationFailures } from '../domain/derivation-failures.js';
import { seedDatabase } from '../seed/seed-database.js';

const config = loadConfig();
const db = openDatabase(config.databasePath);
reportDerivationFailures(db, (failure) => console.error(describeDerivationFailure(failure)));
const applied = migrateDatabase(db);
if (applied.length > 0) console.log(`Migrated ${config.databasePath}: applied ${applied.join(', ')}`);
for (const { sourceId, added } of seedDatabase(db)) {
  console.log(`Seeded ${config.databasePath} from source ${sourceId}: ${recordsAdded(added)} new records`);
}
db.$client.close();
