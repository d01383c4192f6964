/**
 * Who sent a request, for per-client limits. Each runtime knows it differently: Cloudflare puts the
 * visitor's address in `cf-connecting-ip` (and overwrites any copy the client sent), Node knows the socket
 * address, and behind a reverse proxy the proxy appends the address it saw to `x-forwarded-for`.
 */
import type { Context } from 'hono';
import { getRuntimeKey } from 'hono/adapter';
import type { AppEnv } from '../env.ts';

/** Supplied by a runtime adapter: the socket address a request came from (Node), when the request itself does not say. */
export type ClientAddressOf = (request: Request) => string | undefined;

/**
 * The client's address, normalised so that one client has one key, or undefined when it cannot be told
 * (in-process tests). A header is trusted only where something trustworthy wrote it: `cf-connecting-ip` on
 * Workers, `x-forwarded-for` only when TRUST_PROXY says how many proxies stand in front of the server.
 */
export function clientIp(c: Context<AppEnv>, socketAddress?: ClientAddressOf): string | undefined {
  const raw =
    getRuntimeKey() === 'workerd'
      ? c.req.header('cf-connecting-ip')
      : (forwardedFor(c.req.header('x-forwarded-for'), trustedHops(c.env?.TRUST_PROXY)) ?? socketAddress?.(c.req.raw));
  return raw ? clientKey(raw) : undefined;
}

/** TRUST_PROXY: unset, "0" or "false" trusts no header; "true" means one proxy; a number, that many. */
export function trustedHops(value: string | undefined): number {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'true') return 1;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10) : 0;
}

/**
 * The address the outermost trusted proxy saw. Each proxy appends the peer it talked to, so with `hops`
 * proxies the entry `hops` from the right is the client; anything further left was written by the client
 * and may be forged.
 */
export function forwardedFor(header: string | undefined, hops: number): string | undefined {
  if (hops === 0 || !header) return undefined;
  const entries = header.split(',').map((s) => s.trim()).filter(Boolean);
  const entry = entries[entries.length - hops];
  return entry && /^[0-9a-f.:[\]]+$/i.test(entry) ? entry : undefined;
}

/**
 * One key per client: IPv4-mapped IPv6 becomes plain IPv4 (Node reports `::ffff:127.0.0.1` on dual-stack
 * sockets) and an IPv6 address is cut to its /64, because one household or server is handed a whole /64
 * and could otherwise rotate through addresses to escape the limit.
 */
export function clientKey(address: string): string {
  const a = address.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(':')) return a;
  const [head = '', tail] = a.split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
