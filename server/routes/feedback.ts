/**
 * POST /api/feedback (anyone: rate an answer) and GET /api/feedback (staff: list it). Personal data the
 * person may have typed is masked before anything is stored. With STAFF_TOKEN set, listing needs
 * `Authorization: Bearer <STAFF_TOKEN>`.
 */
import { Hono, type Context } from 'hono';
import { maskPersonalData } from '../../tools/ask/pii.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';
import { FeedbackListQuerySchema, FeedbackRequestSchema, type FeedbackEntry } from '../feedback/feedback-schema.ts';
import type { FeedbackStore, FeedbackStoreSource } from '../feedback/feedback-store.ts';
import { describeIssues, readJson } from '../validate.ts';

/** Feedback routes; without a store both answer 503 feedback_unavailable. */
export function feedbackRoutes(source?: FeedbackStoreSource): Hono<AppEnv> {
  const storeOf = (c: Context<AppEnv>): FeedbackStore => {
    const store = typeof source === 'function' ? source(c.env ?? {}) : source;
    if (!store) throw new AppError('feedback_unavailable');
    return store;
  };

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
    return c.json({ id: stored.id, createdAt: stored.createdAt }, 201);
  });

  app.get('/', async (c) => {
    const token = c.env?.STAFF_TOKEN;
    if (token && !sameSecret(bearerOf(c.req.header('authorization')), token)) {
      c.header('www-authenticate', 'Bearer realm="staff"');
      throw new AppError('unauthorized');
    }
    const parsed = FeedbackListQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error));
    c.header('cache-control', 'no-store');
    return c.json(await storeOf(c).list(parsed.data));
  });
  return app;
}

function bearerOf(header: string | undefined): string {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match ? match[1]!.trim() : '';
}

/** Compares without stopping at the first difference, so response time does not reveal the token. */
function sameSecret(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return diff === 0;
}
