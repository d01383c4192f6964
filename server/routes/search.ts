/** POST /api/search. */
import { Hono } from 'hono';
import { AppError } from '../../retrieval/errors.ts';
import { forSearch } from '../../tools/ask/pii.ts';
import { searchDocuments, unknownDocs } from '../../tools/documents.ts';
import type { AppEnv } from '../env.ts';
import { SearchRequestSchema } from '../requests.ts';
import { readJson } from '../validate.ts';

/** Search route: the k best clauses, best first, with the sentences that matched. */
export function searchRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const { query: raw, k, docs } = await readJson(c, SearchRequestSchema);
    const unknown = unknownDocs(c.var.engine, docs ?? []);
    if (unknown.length) throw new AppError('invalid_request', `docs: no document ${unknown.map((d) => `"${d.slice(0, 80)}"`).join(', ')} (GET /api/documents lists them)`);
    // Pasted personal data is neither searched for nor echoed back.
    const { shown: query, searched } = forSearch(raw);
    const hits = await searchDocuments(c.var.engine, searched, k, docs);
    return c.json({
      query,
      results: hits.map((h) => ({
        id: h.id,
        doc: h.doc,
        ...(h.docTitle ? { docTitle: h.docTitle, versionDate: h.versionDate, status: h.status, label: h.label } : {}),
        path: h.path,
        text: h.text,
        score: Number(h.score.toFixed(4)),
        matches: h.sentences.map((s) => s.text),
      })),
    });
  });
  return app;
}
