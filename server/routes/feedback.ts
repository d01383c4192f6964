/**
 * POST /api/feedback (anyone: rate an answer) and GET /api/feedback (staff only: list it). Personal data the
 * person may have typed is masked before anything is stored; an answer rated wrong puts its question in the
 * question log.
 */
import { Hono, type Context } from 'hono';
import { maskPersonalData } from '../../tools/ask/pii.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';
import { FeedbackListQuerySchema, FeedbackRequestSchema, type FeedbackEntry } from '../feedback/feedback-schema.ts';
import type { Store } from '../feedback/feedback-store.ts';
import { recordQuestion } from '../feedback/question-log.ts';
import { describeIssues, readJson } from '../validate.ts';
import { staffOnly } from './staff-guard.ts';

/** The configured store, or 503 feedback_unavailable. */
export function storeOf(c: Context<AppEnv>): Store {
  const store = c.var.store;
  if (!store) throw new AppError('feedback_unavailable');
  return store;
}

/** Feedback routes; without a store both answer 503 feedback_unavailable (the list only to staff). */
export function feedbackRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const req = await readJson(c, FeedbackRequestSchema);
    const comment = req.comment ? maskPersonalData(req.comment).text : null;
    const entry: FeedbackEntry = {
      rating: req.rating,
      question: maskPersonalData(req.question).text,
      answer: maskPersonalData(req.answer).text,
      citationIds: [...new Set(req.citationIds)],
      comment,
    };
    const stored = await storeOf(c).add(entry);
    if (req.rating !== 'helpful') await recordQuestion(c, req.question, req.rating);
    return c.json({ id: stored.id, createdAt: stored.createdAt }, 201);
  });

  app.get('/', staffOnly(), async (c) => {
    const parsed = FeedbackListQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error));
    return c.json(await storeOf(c).list(parsed.data));
  });
  return app;
}
