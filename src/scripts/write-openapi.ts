import { openApiPath, readCommittedOpenApiDocument, renderOpenApiDocument, writeOpenApiDocument } from '../openapi.js';

const check = process.argv.includes('--check');
const generated = await renderOpenApiDocument();

if (check) {
  if (readCommittedOpenApiDocument() !== generated) {
    console.error(`${openApiPath} is out of date: run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${openApiPath} is up to date.`);
} else {
  writeOpenApiDocument(generated);
  console.log(`Wrote ${openApiPath}`);
}
