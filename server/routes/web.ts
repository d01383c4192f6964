/** The web pages (GET /, /plan, /staff) and their assets, rendered from memory: the same bytes on Node and Workers. */
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { toClause } from '../../retrieval/corpus.ts';
import { PLAN_DOC } from '../../retrieval/documents/catalog.ts';
import { AppError } from '../../retrieval/errors.ts';
import { listDocuments } from '../../tools/documents.ts';
import type { AppEnv } from '../env.ts';
import { ASSETS } from '../web/assets.ts';
import { chatPage } from '../web/chat-page.ts';
import { ELDER_VALUE, MODE_COOKIE } from '../web/elder-mode.ts';
import { planPage } from '../web/plan-page.ts';
import { documentPage, unknownDocumentPage } from '../web/document-page.ts';
import { staffPage } from '../web/staff-page.ts';

/**
 * Pages are revalidated on each visit so a release shows at once; assets are cached by content hash.
 * The Content-Security-Policy and other security headers come from middleware/security-headers.ts.
 */
function pageHeaders(c: Context<AppEnv>): { elder: boolean } {
  c.header('cache-control', 'no-cache');
  // The page differs by the 长辈版 cookie, so a shared cache must not hand one visitor's mode to another.
  c.header('vary', 'Cookie');
  return { elder: getCookie(c, MODE_COOKIE) === ELDER_VALUE };
}

/** Longest clause or document id read from /plan's query ("vocational-education-law-1996:100" is 33). */
const MAX_CLAUSE_ID_CHARS = 80;

/** Longest quote accepted in /plan?q= (quotes are sentences). */
const MAX_QUOTE_CHARS = 500;

/** Web routes. */
export function webRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(chatPage(pageHeaders(c))));
  app.get('/plan', (c) => {
    const { elder } = pageHeaders(c);
    const id = c.req.query('clause')?.slice(0, MAX_CLAUSE_ID_CHARS);
    const quote = c.req.query('q')?.slice(0, MAX_QUOTE_CHARS);
    const { engine } = c.var;
    // An article's id names its document ("zj-social-assistance:11"), so a link needs no ?doc=.
    const docId = c.req.query('doc')?.slice(0, MAX_CLAUSE_ID_CHARS) ?? (id?.includes(':') ? id.slice(0, id.indexOf(':')) : PLAN_DOC);
    const listed = listDocuments(engine);
    if (docId === PLAN_DOC) return c.html(planPage(engine.corpus.clauses.map(toClause), { id, quote }, elder, listed));
    const library = engine.documents;
    const doc = library?.document(docId);
    if (!library || !doc) return c.html(unknownDocumentPage(docId, listed, elder), 404);
    const articles = library.corpus.clauses.filter((a) => a.doc === doc.id).map(toClause);
    const notes = library.article(`${doc.id}:0`);
    return c.html(documentPage(doc, articles, notes && toClause(notes), library.documents, listed, { id, quote }, elder));
  });
  app.get('/staff', (c) => c.html(staffPage(pageHeaders(c))));
  app.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) throw new AppError('not_found');
    const versioned = c.req.query('v') === asset.hash;
    return c.body(asset.body, 200, {
      'content-type': asset.type,
      'x-content-type-options': 'nosniff',
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: `"${asset.hash}"`,
    });
  });
  return app;
}
