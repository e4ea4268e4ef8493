import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const curlPaths = [...readme.matchAll(/curl [^']*'http:\/\/127\.0\.0\.1:3000([^']+)'/g)].map((match) => match[1]!);

describe('README.md', () => {
  it('shows curl examples', () => {
    expect(curlPaths.length).toBeGreaterThan(10);
  });

  it.each(curlPaths)('curl %s answers as the README says', async (path) => {
    const app = await buildTestApp();
    const response = await app.inject(path);
    // The one documented error example asks for an invalid status on purpose.
    if (path.includes('status=pending')) expect(response.statusCode).toBe(400);
    else expect(response.statusCode, response.body).toBe(200);
  });
});
