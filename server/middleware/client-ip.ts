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
 * Workers; `x-forwarded-for` only from a proxy TRUST_PROXY names (proxyTrust).
 */
export function clientIp(c: Context<AppEnv>, socketAddress?: ClientAddressOf): string | undefined {
  const raw = getRuntimeKey() === 'workerd' ? c.req.header('cf-connecting-ip') : forwardedClient(c, socketAddress?.(c.req.raw));
  return raw ? clientKey(raw) : undefined;
}

/** On Node: the address X-Forwarded-For names when the peer is a trusted proxy, else the peer itself. */
function forwardedClient(c: Context<AppEnv>, peer: string | undefined): string | undefined {
  const trust = proxyTrust(c.env?.TRUST_PROXY);
  if (trust.kind === 'none') return peer;
  const header = c.req.header('x-forwarded-for');
  if (trust.kind === 'hops') {
    // A hop count names no proxy: the header is believed only from a peer no outsider can be (loopback, a
    // private network), or where the adapter cannot say who the peer is (in-process tests).
    if (peer !== undefined && !isPrivateAddress(peer)) return peer;
    return forwardedFor(header, trust.hops) ?? peer;
  }
  if (peer === undefined || !trust.trusted(peer)) return peer;
  // From the right, each entry a trusted proxy wrote about the one before it; the first untrusted entry is the client.
  const entries = (header ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (parseAddress(entry) === null) return peer;
    if (!trust.trusted(entry)) return entry;
  }
  return entries[0] ?? peer;
}

/** How far X-Forwarded-For is believed. */
export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; trusted: (address: string) => boolean };

const trustCache = new Map<string, ProxyTrust>();

/**
 * TRUST_PROXY: unset, "0" or "false" trusts no header. A comma-separated list of the proxies' addresses or CIDR
 * ranges ("10.0.0.5", "10.0.0.0/8, ::1") trusts the header only on connections from them, and skips every entry
 * they wrote. "true" or a number (the older form: how many proxies stand in front) trusts that many entries from
 * the right, but only on connections from loopback or private addresses; the server warns at start that it
 * names no proxy (node.ts).
 */
export function proxyTrust(value: string | undefined): ProxyTrust {
  const v = (value ?? '').trim().toLowerCase();
  let trust = trustCache.get(v);
  if (trust) return trust;
  const hops = trustedHops(v);
  if (hops > 0) trust = { kind: 'hops', hops };
  else {
    const ranges = v
      .split(',')
      .map((s) => parseRange(s.trim()))
      .filter((r): r is Range => r !== null);
    trust = ranges.length ? { kind: 'list', trusted: (address) => ranges.some((r) => inRange(address, r)) } : { kind: 'none' };
  }
  if (trustCache.size < 16) trustCache.set(v, trust);
  return trust;
}

/** TRUST_PROXY as a hop count: "true" means one proxy; a number, that many; anything else none. */
export function trustedHops(value: string | undefined): number {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'true') return 1;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10) : 0;
}

/** An address as a number and its family (IPv4-mapped IPv6 as IPv4), or null when it is none. */
function parseAddress(text: string): { bits: 32 | 128; value: bigint } | null {
  const a = text.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(mapped ? mapped[1]! : a);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    if (parts.some((p) => p > 255)) return null;
    return { bits: 32, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!/^[0-9a-f:]+$/.test(a) || !a.includes(':')) return null;
  const [head = '', tail] = a.split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined && left.length !== 8) return null;
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  if (groups.length !== 8 || groups.some((g) => g.length === 0 || g.length > 4)) return null;
  return { bits: 128, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

interface Range {
  bits: 32 | 128;
  value: bigint;
  prefix: number;
}

/** "10.0.0.0/8", "fd00::/8" or a single address. */
function parseRange(text: string): Range | null {
  const [address = '', prefixText] = text.split('/', 2);
  const parsed = parseAddress(address);
  if (!parsed) return null;
  const prefix = prefixText === undefined ? parsed.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > parsed.bits) return null;
  return { ...parsed, prefix };
}

function inRange(address: string, range: Range): boolean {
  const parsed = parseAddress(address);
  if (!parsed || parsed.bits !== range.bits) return false;
  const shift = BigInt(range.bits - range.prefix);
  return parsed.value >> shift === range.value >> shift;
}

/** Loopback, RFC 1918, carrier-grade NAT, link-local and unique-local addresses: not reachable from the internet. */
const PRIVATE_RANGES = ['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '::1/128', 'fc00::/7', 'fe80::/10']
  .map(parseRange)
  .filter((r): r is Range => r !== null);

/** Whether an address is loopback or on a private network. */
export function isPrivateAddress(address: string): boolean {
  return PRIVATE_RANGES.some((r) => inRange(address, r));
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
