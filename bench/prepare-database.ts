import { existsSync, renameSync, rmSync } from 'node:fs';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { refreshStaleData } from '../src/domain/write.js';
import { seedDatabase } from '../src/seed/seed-database.js';
import { generateSyntheticData } from '../test/support/synthetic-dataset.js';

/**
 * Writes the seed plus a synthetic dataset of `demands` demands to `path`, unless it is there already; one
 * built by an earlier version is brought up to date (migrations, stored positions) before the servers start.
 */
export function prepareDatabase(path: string, demands: number): void {
  if (existsSync(path)) {
    const db = openDatabase(path);
    migrateDatabase(db);
    refreshStaleData(db);
    db.$client.close();
    return;
  }
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openDatabase(building);
  migrateDatabase(db);
  seedDatabase(db);
  if (demands > 0) {
    const started = performance.now();
    const summary = generateSyntheticData(db, { demands, seed: 1 });
    console.log(`generated ${JSON.stringify(summary)} in ${Math.round(performance.now() - started)} ms`);
  }
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.exec('VACUUM');
  db.$client.close();
  renameSync(building, path);
}
