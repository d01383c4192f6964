/**
 * DNS-rebinding protection for the whole app. A page on rebind.attacker.example can make its own name resolve
 * to 127.0.0.1 and then talk to the local server as "same origin"; the one thing it cannot change is the
 * Host header, which still names the attacker's domain. So on Node (a server on someone's machine or an
 * intranet) Host must be a loopback name or one listed in ALLOWED_HOSTS (MCP_ALLOWED_HOSTS, the older name,
 * still counts). A Worker is public by design: there only a configured list applies.
 */
import type { MiddlewareHandler } from 'hono';
import { getRuntimeKey } from 'hono/adapter';
import { settingList, type AppEnv, type Env } from '../env.ts';
import { refusalResponse } from '../errors.ts';

/** Whether a hostname (as URL parsing leaves it: lower case, numeric forms normalised) is this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/**
 * The hostname a Host header names, canonical as a URL parser reads it: `LOCALHOST:8787` → `localhost`,
 * `127.1` → `127.0.0.1`, a trailing dot dropped. Null when it is not a host at all.
 */
export function canonicalHostname(host: string): string | null {
  if (!host || /[\s/\\?#@]/.test(host) || !URL.canParse(`http://${host}`)) return null;
  return new URL(`http://${host}`).hostname.replace(/\.$/, '');
}

/** The hosts configured for this deployment: ALLOWED_HOSTS and its alias MCP_ALLOWED_HOSTS, ports and case ignored. */
function configuredHosts(env: Env | undefined): string[] {
  return [...settingList(env?.ALLOWED_HOSTS), ...settingList(env?.MCP_ALLOWED_HOSTS)].map((h) => (h === '*' ? h : (canonicalHostname(h) ?? h)));
}

/** Whether a request's Host (and the host of its URL, which an absolute request target sets) is admitted. */
export function hostAdmitted(req: Request, env: Env | undefined, local = getRuntimeKey() === 'node'): boolean {
  const listed = configuredHosts(env);
  if (listed.includes('*') || (!local && listed.length === 0)) return true;
  // An HTTP/1.1 request always carries Host; a request built in process (tests) may only have its URL.
  const hosts = [req.headers.get('host'), new URL(req.url).host].filter((h): h is string => h !== null);
  return hosts.every((host) => {
    const name = canonicalHostname(host);
    return name !== null && (listed.includes(name) || (local && isLoopbackHost(name)));
  });
}

/** The Host allow-list middleware: a JSON 403 (a JSON-RPC error on /mcp) for any other Host. */
export function hostAllowList(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!hostAdmitted(c.req.raw, c.env)) return refusalResponse(c, 'forbidden_origin');
    await next();
  };
}
