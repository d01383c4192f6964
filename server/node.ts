/** Node adapter: serves the app on 127.0.0.1:${PORT:-8787} (set HOST to bind elsewhere, e.g. 0.0.0.0 on an intranet). */
import type { createServer, Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from './app.ts';
import type { Env } from './env.ts';
import { openSqliteFeedbackStore, type SqliteFeedbackStore } from './feedback/sqlite-store.ts';
import { answerClientErrorsWithJson, createJsonErrorServer } from './middleware/node-client-error.ts';
import { nodeServerOptions } from './middleware/node-timeouts.ts';
import { PLAN_DATA } from './plan-data.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const env = process.env as Env;
const feedback = openFeedback(env.FEEDBACK_DB ?? fileURLToPath(new URL('../data/feedback.sqlite', import.meta.url)));
// The rate limiter keys clients by socket address, which only the Node request carries; remembered per Request.
const peers = new WeakMap<Request, string>();
const app = createApp({ engine: createEngine(PLAN_DATA), feedback, rateLimit: { clientAddress: (req) => peers.get(req) } });

const handle = (req: Request, { incoming }: HttpBindings | Http2Bindings) => {
  if (incoming.socket.remoteAddress) peers.set(req, incoming.socket.remoteAddress);
  return app.fetch(req, env);
};
// Timeouts in seconds; a Host in capitals or numeric shorthand made canonical, and other requests the adapter
// would answer with an empty 400 answered with JSON (middleware/node-client-error.ts).
const server = serve({ fetch: handle, port, hostname, serverOptions: nodeServerOptions(env), createServer: createJsonErrorServer as typeof createServer }, (info) => {
  console.log(`浙江省公共服务规划助手 listening on http://${info.address}:${info.port}`);
});
answerClientErrorsWithJson(server as Server);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () =>
    server.close(() => {
      feedback?.close();
      process.exit(0);
    }),
  );
}

/** Answers still work when the SQLite file cannot be opened (read-only disk, missing native build); feedback then says 503. */
function openFeedback(file: string): SqliteFeedbackStore | undefined {
  try {
    return openSqliteFeedbackStore(file);
  } catch (err) {
    console.error(`feedback storage unavailable (${file}):`, err);
    return undefined;
  }
}
