/**
 * Per-client rate limiting: a fixed one-minute window per client address, in memory. On Node that is the
 * whole server; on Workers it is one isolate, so the limit is approximate there (Cloudflare may run
 * several isolates) — it still stops a single client hammering one isolate, and a hard edge limit belongs
 * in Cloudflare's own rate-limiting rules. The limit is read per request from RATE_LIMIT_PER_MINUTE
 * because Worker bindings only arrive with the request.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { refusalResponse } from '../errors.ts';
import { clientIp, type ClientAddressOf } from './client-ip.ts';

/** How the app limits clients; present in AppOptions only where an adapter turns limiting on. */
export interface RateLimitOptions {
  /** Requests per minute per client when RATE_LIMIT_PER_MINUTE is unset. */
  limit?: number;
  /** The socket address of a request, from the Node adapter; Workers read cf-connecting-ip instead. */
  clientAddress?: ClientAddressOf;
  /** Clock in milliseconds, replaceable so tests can move past a window without waiting. */
  now?: () => number;
}

/** Default requests per minute per client: a person chatting sends a few; a page load plus a dozen questions fits easily. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;

const WINDOW_MS = 60_000;
/**
 * Clients remembered at once (about 100 bytes each, so at most a megabyte or two). Beyond it, expired
 * windows are dropped first and then the oldest, so memory stays bounded whatever arrives.
 */
const MAX_CLIENTS = 10_000;

/** Paths never limited: health checks from a load balancer, and the page's static files. */
const EXEMPT = /^\/(healthz$|assets\/)/;

interface Window {
  start: number;
  count: number;
}

/** The limit in force: RATE_LIMIT_PER_MINUTE if it is a whole number ("0" turns limiting off), else the default. */
export function limitFrom(value: string | undefined, fallback: number): number {
  const n = Number(value?.trim() || NaN);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** The rate-limiting middleware: 429 with Retry-After once a client has used its minute's requests. */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? Date.now;
  const fallback = options.limit ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const windows = new Map<string, Window>();

  const windowOf = (key: string, t: number): Window => {
    let w = windows.get(key);
    if (w && t - w.start < WINDOW_MS) return w;
    if (w) windows.delete(key);
    else if (windows.size >= MAX_CLIENTS) evict(windows, t);
    w = { start: t, count: 0 };
    windows.set(key, w);
    return w;
  };

  return async (c, next) => {
    const limit = limitFrom(c.env?.RATE_LIMIT_PER_MINUTE, fallback);
    if (limit === 0 || EXEMPT.test(c.req.path)) return next();
    // A request nobody can be named for (an in-process test) is not counted: one shared bucket would let
    // one client throttle everyone. Real traffic always has an address on both runtimes.
    const key = clientIp(c, options.clientAddress);
    if (key === undefined) return next();

    const t = now();
    const w = windowOf(key, t);
    w.count++;
    const resetSeconds = Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000));
    const headers = {
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(Math.max(0, limit - w.count)),
      'ratelimit-reset': String(resetSeconds),
    };
    if (w.count > limit) return refusalResponse(c, 'rate_limited', { ...headers, 'retry-after': String(resetSeconds) });
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}


function evict(windows: Map<string, Window>, t: number): void {
  for (const [key, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(key);
  // Still full: a flood of distinct addresses. Forget the oldest tenth (Map keeps insertion order), so the
  // scan above runs once per thousand new clients rather than for each.
  for (const key of windows.keys()) {
    if (windows.size < MAX_CLIENTS * 0.9) break;
    windows.delete(key);
  }
}
