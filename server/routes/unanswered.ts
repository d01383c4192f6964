/** GET /api/unanswered (staff only): the question log — no_match and rated-wrong questions, most frequent first. */
import { Hono } from 'hono';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';
import { UnansweredQuerySchema } from '../feedback/staff-schema.ts';
import { describeIssues } from '../validate.ts';
import { storeOf } from './feedback.ts';
import { staffOnly } from './staff-guard.ts';

/** Question log route. */
export function unansweredRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', staffOnly(), async (c) => {
    const parsed = UnansweredQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error));
    return c.json({ questions: await storeOf(c).listQuestions(parsed.data.limit) });
  });
  return app;
}
