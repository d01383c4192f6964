/**
 * Refuses oversized request bodies with 413 before reading them: a Content-Length above the limit is
 * refused outright, and a body without one (chunked) is counted as it streams and cut off at the limit,
 * so no route — /api, /v1 or /mcp — ever holds more than MAX_BODY_BYTES of a request in memory.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.ts';
import { refusalResponse } from '../errors.ts';
import { MAX_BODY_BYTES } from '../validate.ts';

/** The 413, shaped for its caller. */
function tooLarge(c: Context<AppEnv>): Response {
  return refusalResponse(c, 'payload_too_large');
}

/** The body-size guard. */
export function bodySizeGuard(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler<AppEnv> {
  const counting = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    // Decide from the headers alone whenever possible. Touching `c.req.raw.body` on @hono/node-server wraps
    // the socket in a web stream that stops reading once its queue fills; the adapter can then no longer
    // drain an unread upload after the 413, closes the connection, and the client sees a reset instead of
    // the 413 (measured: every second oversized request on a keep-alive connection failed that way).
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.header('transfer-encoding')) {
      return Number(length) > maxBytes ? tooLarge(c) : next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return counting(c, next);
  };
}
