import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../src/domain/datasets/import.js';
import { projectRoot } from '../src/paths.js';
import { readDatasetFile } from '../src/seed/seed-database.js';
import { buildTestApp, createTestDatabase } from './helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const curlPaths = [...readme.matchAll(/curl [^']*'http:\/\/127\.0\.0\.1:3000([^']+)'/g)].map((match) => match[1]!);
/** The datasets the README's tour imports (`npm run import -- FILE…`), imported here the same way. */
const tourImports = [...readme.matchAll(/^npm run import -- ((?:test|seed)\/\S+(?: \S+)*)$/gm)].flatMap((match) =>
  match[1]!.split(' '),
);

function tourDatabase() {
  const db = createTestDatabase();
  for (const file of tourImports) {
    const { dataset, text } = readDatasetFile(`${projectRoot}/${file}`);
    importDataset(db, dataset, text);
  }
  return db;
}

describe('README.md', () => {
  it('shows curl examples', () => {
    expect(curlPaths.length).toBeGreaterThan(10);
  });

  it('imports the datasets its tour names', () => {
    expect(tourImports).toEqual(['test/fixtures/doha-talks-held.json', 'test/fixtures/doha-talks-postponed.json']);
  });

  it('shows the contested Doha talks after the tour’s import, and their state as of the first report', async () => {
    const app = await buildTestApp({ db: tourDatabase() });
    expect((await app.inject('/v1/meetings/doha-talks')).json().contested).toBe(true);
    const before = (await app.inject('/v1/meetings/doha-talks?asOf=ceasefire-talks-report')).json();
    expect([before.status, before.contested]).toEqual(['scheduled', false]);
  });

  it.each(curlPaths)('curl %s answers as the README says', async (path) => {
    const app = await buildTestApp({ db: tourDatabase() });
    const response = await app.inject(path);
    // The one documented error example asks for an invalid status on purpose.
    if (path.includes('status=pending')) expect(response.statusCode).toBe(400);
    else expect(response.statusCode, response.body).toBe(200);
  });
});

describe('README.md: the openapi-fetch snippet', () => {
  it('compiles under module and moduleResolution NodeNext, beside the generated types', async () => {
    const snippet = /```ts\n(import createClient from 'openapi-fetch';[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toContain("from './openapi-types.js'");
    const artifacts = join(projectRoot, 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    // Inside the project, so the compiler finds openapi-fetch in node_modules.
    const directory = mkdtempSync(join(artifacts, 'readme-snippet-'));
    try {
      writeFileSync(join(directory, 'snippet.ts'), snippet!);
      copyFileSync(join(projectRoot, 'openapi/openapi-types.d.ts'), join(directory, 'openapi-types.d.ts'));
      const options = ['--noEmit', '--strict', '--skipLibCheck', '--types', 'node', '--lib', 'ES2023,DOM'];
      const target = ['--target', 'ES2023', '--module', 'NodeNext', '--moduleResolution', 'NodeNext'];
      const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
      const result = await promisify(execFile)(process.execPath, [
        tsc,
        ...options,
        ...target,
        join(directory, 'snippet.ts'),
      ])
        .then(() => '')
        .catch((error: { stdout: string }) => error.stdout);
      expect(result).toBe('');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
