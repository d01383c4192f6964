/**
 * 405 rather than 404 for a path the app serves with other methods (`PUT /api/chat`), with the `Allow` header
 * RFC 9110 requires; read from the app's own route table, so a new route needs nothing here.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/** A route path (`/api/clauses/:id`, `/assets/*`) as an anchored pattern. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** The methods the app answers at `path` (HEAD wherever GET is), or none when the path is unknown. */
export function allowedMethods(app: Hono<AppEnv>, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) if (route.method !== 'ALL' && patternOf(route.path).test(path)) methods.add(route.method);
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
