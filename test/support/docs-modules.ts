/**
 * Run by test/docs-loading.test.ts in a process of its own (the test workers share loaded modules):
 * prints, as JSON, which of Swagger UI's packages are loaded once the app is ready, then after a
 * request for /docs.
 */
import { createRequire } from 'node:module';
import { buildApp } from '../../src/app.js';
import { openMigratedMemoryDatabase } from '../../src/db/client.js';

const uiPackages = /node_modules\/(@fastify\/swagger-ui|@fastify\/static)\//;
const loadedUiPackages = () => [
  ...new Set(Object.keys(createRequire(import.meta.url).cache).flatMap((path) => uiPackages.exec(path)?.[1] ?? [])),
];

const app = await buildApp({ logLevel: 'silent' }, { db: openMigratedMemoryDatabase() });
await app.ready();
const atStart = loadedUiPackages();
const docs = await app.inject('/docs/');
const afterDocs = loadedUiPackages();
await app.close();
console.log(JSON.stringify({ atStart, docsStatus: docs.statusCode, afterDocs }));
