/** Workers adapter: the same app; the engine is built once per isolate, on first request; feedback goes to D1. */
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from './app.ts';
import { createD1Store } from './feedback/d1-store.ts';
import { storeOptionsOf } from './feedback/feedback-store.ts';
import { PLAN_DATA } from './plan-data.ts';

export default createApp({
  engine: () => createEngine(PLAN_DATA),
  // D1 arrives with each request's bindings; without a DB binding feedback and the staff endpoints answer 503.
  feedback: (env) => (env.DB ? createD1Store(env.DB, storeOptionsOf(env)) : undefined),
  // Clients are told apart by cf-connecting-ip; the count lives in this isolate (see server/middleware/rate-limit.ts).
  rateLimit: {},
});
