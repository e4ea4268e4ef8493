import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

/** Generated files are as their generators write them; everything else is ours. */
const generated = new Set(['src/http/examples.generated.ts', 'openapi/openapi-types.d.ts']);

describe('source files', () => {
  it('have no line over 120 characters', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && !generated.has(file) && !file.startsWith('node_modules/'));
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(join(projectRoot, file), 'utf8');
      } catch {
        return []; // listed by git but deleted in the work tree
      }
      return text
        .split('\n')
        .flatMap((line, index) => ([...line].length > 120 ? [`${file}:${index + 1} (${[...line].length})`] : []));
    });
    expect(long).toEqual([]);
  });
});
