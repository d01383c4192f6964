/** The web pages (GET /, /plan, /staff) and their assets, rendered from memory: the same bytes on Node and Workers. */
import { Hono, type Context } from 'hono';
import { toClause } from '../../retrieval/corpus.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';
import { ASSETS } from '../web/assets.ts';
import { chatPage } from '../web/chat-page.ts';
import { planPage } from '../web/plan-page.ts';
import { staffPage } from '../web/staff-page.ts';

/**
 * Pages are revalidated on each visit so a release shows at once; assets are cached by content hash.
 * The Content-Security-Policy and other security headers come from middleware/security-headers.ts.
 */
function pageHeaders(c: Context<AppEnv>): void {
  c.header('cache-control', 'no-cache');
}

/** Longest quote accepted in /plan?q= (quotes are sentences). */
const MAX_QUOTE_CHARS = 500;

/** Web routes. */
export function webRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    pageHeaders(c);
    return c.html(chatPage());
  });
  app.get('/plan', (c) => {
    pageHeaders(c);
    const id = c.req.query('clause')?.slice(0, 20);
    const quote = c.req.query('q')?.slice(0, MAX_QUOTE_CHARS);
    return c.html(planPage(c.var.engine.corpus.clauses.map(toClause), { id, quote }));
  });
  app.get('/staff', (c) => {
    pageHeaders(c);
    return c.html(staffPage());
  });
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
