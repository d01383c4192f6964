/**
 * createApp: the one Hono app that Node (server/node.ts) and Workers (server/worker.ts) both serve.
 * Speaks only Web standards; each runtime adapter supplies the engine and its bindings.
 */
import { Hono } from 'hono';
import pkg from '../package.json' with { type: 'json' };
import { answerChat } from '../tools/ask/answer-chat.ts';
import type { Engine } from '../retrieval/engine.ts';
import { AppError } from '../retrieval/errors.ts';
import { createAnswerDeps } from './answer-deps.ts';
import type { AppEnv } from './env.ts';
import { handleError } from './errors.ts';
import type { FeedbackStoreSource } from './feedback/feedback-store.ts';
import { bodySizeGuard } from './middleware/body-limit.ts';
import { corsPolicy } from './middleware/cors-policy.ts';
import { hostAllowList } from './middleware/host-allow-list.ts';
import { rateLimit, type RateLimitOptions } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { chatRoutes } from './routes/chat.ts';
import { clauseRoutes } from './routes/clauses.ts';
import { eligibilityRoutes } from './routes/eligibility.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { mcpRoutes } from './routes/mcp.ts';
import { openAiRoutes } from './routes/openai.ts';
import { searchRoutes } from './routes/search.ts';
import { webRoutes } from './routes/web.ts';

/** What an adapter hands the app. */
export interface AppOptions {
  /** The search engine, or a function that builds it on first use (Workers build it lazily per isolate). */
  engine: Engine | (() => Engine);
  /** Where feedback is stored (SQLite on Node, D1 on Workers); without it /api/feedback answers 503. */
  feedback?: FeedbackStoreSource;
  /** Per-client rate limiting (RATE_LIMIT_PER_MINUTE); the adapters turn it on, in-process tests leave it off. */
  rateLimit?: RateLimitOptions;
}

/** The product's version, reported by /healthz. */
const VERSION: string = pkg.version;

/** Builds the app. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  let engine = typeof options.engine === 'function' ? undefined : options.engine;
  const getEngine = () => (engine ??= (options.engine as () => Engine)());

  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(() => {
    throw new AppError('not_found');
  });
  // Before the engine: a refused request (too big, too many) costs no index build on a fresh Worker isolate.
  app.use('*', securityHeaders(), hostAllowList(), corsPolicy());
  if (options.rateLimit) app.use('*', rateLimit(options.rateLimit));
  app.use('*', bodySizeGuard());
  app.use('*', async (c, next) => {
    c.set('engine', getEngine());
    await next();
  });

  app.get('/healthz', (c) => c.json({ ok: true, clauses: c.var.engine.corpus.clauses.length, version: VERSION }));
  app.route('/api/clauses', clauseRoutes());
  app.route('/api/search', searchRoutes());
  app.route('/api/chat', chatRoutes());
  app.route('/api', eligibilityRoutes());
  app.route('/v1', openAiRoutes());
  app.route('/mcp', mcpRoutes({ answer: (request, c) => answerChat(request, createAnswerDeps(c.var.engine, c.env ?? {})) }));
  app.route('/api/feedback', feedbackRoutes(options.feedback));
  app.route('/', webRoutes());
  return app;
}
