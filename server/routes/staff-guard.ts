/**
 * The staff token check for every staff endpoint: `Authorization: Bearer <STAFF_TOKEN>` through
 * hono/bearer-auth. Without STAFF_TOKEN the endpoints are off (403 staff_disabled), so what citizens wrote
 * is never readable by default; a missing, malformed or wrong token is 401 unauthorized.
 */
import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../../retrieval/errors.ts';
import type { AppEnv } from '../env.ts';

/** Middleware: passes staff with the right token, refuses everyone else. */
export function staffOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = c.env?.STAFF_TOKEN;
    if (!token) throw new AppError('staff_disabled');
    // bearerAuth compares in constant time; its refusals (400 for a malformed header, 401 otherwise) become
    // the contract's 401, keeping its WWW-Authenticate challenge. `next` runs outside so route errors pass.
    let passed = false;
    try {
      await bearerAuth<AppEnv>({ token, realm: 'staff' })(c, async () => {
        passed = true;
      });
    } catch (err) {
      if (!(err instanceof HTTPException)) throw err;
      c.header('www-authenticate', err.getResponse().headers.get('www-authenticate') ?? 'Bearer realm="staff"');
      throw new AppError('unauthorized');
    }
    c.header('cache-control', 'no-store');
    if (passed) await next();
  };
}
