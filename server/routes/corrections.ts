/**
 * POST/GET /api/corrections and DELETE /api/corrections/:id (staff only). A correction points a question at
 * clauses of the plan (or marks it out of scope); every clause must exist and have text to quote. This
 * instance reloads its corrections after each change; other instances within 60 s.
 */
import { Hono } from 'hono';
import { normalizeQuestion } from '../../tools/ask/corrections.ts';
import { maskPersonalData } from '../../tools/ask/pii.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';
import type { CorrectionCache } from '../feedback/correction-cache.ts';
import { CorrectionRequestSchema } from '../feedback/staff-schema.ts';
import { readJson } from '../validate.ts';
import { storeOf } from './feedback.ts';
import { staffOnly } from './staff-guard.ts';

/** Correction routes; `cache` is the instance's corrections, reloaded after every change. */
export function correctionRoutes(cache: CorrectionCache): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', staffOnly());

  app.post('/', async (c) => {
    const req = await readJson(c, CorrectionRequestSchema);
    const clauseIds = [...new Set(req.clauseIds)];
    for (const id of clauseIds) {
      const clause = c.var.engine.corpus.get(id);
      if (!clause) throw new AppError('invalid_request', `clauseIds: no clause has the id ${id}`);
      if (!clause.text.trim()) throw new AppError('invalid_request', `clauseIds: clause ${id} has no text to quote`);
    }
    const question = maskPersonalData(req.question).text;
    const questionKey = normalizeQuestion(question, c.var.engine.deps.t2s);
    if (!questionKey) throw new AppError('invalid_request', 'question: it has no words');
    const store = storeOf(c);
    const note = req.note ? maskPersonalData(req.note).text : null;
    const correction = await store.addCorrection({ question, questionKey, clauseIds, outOfScope: req.outOfScope, note });
    await cache.refresh(store);
    return c.json({ correction }, 201);
  });

  app.get('/', async (c) => c.json({ corrections: await storeOf(c).listCorrections() }));

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[1-9]\d{0,15}$/.test(id)) throw new AppError('invalid_request', 'id: a correction id is a positive integer');
    const store = storeOf(c);
    if (!(await store.deleteCorrection(Number(id)))) throw new AppError('not_found');
    await cache.refresh(store);
    return c.body(null, 204);
  });
  return app;
}
