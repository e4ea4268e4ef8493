import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { describeDerivationFailure, reportDerivationFailures } from '../domain/derivation-failures.js';
import { refreshStaleData } from '../domain/write.js';

const config = loadConfig();
const db = openDatabase(config.databasePath);
reportDerivationFailures(db, (failure) => console.error(describeDerivationFailure(failure)));
const applied = migrateDatabase(db);
const refreshed = refreshStaleData(db);
db.$client.close();
console.log(
  applied.length > 0
    ? `Migrated ${config.databasePath}: applied ${applied.join(', ')}`
    : `${config.databasePath} is up to date (no migration to apply)`,
);
if (refreshed > 0) console.log(`Stored again ${refreshed} stale topics' positions and records as answered`);
