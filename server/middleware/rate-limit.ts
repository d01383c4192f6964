/**
 * Per-client rate limiting, one minute at a time. Node counts in memory (the whole server is one process).
 * On Workers each isolate would only see its own share of a client's requests, so when the Workers Rate
 * Limiting binding RATE_LIMITER (wrangler.toml `[[ratelimits]]`) is present it does the counting, shared by
 * every isolate in a Cloudflare location; without it the in-memory count is the fallback. The limit is read
 * per request from RATE_LIMIT_PER_MINUTE because Worker bindings only arrive with the request; with the binding
 * the limit is the binding's own `simple.limit`, and RATE_LIMIT_PER_MINUTE="0" still turns limiting off.
 *
 * A request may cost more than one unit: a JSON-RPC batch on /mcp asks for several calls at once, and the
 * route charges the rest through `c.var.chargeRequests` once it has read the batch.
 */
import type { Context, MiddlewareHandler } from 'hono';
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

/** Charges `units` more requests to the current client; resolves to the 429 to send once that passes the limit. */
export type ChargeRequests = (units: number) => Promise<Response | null>;

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

/** What a counter says about one charge: allowed or not, when to retry, and the RateLimit-* headers it can tell. */
interface Verdict {
  allowed: boolean;
  retryAfterSeconds: number;
  headers: Record<string, string>;
}

/** Counts a client's requests: in memory, or through the Workers binding. */
type Counter = (key: string, units: number, limit: number) => Promise<Verdict>;

/** The limit in force: RATE_LIMIT_PER_MINUTE if it is a whole number ("0" turns limiting off), else the default. */
export function limitFrom(value: string | undefined, fallback: number): number {
  const n = Number(value?.trim() || NaN);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** The in-memory counter: a fixed window per client, with the RateLimit-* headers it can compute exactly. */
function memoryCounter(now: () => number): Counter {
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
  return async (key, units, limit) => {
    const t = now();
    const w = windowOf(key, t);
    w.count += units;
    const resetSeconds = Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000));
    return {
      allowed: w.count <= limit,
      retryAfterSeconds: resetSeconds,
      headers: {
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': String(Math.max(0, limit - w.count)),
        'ratelimit-reset': String(resetSeconds),
      },
    };
  };
}

/**
 * The Workers Rate Limiting binding as a counter. It answers only yes or no per unit (no count, no reset
 * time), so there are no RateLimit-* headers and Retry-After is the whole period.
 */
function bindingCounter(binding: RateLimit): Counter {
  return async (key) => {
    const { success } = await binding.limit({ key });
    return { allowed: success, retryAfterSeconds: WINDOW_MS / 1000, headers: {} };
  };
}

/** Charges several units through a counter that may count one at a time (the binding); stops at the first refusal. */
async function charge(counter: Counter, perUnit: boolean, key: string, units: number, limit: number): Promise<Verdict> {
  if (!perUnit) return counter(key, units, limit);
  let verdict: Verdict = { allowed: true, retryAfterSeconds: 0, headers: {} };
  for (let i = 0; i < units && verdict.allowed; i++) verdict = await counter(key, 1, limit);
  return verdict;
}

/** The 429 for a verdict, shaped for its caller. */
function refusal(c: Context<AppEnv>, verdict: Verdict): Response {
  return refusalResponse(c, 'rate_limited', { ...verdict.headers, 'retry-after': String(verdict.retryAfterSeconds) });
}

/** The rate-limiting middleware: 429 with Retry-After once a client has used its minute's requests. */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const fallback = options.limit ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const inMemory = memoryCounter(options.now ?? Date.now);

  return async (c, next) => {
    // A request nobody can be named for (an in-process test) is not counted: one shared bucket would let
    // one client throttle everyone. Real traffic always has an address on both runtimes. The key is kept for
    // the routes that count a client once (the question log), whether or not limiting is on.
    const key = clientIp(c, options.clientAddress);
    if (key !== undefined) c.set('clientKey', key);
    const limit = limitFrom(c.env?.RATE_LIMIT_PER_MINUTE, fallback);
    if (limit === 0 || EXEMPT.test(c.req.path) || key === undefined) return next();

    const binding = c.env?.RATE_LIMITER;
    const counter = binding ? bindingCounter(binding) : inMemory;
    let verdict = await charge(counter, Boolean(binding), key, 1, limit);
    if (!verdict.allowed) return refusal(c, verdict);
    c.set('chargeRequests', async (units) => {
      if (units <= 0) return null;
      verdict = await charge(counter, Boolean(binding), key, units, limit);
      return verdict.allowed ? null : refusal(c, verdict);
    });
    await next();
    for (const [name, value] of Object.entries(verdict.headers)) c.res.headers.set(name, value);
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
