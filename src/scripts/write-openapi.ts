import {
  clientTypesPath,
  openApiPath,
  readCommittedClientTypes,
  readCommittedOpenApiDocument,
  renderClientTypes,
  renderOpenApiDocument,
  writeOpenApiArtifacts,
} from '../openapi.js';

const check = process.argv.includes('--check');
const document = await renderOpenApiDocument();
const clientTypes = await renderClientTypes(document);

if (check) {
  const stale = [
    readCommittedOpenApiDocument() !== document && openApiPath,
    readCommittedClientTypes() !== clientTypes && clientTypesPath,
  ].filter(Boolean);
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.join(', ')}. Run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log('openapi/openapi.json and openapi/openapi-types.d.ts are up to date.');
} else {
  writeOpenApiArtifacts(document, clientTypes);
  console.log(`Wrote ${openApiPath} and ${clientTypesPath}`);
}
