/**
 * CORS from CORS_ORIGINS: unset, only the page's own origin may call the API from a browser (no
 * Access-Control-Allow-Origin is ever sent, so the browser withholds cross-origin responses); "*" lets any
 * site call it (no cookies or credentials are used, so that only opens reading public answers); a comma
 * list names the sites allowed. Read per request because Worker bindings only arrive with the request.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { settingList, type AppEnv } from '../env.ts';

/** Request headers a browser client may send: JSON bodies, the staff token, and what MCP's Streamable HTTP uses. */
const ALLOW_HEADERS = ['content-type', 'authorization', 'accept', 'mcp-protocol-version', 'mcp-session-id', 'last-event-id'];
/** Response headers a browser client may read: when to retry, and MCP's session id. */
const EXPOSE_HEADERS = ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'mcp-session-id'];

/** The origin to allow for a request's Origin under a CORS_ORIGINS setting, or null for none. */
export function allowedOrigin(origin: string, setting: string | undefined): string | null {
  const list = settingList(setting);
  if (list.includes('*')) return '*';
  return origin && list.includes(origin.toLowerCase()) ? origin : null;
}

/**
 * The CORS middleware. Preflights (OPTIONS) go to hono's cors, answered with 204 and cached by the browser for ten
 * minutes. Other requests get the same headers hono's cors would give them, written after the route has answered:
 * hono's version sets some before the route runs, which makes a Response the route must then be copied into, and on
 * @hono/node-server that copy turns every answer into a stream the adapter reads back (bench: /api/search ÷ /healthz).
 */
export function corsPolicy(): MiddlewareHandler<AppEnv> {
  const preflight = cors({
    origin: (origin, c) => allowedOrigin(origin, (c.env as AppEnv['Bindings'] | undefined)?.CORS_ORIGINS),
    allowMethods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
  });
  const expose = EXPOSE_HEADERS.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = allowedOrigin(c.req.header('origin') ?? '', c.env?.CORS_ORIGINS);
    await next();
    const headers = c.res.headers;
    if (origin) headers.set('access-control-allow-origin', origin);
    headers.set('access-control-expose-headers', expose);
    headers.append('vary', 'Origin');
  };
}
