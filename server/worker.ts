/** Workers adapter: the same app; the engine is built once per isolate, on first request. */
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from './app.ts';
import { PLAN_DATA } from './plan-data.ts';

export default createApp({ engine: () => createEngine(PLAN_DATA) });
