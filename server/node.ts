/** Node adapter: serves the app on 127.0.0.1:${PORT:-8787} (set HOST to bind elsewhere, e.g. 0.0.0.0 on an intranet). */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { createServer, Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from './app.ts';
import type { Env } from './env.ts';
import { storeOptionsOf } from './feedback/feedback-store.ts';
import type { SqliteStore } from './feedback/sqlite-store.ts';
import { jsonLogLine, setLogSink, type LogLevel } from './logger.ts';
import { proxyTrust } from './middleware/client-ip.ts';
import { bufferSmallBody } from './middleware/node-body.ts';
import { answerClientErrorsWithJson, createJsonErrorServer } from './middleware/node-client-error.ts';
import { gracefulShutdown } from './middleware/node-shutdown.ts';
import { nodeServerOptions } from './middleware/node-timeouts.ts';
import { PLAN_DATA } from './plan-data.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const env = process.env as Env;
// How long SIGTERM waits for requests in flight before cutting connections; under systemd's default 90 s stop
// timeout and Kubernetes' 30 s grace period, and far above the slowest answer (a model call times out at LLM_TIMEOUT_MS).
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

// Every log line of a request (the access line, an unhandled error deep in the app) carries its request id.
const requestContext = new AsyncLocalStorage<string>();
const log = (level: LogLevel, fields: Record<string, unknown>) =>
  process.stderr.write(`${jsonLogLine(level, { requestId: requestContext.getStore(), ...fields })}\n`);
setLogSink((line) => log('error', { msg: line }));

const feedback = await openStore(env.FEEDBACK_DB ?? fileURLToPath(new URL('../data/feedback.sqlite', import.meta.url)));
// The rate limiter keys clients by socket address, which only the Node request carries; remembered per Request.
const peers = new WeakMap<Request, string>();
const app = createApp({ engine: createEngine(PLAN_DATA), feedback, rateLimit: { clientAddress: (req) => peers.get(req) } });

// The access log: method, path (no query string: a question typed into ?q= is personal), status, duration. No
// address, no user agent. X-Request-Id is taken from the proxy (nginx `$request_id`) when it sends a sane one.
const logged = new Hono<{ Bindings: Env; Variables: RequestIdVariables }>();
logged.use(requestId());
logged.all('*', async (c) => {
  const started = performance.now();
  const res = await requestContext.run(c.var.requestId, () => app.fetch(c.req.raw, c.env));
  // While draining, tell keep-alive clients to reconnect elsewhere instead of reusing this socket.
  if (drain.stopping()) res.headers.set('connection', 'close');
  res.headers.set('x-request-id', c.var.requestId);
  const ms = Math.round(performance.now() - started);
  log('info', { requestId: c.var.requestId, msg: 'request', method: c.req.method, path: c.req.path, status: res.status, ms });
  // The app's own Response goes out as it is, its headers added to: rebuilding it around its body would turn
  // every answer into a chunked stream without a Content-Length.
  return res;
});

const handle = async (req: Request, { incoming }: HttpBindings | Http2Bindings) => {
  if (incoming.socket.remoteAddress) peers.set(req, incoming.socket.remoteAddress);
  if (!(await bufferSmallBody(req, incoming))) return new Response(null, { status: 400 });
  return logged.fetch(req, env);
};

// Timeouts in seconds; a Host in capitals or numeric shorthand made canonical, and other requests the adapter
// would answer with an empty 400 answered with JSON (middleware/node-client-error.ts).
const server = serve({ fetch: handle, port, hostname, serverOptions: nodeServerOptions(env), createServer: createJsonErrorServer as typeof createServer }, (info) => {
  console.log(`浙江省公共服务规划助手 listening on http://${info.address}:${info.port}`);
});
answerClientErrorsWithJson(server as Server);
if (proxyTrust(env.TRUST_PROXY).kind === 'hops') {
  log('warn', {
    msg: 'TRUST_PROXY is a count and names no proxy: X-Forwarded-For is believed from any loopback or private-network peer. Set TRUST_PROXY to the proxy addresses (e.g. 127.0.0.1 or 10.0.0.0/8) so that only they are believed.',
  });
}

// Stops accepting, answers every request already received, and exits within shutdownTimeoutMs even if some
// request never completes (middleware/node-shutdown.ts).
const drain = gracefulShutdown(server as Server, {
  timeoutMs: shutdownTimeoutMs,
  log,
  onStopped: () => {
    feedback?.close();
    log('info', { msg: 'stopped' });
    process.exit(0);
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => drain.shutdown(signal));

/**
 * Answers still work when the SQLite file cannot be opened (read-only disk, better-sqlite3 not installed or
 * not built, as in a package installed with --ignore-scripts, a failed migration); feedback and the staff
 * endpoints then say 503. better-sqlite3 is loaded on demand, so a missing optional dependency cannot stop the
 * server from starting.
 */
async function openStore(file: string): Promise<SqliteStore | undefined> {
  try {
    const { openSqliteStore } = await import('./feedback/sqlite-store.ts');
    return await openSqliteStore(file, storeOptionsOf(env));
  } catch (err) {
    log('warn', { msg: 'feedback storage unavailable', file, error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
    return undefined;
  }
}
