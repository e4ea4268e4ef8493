/**
 * A writer for the crash test: commits one party per write through the app's write path and prints its
 * id once the commit has returned, until it is killed (bounded, should nobody kill it).
 */
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../../src/db/client.js';
import { write } from '../../src/domain/write.js';

const db = openDatabase(process.env.DATABASE_PATH!);
migrateDatabase(db);
// Ids carry the run, so a writer started again over the same file after a kill writes new rows.
const run = process.env.CRASH_RUN ?? '0';
for (let n = 0; n < 200_000; n++) {
  const id = `crash-party-${run}-${n}`;
  write(db, 'crash-test', (tx) => tx.run(sql`insert into parties (id, name, kind) values (${id}, ${id}, 'state')`));
  process.stdout.write(`${id}\n`);
  // Let stdout flush now and then, so the parent sees acknowledgements as they happen.
  if (n % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}
