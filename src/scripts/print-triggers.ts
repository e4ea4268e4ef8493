import { searchBackfillMigration, searchRankMigration, triggerMigration } from '../db/triggers.js';

/**
 * Prints the SQL that (re)creates the triggers of the named tables, from the declaration in
 * src/db/triggers.ts, for a custom migration: `npm run db:triggers -- demands reasons`; with
 * `--search-backfill`, the SQL that rebuilds the search index from the data; with `--search-ranks`, the SQL
 * that moves an index without ranks to ranked row ids (migration 0011).
 */
const args = process.argv.slice(2);
if (args[0] === '--search-backfill') console.log(searchBackfillMigration());
else if (args[0] === '--search-ranks') console.log(searchRankMigration());
else console.log(triggerMigration(args.length > 0 ? args : undefined));
