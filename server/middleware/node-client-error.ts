/**
 * The Node adapter's last guard: requests that never reach the app. Node's HTTP parser rejects some (an
 * unknown method such as `FOO`, a malformed or oversized header, a timeout) and @hono/node-server others
 * (a Host it cannot turn into a URL, a backslash in the path); both answer with an empty text/plain 400.
 * These get the contract's JSON error and the security headers instead, and a Host that is merely written
 * unusually (`LOCALHOST:8787`, `127.1`) is rewritten in canonical form so the app can judge it.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerOptions } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hono } from 'hono';
import { errorBody } from '../errors.ts';
import { canonicalHostname } from './host-allow-list.ts';
import { securityHeaders } from './security-headers.ts';

/** The security headers every response carries, taken from the middleware itself so the two never drift apart. */
let securityHeaderSet: Record<string, string> = {};
const ready = Promise.resolve(
  new Hono()
    .use(securityHeaders())
    .get('/', (c) => c.body(null, 204))
    .request('/'),
).then((res) => {
  securityHeaderSet = Object.fromEntries(res.headers);
});

const STATUS_LINES: Record<number, string> = { 400: '400 Bad Request', 408: '408 Request Timeout', 431: '431 Request Header Fields Too Large' };

/** The raw HTTP/1.1 response for a request the parser refused. */
export function clientErrorResponse(code: string | undefined): string {
  const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(errorBody('invalid_request'));
  const headers = { ...securityHeaderSet, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  return `HTTP/1.1 ${STATUS_LINES[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
}

/** Makes a Node HTTP server answer parser errors with JSON (a reset connection is simply closed). */
export function answerClientErrorsWithJson(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(err.code));
  });
}

/**
 * Puts the Host header in canonical form; false when the request is one the adapter would refuse with an
 * empty 400 (no Host, a Host that is no host, a backslash in the path, an absolute target that is no URL).
 */
export function canonicalizeRequest(incoming: IncomingMessage): boolean {
  const target = incoming.url ?? '/';
  const query = target.indexOf('?');
  if (target.slice(0, query === -1 ? undefined : query).includes('\\')) return false;
  if (!target.startsWith('/') && !URL.canParse(target)) return false;
  // No Host at all: Node itself would answer HTTP/1.1 with an empty 400 (requireHostHeader, turned off in
  // node-timeouts.ts so that the refusal is made here, in JSON), and the adapter cannot build a URL without one.
  const host = incoming.headers.host;
  if (host === undefined) return false;
  const name = canonicalHostname(host);
  if (name === null) return false;
  const port = new URL(`http://${host}`).port;
  incoming.headers.host = port ? `${name}:${port}` : name;
  return true;
}

/**
 * `createServer` for @hono/node-server's `serve`: Node's own, with each request canonicalised first and the
 * ones the adapter cannot take answered with JSON here.
 */
export function createJsonErrorServer(options: ServerOptions, listener: RequestListener): Server {
  return createServer(options, async (incoming, outgoing) => {
    if (canonicalizeRequest(incoming)) return listener(incoming, outgoing);
    await ready;
    const body = JSON.stringify(errorBody('invalid_request'));
    outgoing
      .writeHead(400, { ...securityHeaderSet, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' })
      .end(body);
  });
}
