import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.js';
import { openMigratedMemoryDatabase } from './db/client.js';
import { openApiDirectory } from './paths.js';

export const openApiPath = resolve(openApiDirectory, 'openapi.json');
/** TypeScript types for clients, generated from the committed document with openapi-typescript. */
export const clientTypesPath = resolve(openApiDirectory, 'openapi-types.d.ts');

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

/** Client types for a document, as openapi-typescript renders them (for openapi-fetch). */
export async function renderClientTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]);
  const header = '// Generated from openapi/openapi.json by `npm run openapi`; do not edit.\n\n';
  return header + astToString(ast);
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export const readCommittedOpenApiDocument = () => readIfPresent(openApiPath);
export const readCommittedClientTypes = () => readIfPresent(clientTypesPath);

export function writeOpenApiArtifacts(document: string, clientTypes: string): void {
  writeFileSync(openApiPath, document);
  writeFileSync(clientTypesPath, clientTypes);
}
