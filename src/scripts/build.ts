import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../paths.js';

/**
 * Bundles the server (and the bench's bare server) into `outdir/src/server.mjs`, keeping native and
 * file-serving packages external: the bundle needs `node_modules` and `migrations/`, never `seed/`.
 */
export async function buildServer(outdir = resolve(projectRoot, 'dist')): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [resolve(projectRoot, 'src/server.ts'), resolve(projectRoot, 'bench/bare-server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outbase: projectRoot,
    outdir,
    outExtension: { '.js': '.mjs' },
    external: ['better-sqlite3', '@fastify/swagger-ui', '@fastify/static'],
    logLevel: 'warning',
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join(' '),
    },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(projectRoot, 'src/scripts/build.ts')) await buildServer();
