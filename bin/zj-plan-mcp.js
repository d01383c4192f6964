#!/usr/bin/env node
/**
 * The package bin: the stdio MCP server as plain JavaScript (dist/stdio.js, built from server/stdio.ts by
 * `npm run build:dist`, which `npm pack` and `npm start` run), so an installed package needs no TypeScript loader.
 */
try {
  await import('../dist/stdio.js');
} catch (err) {
  // Only a git checkout lacks dist/ (the published package always has it): say how to build it.
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/stdio.js')) {
    console.error('zj-plan-mcp: dist/stdio.js is missing; run `npm run build:dist` in the checkout first.');
    process.exit(1);
  }
  throw err;
}
