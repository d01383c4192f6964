/** GET /api/clauses and GET /api/clauses/:id. */
import { Hono } from 'hono';
import { toClause } from '../../retrieval/corpus.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';

/** Clause routes. */
export function clauseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.json({ clauses: c.var.engine.corpus.clauses.map(toClause) }));
  app.get('/:id', (c) => {
    const { corpus } = c.var.engine;
    const id = c.req.param('id');
    const clause = corpus.get(id);
    if (!clause) throw new AppError('clause_not_found');
    return c.json({ ...toClause(clause), ...corpus.neighbours(id) });
  });
  return app;
}
