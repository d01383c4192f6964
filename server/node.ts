/** Node adapter: serves the app on 127.0.0.1:${PORT:-8787} (set HOST to bind elsewhere, e.g. 0.0.0.0 on an intranet). */
import { serve } from '@hono/node-server';
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from './app.ts';
import type { Env } from './env.ts';
import { PLAN_DATA } from './plan-data.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const env = process.env as Env;
const app = createApp({ engine: createEngine(PLAN_DATA) });

const server = serve({ fetch: (req) => app.fetch(req, env), port, hostname }, (info) => {
  console.log(`浙江省公共服务规划助手 listening on http://${info.address}:${info.port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
