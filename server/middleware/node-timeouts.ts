/**
 * How long the Node server waits for a client, in seconds rather than Node's minutes. Node's defaults (60 s for
 * the headers, 300 s for the whole request, checked every 30 s) let an idle or trickling client hold a
 * connection for minutes: measured, a partial body stayed open past 115 s and partial headers got their 408
 * only at ~67 s. A person's request is a few kilobytes and arrives in milliseconds.
 */
import type { ServerOptions } from 'node:http';
import type { Env } from '../env.ts';

/** Default time allowed for the request line and headers. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Default time allowed for the whole request, body included (64 KiB at most, see validate.ts). */
export const REQUEST_TIMEOUT_MS = 20_000;

/** A positive whole number of milliseconds from a setting, else the fallback. */
function millis(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The http.Server options: the two timeouts (HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS override them; the
 * headers never get longer than the whole request, which Node requires) and a check every second, so a
 * timeout is enforced within a second of falling due rather than up to 30 s late.
 */
export function nodeServerOptions(env: Env): ServerOptions {
  const requestTimeout = millis(env.REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS);
  const headersTimeout = Math.min(millis(env.HEADERS_TIMEOUT_MS, HEADERS_TIMEOUT_MS), requestTimeout);
  // requireHostHeader off: a request without Host is refused by node-client-error.ts with the contract's JSON
  // 400 and the security headers, not by Node with an empty one.
  return { requestTimeout, headersTimeout, connectionsCheckingInterval: Math.min(1_000, headersTimeout), requireHostHeader: false };
}
