import { triggerMigration } from '../db/triggers.js';

/**
 * Prints the SQL that (re)creates the triggers of the named tables, from the declaration in
 * src/db/triggers.ts, for a custom migration: `npm run db:triggers -- demands reasons`.
 */
const tables = process.argv.slice(2);
console.log(triggerMigration(tables.length > 0 ? tables : undefined));
