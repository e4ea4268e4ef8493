import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openMigratedMemoryDatabase } from './db/client.js';
import { openApiDirectory, projectRoot } from './paths.js';

export const openApiPath = resolve(openApiDirectory, 'openapi.json');
/** The seed's records as OpenAPI examples, rendered as a module the server imports. */
export const examplesPath = resolve(projectRoot, 'src/http/examples.generated.ts');
/** The JSON Schema of the dataset format (imports, the seed), beside the OpenAPI document. */
export const datasetSchemaPath = resolve(openApiDirectory, 'dataset.schema.json');
/** TypeScript types for clients, generated from the committed document with openapi-typescript. */
export const clientTypesPath = resolve(openApiDirectory, 'openapi-types.d.ts');

/** The OpenAPI document exactly as the app serves it, formatted as committed. */
export async function renderOpenApiDocument(): Promise<string> {
  // Imported late, so that a run that has just rewritten the examples module renders with them.
  const { buildApp } = await import('./app.js');
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
  // A field with a default may be left out of a request: do not type it as required.
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
  const header = '// Generated from openapi/openapi.json by `npm run openapi`; do not edit.\n\n';
  return header + astToString(ast);
}

/** The examples module for the seed's records (the seed is read here, at build time, never by the server). */
export async function renderExamplesModule(): Promise<string> {
  const { examplesFromSeed } = await import('./openapi-examples.js');
  const examples = await examplesFromSeed();
  return [
    '// Generated from seed/ by `npm run openapi`; do not edit.',
    "import type { Examples } from './example-types.js';",
    '',
    `export const generatedExamples = ${JSON.stringify(examples, null, 2)} satisfies Examples;`,
    '',
  ].join('\n');
}

/** The dataset format's JSON Schema, as committed. */
export async function renderDatasetSchema(): Promise<string> {
  const { datasetJsonSchema } = await import('./domain/datasets/json-schema.js');
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
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
export const readCommittedExamples = () => readIfPresent(examplesPath);
export const readCommittedDatasetSchema = () => readIfPresent(datasetSchemaPath);

export function writeOpenApiArtifacts(document: string, clientTypes: string): void {
  writeFileSync(openApiPath, document);
  writeFileSync(clientTypesPath, clientTypes);
}
