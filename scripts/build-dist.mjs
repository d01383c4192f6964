#!/usr/bin/env node
/**
 * Builds the Node entry points to plain JavaScript in dist/ (`npm start`, the package bin), so production runs
 * no TypeScript loader. One esbuild bundle per entry; npm packages stay imports (installed beside the package),
 * and the plan data stays in its JSON files (retrieval/data/*.json, seeds/clauses.json, package.json), imported
 * with the same relative paths, which resolve the same from dist/ as from server/.
 * The Worker is not built here: wrangler bundles server/worker.ts itself.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const result = await build({
  absWorkingDir: root,
  entryPoints: ['server/node.ts', 'server/stdio.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // 20.10 is the first Node 20 that reads `import … with { type: 'json' }`; esbuild drops the attribute below it.
  target: 'node20.10',
  packages: 'external',
  // The SQLite feedback store is its own chunk, imported on demand, so a missing better-sqlite3 (an optional
  // dependency) costs the feedback routes, not the server.
  splitting: true,
  // Chunks sit beside the entries: the JSON imports are relative paths written for one directory level.
  chunkNames: '[name]-[hash]',
  external: ['*.json'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});

// Written beside the target and renamed over it: a test (or `npm start`) reading dist/ while another build runs
// never sees a half-written file.
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
}

// Chunks from earlier builds (their names carry a content hash) would otherwise be packed too.
const outputs = new Set(result.outputFiles.map((file) => basename(file.path)));
const dist = join(root, 'dist');
for (const name of readdirSync(dist)) if (name.endsWith('.js') && !outputs.has(name)) rmSync(join(dist, name), { force: true });
