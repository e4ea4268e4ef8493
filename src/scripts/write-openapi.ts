import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  clientTypesPath,
  datasetSchemaPath,
  examplesPath,
  openApiPath,
  readCommittedClientTypes,
  readCommittedDatasetSchema,
  readCommittedExamples,
  readCommittedOpenApiDocument,
  renderClientTypes,
  renderDatasetSchema,
  renderExamplesModule,
  renderOpenApiDocument,
  writeOpenApiArtifacts,
} from '../openapi.js';

const check = process.argv.includes('--check');
const examples = await renderExamplesModule();
if (check && readCommittedExamples() !== examples) {
  console.error(`Out of date: ${examplesPath}. Run \`npm run openapi\` and commit the result.`);
  process.exit(1);
}
// The document embeds the examples: after rewriting them, render it in a fresh process, since this one
// has loaded the app (to answer the seed's requests) with the examples it had before.
if (!check && readCommittedExamples() !== examples) {
  writeFileSync(examplesPath, examples);
  execFileSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(0);
}
const document = await renderOpenApiDocument();
const clientTypes = await renderClientTypes(document);
const datasetSchema = await renderDatasetSchema();

if (check) {
  const stale = [
    readCommittedOpenApiDocument() !== document && openApiPath,
    readCommittedClientTypes() !== clientTypes && clientTypesPath,
    readCommittedDatasetSchema() !== datasetSchema && datasetSchemaPath,
  ].filter(Boolean);
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.join(', ')}. Run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log(
    'Up to date: the examples module, openapi/openapi.json, openapi/openapi-types.d.ts, openapi/dataset.schema.json.',
  );
} else {
  writeOpenApiArtifacts(document, clientTypes);
  writeFileSync(datasetSchemaPath, datasetSchema);
  console.log(`Wrote ${examplesPath}, ${openApiPath}, ${clientTypesPath} and ${datasetSchemaPath}`);
}
