import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';

/** Every module under src/ with the modules and packages it imports (statically or dynamically). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `src/${file}`);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]!);
    graph.set(
      file,
      specifiers.map((specifier) =>
        specifier.startsWith('.')
          ? relative(projectRoot, resolve(projectRoot, dirname(file), specifier)).replace(/\.js$/, '.ts')
          : specifier,
      ),
    );
  }
  return graph;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));
const layerOf = (path: string) => /^src\/(domain|routes|db|http|plugins|lib|seed|scripts)\//.exec(path)?.[1];
/** The resource folder a module belongs to in a layer (`src/domain/demands/…` → `demands`). */
const sharedFolders = new Set(['paging']);
const resourceOf = (path: string, layer: string) => {
  const folder = new RegExp(`^src/${layer}/([^/]+)/`).exec(path)?.[1];
  return folder && !sharedFolders.has(folder) ? folder : undefined;
};

describe('the import graph', () => {
  it('has no cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('runs routes → domain → db: the domain imports no Fastify nor HTTP layer, the db nothing above it', () => {
    const backwards = edges.filter(({ from, to }) => {
      const [source, target] = [layerOf(from), layerOf(to)];
      if (source === 'domain')
        return ['routes', 'http', 'plugins', 'seed', 'scripts'].includes(target ?? '') || /fastify/.test(to);
      if (source === 'db') return target !== undefined && target !== 'db' && target !== 'lib';
      if (source === 'lib') return target !== undefined && target !== 'lib';
      return false;
    });
    expect(backwards).toEqual([]);
  });

  it('has no sideways imports between resources: only the relations modules join them', () => {
    const sideways = edges.filter(({ from, to }) =>
      ['domain', 'routes'].some((layer) => {
        const [source, target] = [resourceOf(from, layer), resourceOf(to, layer)];
        return source !== undefined && target !== undefined && source !== target;
      }),
    );
    expect(sideways).toEqual([]);
  });

  it('keeps the seed out of the server: seed/ is data read by the seed loader, which only seeding code loads', () => {
    expect(edges.filter(({ to }) => to.startsWith('seed/'))).toEqual([]);
    const seedLoaders = edges.filter(({ to }) => to === 'src/seed/seed-database.ts').map(({ from }) => from);
    expect(seedLoaders.length).toBeGreaterThan(0);
    for (const from of seedLoaders) {
      expect(from.startsWith('src/scripts/') || ['src/server.ts', 'src/openapi-examples.ts'].includes(from), from).toBe(
        true,
      );
    }
  });
});
