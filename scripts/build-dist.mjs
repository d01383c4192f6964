#!/usr/bin/env node
/**
 * Builds the Node entry points to plain JavaScript in dist/ (`npm start`, the package bin), so production runs
 * no TypeScript loader. One esbuild bundle per entry; npm packages stay imports (installed beside the package),
 * and the data stays in its JSON files (retrieval/data/*.json, tools/ask/data/*.json, seeds/clauses.json,
 * package.json), imported by paths rewritten relative to dist/ (a module anywhere in the tree may import data).
 * The Worker is not built here: wrangler bundles server/worker.ts itself.
 */
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
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
  // Chunks sit beside the entries, so every JSON import is rewritten once, relative to dist/.
  chunkNames: '[name]-[hash]',
  plugins: [
    {
      name: 'json-beside-dist',
      setup(b) {
        b.onResolve({ filter: /\.json$/ }, (args) => {
          const target = resolve(args.resolveDir, args.path);
          const path = relative(join(root, 'dist'), target).split('\\').join('/');
          return { path: path.startsWith('.') ? path : `./${path}`, external: true };
        });
      },
    },
  ],
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

// The SQLite store applies server/feedback/migrations/*.sql from beside its own module (the files wrangler applies
// to D1): from dist/ that is dist/migrations/, so the same files are copied there.
rmSync(join(dist, 'migrations'), { recursive: true, force: true });
cpSync(join(root, 'server/feedback/migrations'), join(dist, 'migrations'), { recursive: true });
