import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

describe('Swagger UI at /docs', () => {
  it('is loaded on the first request for it, not when the app starts', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'test/support/docs-modules.ts')],
      {
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    const { atStart, docsStatus, afterDocs } = JSON.parse(output) as Record<string, unknown>;
    expect(atStart).toEqual([]);
    expect(docsStatus).toBe(200);
    expect(afterDocs).toEqual(expect.arrayContaining(['@fastify/swagger-ui', '@fastify/static']));
  }, 30_000);
});
