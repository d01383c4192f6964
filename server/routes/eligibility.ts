/** POST /api/eligibility and GET /api/services: the eligibility engine over HTTP. */
import { Hono } from 'hono';
import { checkEligibility, CheckEligibilityInputSchema, decisiveQuestions, listServices } from '../../tools/eligibility/index.ts';
import type { AppEnv } from '../env.ts';
import { readJson } from '../validate.ts';

/** Eligibility routes, mounted at /api. Nothing about the person is stored. */
export function eligibilityRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/eligibility', async (c) => {
    const { profile } = await readJson(c, CheckEligibilityInputSchema);
    const results = checkEligibility(profile, c.var.engine.corpus.clauses);
    return c.json({ results, questions: decisiveQuestions(results) });
  });
  app.get('/services', (c) => c.json({ services: listServices(c.var.engine.corpus.clauses) }));
  return app;
}
