/** POST /api/search. */
import { Hono } from 'hono';
import { forSearch } from '../../tools/ask/pii.ts';
import type { AppEnv } from '../env.ts';
import { SearchRequestSchema } from '../requests.ts';
import { readJson } from '../validate.ts';

/** Search route: the k best clauses, best first, with the sentences that matched. */
export function searchRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const { query: raw, k } = await readJson(c, SearchRequestSchema);
    // Pasted personal data is neither searched for nor echoed back.
    const { shown: query, searched } = forSearch(raw);
    const hits = await c.var.engine.search(searched, k);
    return c.json({
      query,
      results: hits.map((h) => ({
        id: h.id,
        path: h.path,
        text: h.text,
        score: Number(h.score.toFixed(4)),
        matches: h.sentences.map((s) => s.text),
      })),
    });
  });
  return app;
}
