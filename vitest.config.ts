import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three projects: unit and integration tests on Node; the same app inside workerd; the web page in headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['{server,retrieval,tools,seeds,eval}/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 30_000,
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
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // One Chromium at a time: the files share the machine's CPU and each starts its own server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
