/** GET /api/clauses (?doc=ID | all), GET /api/clauses/:id (a plan clause or an article) and GET /api/documents. */
import { Hono } from 'hono';
import { AppError } from '../../retrieval/errors.ts';
import { clausesOf, findClause, listDocuments } from '../../tools/documents.ts';
import type { AppEnv } from '../env.ts';

/** Clause routes: the plan's clauses by default, one document's with `?doc=`, every document's with `?doc=all`. */
export function clauseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const doc = c.req.query('doc');
    const clauses = clausesOf(c.var.engine, doc);
    if (!clauses) throw new AppError('invalid_request', `doc: no document "${String(doc).slice(0, 80)}" (GET /api/documents lists them)`);
    return c.json({ clauses });
  });
  app.get('/:id', (c) => {
    const clause = findClause(c.var.engine, c.req.param('id'));
    if (!clause) throw new AppError('clause_not_found');
    return c.json(clause);
  });
  return app;
}

/** GET /api/documents: the plan and every law and regulation, with version date, status and clause count. */
export function documentRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.json({ documents: listDocuments(c.var.engine) }));
  return app;
}
