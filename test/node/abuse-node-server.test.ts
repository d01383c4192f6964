/**
 * Issue 12's rows that only the real Node server shows (server/node.ts as `npm start` runs it, on a loopback
 * port): raw sockets with unusual Host headers, partial and trickling requests, aborted uploads, prototype
 * names under /assets/. Timeouts are shortened through HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS so the file stays
 * fast; the defaults themselves are checked as values.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, nodeServerOptions, REQUEST_TIMEOUT_MS } from '../../server/middleware/node-timeouts.ts';
import { startNodeServer, type NodeServer } from './node-server.ts';

let server: NodeServer;
let port = 0;

beforeAll(async () => {
  server = await startNodeServer({ RATE_LIMIT_PER_MINUTE: '0', HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' });
  port = Number(new URL(server.base).port);
});
afterAll(async () => {
  await server.close();
});

/** What came back on a raw connection, and after how long the server closed it (or the wait ran out). */
interface RawExchange {
  text: string;
  closedAfterMs: number | null;
}

/**
 * Writes `parts` to a fresh connection, `gapMs` apart, and collects the answer until the server closes the
 * connection or `maxMs` pass (then the client closes it).
 */
function rawExchange(parts: string[], { gapMs = 0, maxMs = 3_000 } = {}): Promise<RawExchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = (closedAfterMs: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ text, closedAfterMs });
    };
    const giveUp = setTimeout(() => finish(null), maxMs);
    socket.on('data', (chunk) => (text += chunk));
    socket.on('close', () => finish(Date.now() - started));
    socket.on('error', () => finish(Date.now() - started));
    parts.forEach((part, i) => setTimeout(() => !done && socket.write(part), i * gapMs));
  });
}

function statusOf(text: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
}

function jsonBodyOf(text: string): unknown {
  return JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
}

const get = (path: string, host: string) => `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;

describe('row 1 on the real server: prototype names under /assets/', () => {
  it('are 404 on GET and HEAD, and nothing reaches the log', async () => {
    const before = server.log();
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const method of ['GET', 'HEAD']) {
        const res = await fetch(`${server.base}/assets/${name}`, { method });
        expect(res.status, `${method} ${name}`).toBe(404);
      }
    }
    // The access log has a line per request (server/node.ts); what must not appear is an error or a stack trace.
    expect(server.log().slice(before.length)).not.toMatch(/"level":"error"|    at /);
  });
});

describe('rows 4 and 9: the Host header on the real server', () => {
  it.each(['LOCALHOST:PORT', 'LocalHost', '127.1:PORT', '127.0.0.1:PORT', '[::1]:PORT'])('a loopback Host written %s is served', async (host) => {
    const { text } = await rawExchange([get('/healthz', host.replace('PORT', String(port)))]);
    expect(statusOf(text)).toBe(200);
    expect(jsonBodyOf(text)).toMatchObject({ ok: true });
  });

  it('a rebinding Host gets a JSON 403 with the security headers, on the feedback list and everywhere else', async () => {
    for (const path of ['/api/feedback', '/healthz', '/']) {
      const { text } = await rawExchange([get(path, 'rebind.attacker.example')]);
      expect(statusOf(text), path).toBe(403);
      expect(text.toLowerCase()).toContain('content-type: application/json');
      expect(text).toContain("frame-ancestors 'none'");
      expect(jsonBodyOf(text)).toMatchObject({ error: { code: 'forbidden_origin' } });
    }
  });

  it.each([
    ['a Host that is no host', get('/healthz', '[::1')],
    ['a Host with a space', get('/healthz', 'local host')],
    ['a backslash in the path', get('/api\\clauses', '127.0.0.1')],
    ['an unknown method', 'FOO / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ])('%s gets a JSON 400 with the security headers, not an empty text/plain one', async (_what, request) => {
    const { text } = await rawExchange([request]);
    expect(statusOf(text)).toBe(400);
    expect(text.toLowerCase()).toContain('content-type: application/json');
    expect(text).toContain("frame-ancestors 'none'");
    expect(jsonBodyOf(text)).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('row 7: slow and abandoned requests', () => {
  it('the defaults are seconds, not minutes, and checked every second', () => {
    expect(nodeServerOptions({})).toEqual({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000, requireHostHeader: false });
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
    expect(nodeServerOptions({ HEADERS_TIMEOUT_MS: '9000', REQUEST_TIMEOUT_MS: '5000' })).toMatchObject({ headersTimeout: 5000, requestTimeout: 5000 });
  });

  it('partial headers get a JSON 408 once the headers timeout passes', async () => {
    const { text, closedAfterMs } = await rawExchange(['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1'], { maxMs: 5_000 });
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs!).toBeLessThan(3_500);
    expect(statusOf(text)).toBe(408);
    expect(jsonBodyOf(text)).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('an idle partial body is cut off once the request timeout passes', async () => {
    const head = 'POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    const { closedAfterMs } = await rawExchange([head, '{"query":"'], { gapMs: 50, maxMs: 6_000 });
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs!).toBeLessThan(4_500);
  });

  it('a body trickled a byte at a time is cut off too', async () => {
    const head = 'POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n';
    const { closedAfterMs } = await rawExchange([head, ...'{"query":"养老服务有哪些内容"'.split('')], { gapMs: 250, maxMs: 8_000 });
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs!).toBeLessThan(4_500);
  });

  it('neither a timeout nor an upload the client abandons is logged as an error', async () => {
    const head = 'POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":"';
    const before = server.log();
    await Promise.all(Array.from({ length: 5 }, () => rawExchange([head], { maxMs: 200 })));
    await rawExchange([head], { maxMs: 4_000 });
    await new Promise((r) => setTimeout(r, 300));
    const logged = server.log().slice(before.length);
    expect(logged).not.toContain('unhandled error');
    expect(logged).not.toMatch(/\n\s+at /);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
