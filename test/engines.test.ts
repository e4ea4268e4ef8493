import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

// npm's own range matching: an engine warning (EBADENGINE) is a package whose range this says no to.
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

const readJson = (file: string) => JSON.parse(readFileSync(join(projectRoot, file), 'utf8'));
const supported = readJson('package.json').engines.node as string;
const lock = readJson('package-lock.json') as { packages: Record<string, { engines?: { node?: string } | string[] }> };

describe('supported Node versions', () => {
  it('are stated in package.json and the README alike', () => {
    expect(supported).toBe('^20.19.0 || >=22.13.0');
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19 or later on the 20 line');
    expect(readme).toContain('or 22.13 or later');
  });

  it.each(['20.19.0', '22.13.0', process.versions.node])(
    'Node %s installs every locked package without an engine warning',
    (version) => {
      expect(semver.satisfies(version, supported)).toBe(true);
      const refused = Object.entries(lock.packages).flatMap(([name, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(version, range) ? [`${name || 'the project'} wants node ${range}`] : [];
      });
      expect(refused).toEqual([]);
    },
  );
});

describe('installing', () => {
  it('the README says better-sqlite3 may compile from source, silently for minutes, and what that needs', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const run = readme.slice(readme.indexOf('## Run it'), readme.indexOf('## A one-minute tour'));
    expect(run).toMatch(/better-sqlite3/);
    expect(run).toMatch(/compiles SQLite and the binding from source/);
    expect(run).toMatch(/a few minutes during which `npm ci` prints\s+nothing/);
    expect(run).toMatch(/`apt-get install python3 make g\+\+`/);
  });
});
