import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three projects: unit and integration tests on Node; the same app inside workerd; the web page in headless Chromium.
export default defineConfig({
  test: {
    // Three files at a time on a 2-core machine (vitest's default there is one): most files wait on child
    // processes, sockets, timers or Chromium, not on the CPU.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'node',
          include: ['{server,retrieval,tools,seeds,eval}/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 30_000,
          // Files share a worker's module cache: hono, the MCP SDK, zod, the plan and its index are loaded once
          // per worker rather than once per file (imports were 95 s of the serial run).
          isolate: false,
          // …with Node's own Request and Response restored before each file (serve() swaps them process-wide).
          setupFiles: ['test/node/setup-globals.ts'],
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            main: './server/worker.ts',
            wrangler: { configPath: './wrangler.toml' },
            // The D1 migrations, for test/workerd/feedback.test.ts to apply; a staff token to test the list's guard.
            miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./server/feedback/migrations'), STAFF_TOKEN: 'workerd-staff-token' } },
          })),
        ],
        test: {
          name: 'workerd',
          include: ['test/workerd/**/*.test.ts'],
          globalSetup: ['test/workerd/node-results.setup.ts'],
          testTimeout: 60_000,
          // Starting workerd for a file can take more than the default 10 s while other files run beside it.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Browser files run beside the node and workerd files, in the same three workers (a project without
          // file parallelism would be run on its own after all the others: 2.5 of the 5.5 minutes measured);
          // inside a file, independent pages run side by side in contexts of their own (harness.ts newContext).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
