import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three projects: unit and integration tests on Node; the same app inside workerd; (browser tests join later).
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
        plugins: [cloudflareTest({ main: './server/worker.ts', wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'workerd',
          include: ['test/workerd/**/*.test.ts'],
          globalSetup: ['test/workerd/node-results.setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
