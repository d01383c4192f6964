/**
 * createApp: the one Hono app that Node (server/node.ts) and Workers (server/worker.ts) both serve.
 * Speaks only Web standards; each runtime adapter supplies the engine and its bindings.
 */
import { Hono, type Context } from 'hono';
import pkg from '../package.json' with { type: 'json' };
import { answerChat, type ChatRequest } from '../tools/ask/answer-chat.ts';
import { extraPhrasings, normalizeQuestion, type Correction } from '../tools/ask/corrections.ts';
import type { Engine } from '../retrieval/engine.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { AppError } from '../retrieval/errors.ts';
import { createAnswerDeps } from './answer-deps.ts';
import type { AppEnv } from './env.ts';
import { handleError, refusalResponse } from './errors.ts';
import { createCorrectionCache } from './feedback/correction-cache.ts';
import type { StoreSource } from './feedback/feedback-store.ts';
import { recordUnanswered } from './feedback/question-log.ts';
import { bodySizeGuard } from './middleware/body-limit.ts';
import { corsPolicy } from './middleware/cors-policy.ts';
import { hostAllowList } from './middleware/host-allow-list.ts';
import { allowedMethods } from './middleware/method-not-allowed.ts';
import { rateLimit, type RateLimitOptions } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { chatRoutes } from './routes/chat.ts';
import { clauseRoutes, documentRoutes } from './routes/clauses.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { eligibilityRoutes } from './routes/eligibility.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { mcpRoutes } from './routes/mcp.ts';
import { openAiRoutes } from './routes/openai.ts';
import { searchRoutes } from './routes/search.ts';
import { unansweredRoutes } from './routes/unanswered.ts';
import { webRoutes } from './routes/web.ts';

/** What an adapter hands the app. */
export interface AppOptions {
  /** The search engine, or a function that builds it on first use (Workers build it lazily per isolate). */
  engine: Engine | (() => Engine);
  /**
   * Where feedback, the question log and corrections are stored (SQLite on Node, D1 on Workers); without it
   * /api/feedback and the staff endpoints answer 503 and answers go uncorrected.
   */
  feedback?: StoreSource;
  /** How this instance holds the corrections staff make. */
  corrections?: {
    /** How long a loaded list is trusted before the store is asked again; default 60 s (the contract's bound). */
    maxAgeMs?: number;
    /** Called with every correction, newest first, whenever the list this instance holds changes (e.g. to give search the corrected questions). */
    onChange?: (corrections: readonly Correction[], engine: Engine) => void;
  };
  /** Per-client rate limiting (RATE_LIMIT_PER_MINUTE); the adapters turn it on, in-process tests leave it off. */
  rateLimit?: RateLimitOptions;
}

/** The product's version, reported by /healthz. */
const VERSION: string = pkg.version;

/** The MCP `ask` tool's composer: the chat's answer, its question logged when the plan does not cover it. */
async function answerAndLog(request: ChatRequest, c: Context<AppEnv>): Promise<Answer> {
  const answer = await answerChat(request, createAnswerDeps(c.var.engine, c.env ?? {}, c.var.corrections));
  await recordUnanswered(c, request.messages, answer);
  return answer;
}

/** Builds the app. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  let engine = typeof options.engine === 'function' ? undefined : options.engine;
  const getEngine = () => (engine ??= (options.engine as () => Engine)());

  const onChange = options.corrections?.onChange;
  const corrections = createCorrectionCache({
    normalize: (question) => normalizeQuestion(question, getEngine().t2s),
    maxAgeMs: options.corrections?.maxAgeMs,
    // A clause correction's question becomes an everyday phrasing of its clauses, so rewordings find them through search.
    onChange: (list) => {
      getEngine().setExtraPhrasings(extraPhrasings(list));
      onChange?.(list, getEngine());
    },
  });
  const storeSource = options.feedback;

  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound((c) => {
    const allow = allowedMethods(app, c.req.path);
    if (allow.length > 0) return refusalResponse(c, 'method_not_allowed', { allow: allow.join(', ') });
    throw new AppError('not_found');
  });
  // Before the engine: a refused request (too big, too many) costs no index build on a fresh Worker isolate.
  app.use('*', securityHeaders(), hostAllowList(), corsPolicy());
  if (options.rateLimit) app.use('*', rateLimit(options.rateLimit));
  app.use('*', bodySizeGuard());
  app.use('*', async (c, next) => {
    c.set('engine', getEngine());
    c.set('store', typeof storeSource === 'function' ? storeSource(c.env ?? {}) : storeSource);
    await next();
  });
  // Only the routes that answer read corrections: a fresh isolate serving /healthz asks the store nothing.
  for (const path of ['/api/chat', '/v1/chat/completions', '/mcp']) {
    app.use(path, async (c, next) => {
      c.set('corrections', await corrections.current(c.var.store));
      await next();
    });
  }

  app.get('/healthz', (c) => c.json({ ok: true, clauses: c.var.engine.corpus.clauses.length, documents: c.var.engine.documentCount, version: VERSION }));
  app.route('/api/clauses', clauseRoutes());
  app.route('/api/documents', documentRoutes());
  app.route('/api/search', searchRoutes());
  app.route('/api/chat', chatRoutes());
  app.route('/api', eligibilityRoutes());
  app.route('/v1', openAiRoutes());
  app.route('/mcp', mcpRoutes({ answer: answerAndLog }));
  app.route('/api/feedback', feedbackRoutes());
  app.route('/api/unanswered', unansweredRoutes());
  app.route('/api/corrections', correctionRoutes(corrections));
  app.route('/', webRoutes());
  return app;
}
