import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { DatasetError, importDataset } from '../domain/datasets/import.js';
import { describeDerivationFailure, reportDerivationFailures } from '../domain/derivation-failures.js';
import { readDatasetFile, SeedIntegrityError } from '../seed/seed-database.js';

/**
 * Imports dataset files into the configured database, each all or nothing:
 * `npm run import -- FILE [FILE…]`. Importing a file again changes nothing.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import -- FILE [FILE…]  (dataset JSON: see README, "Adding data")');
  process.exit(2);
}
const config = loadConfig();
const db = openDatabase(config.databasePath);
reportDerivationFailures(db, (failure) => console.error(describeDerivationFailure(failure)));
migrateDatabase(db);
let failed = false;
for (const file of files) {
  try {
    const { dataset, text } = readDatasetFile(resolve(file));
    const { sourceId, added } = importDataset(db, dataset, text);
    const counts = Object.entries(added).filter(([, n]) => n > 0);
    console.log(
      `${file}: source ${sourceId}: ${
        counts.length > 0 ? counts.map(([kind, n]) => `${n} ${kind}`).join(', ') : 'nothing new (imported before)'
      }`,
    );
  } catch (error) {
    failed = true;
    if (error instanceof DatasetError) {
      console.error(`${file}: not imported:\n${error.problems.map((p) => `- ${p.path}: ${p.message}`).join('\n')}`);
    } else if (error instanceof SeedIntegrityError) {
      console.error(`${file}: not imported: ${error.message}`);
    } else throw error;
  }
}
db.$client.close();
process.exit(failed ? 1 : 0);
