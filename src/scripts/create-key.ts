import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { keyRoles } from '../db/schema.js';
import { DomainError } from '../domain/errors.js';
import { createKey } from '../domain/keys/keys.js';

/** `npm run keys:create -- --name NAME --role editor|admin`: prints a new API key, this once. */
const { values } = parseArgs({ options: { name: { type: 'string' }, role: { type: 'string', default: 'editor' } } });
const role = keyRoles.find((candidate) => candidate === values.role);
if (!values.name || !role) {
  console.error(`usage: npm run keys:create -- --name NAME --role ${keyRoles.join('|')}`);
  process.exit(2);
}
const db = openDatabase(loadConfig().databasePath);
migrateDatabase(db);
try {
  const { key, apiKey } = createKey(db, values.name, role);
  console.error(`Created ${apiKey.role} key '${apiKey.name}'. It is shown once; keep it:`);
  console.log(key);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
