import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { openMigratedMemoryDatabase } from './db/client.js';

export const openApiPath = resolve(dirname(fileURLToPath(import.meta.url)), '../openapi/openapi.json');

/** The OpenAPI document exactly as the app serves it, formatted as committed. */
export async function renderOpenApiDocument(): Promise<string> {
  const app = await buildApp({ logLevel: 'silent' }, { db: openMigratedMemoryDatabase() });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

export function readCommittedOpenApiDocument(): string | undefined {
  try {
    return readFileSync(openApiPath, 'utf8');
  } catch {
    return undefined;
  }
}

export function writeOpenApiDocument(document: string): void {
  writeFileSync(openApiPath, document);
}
