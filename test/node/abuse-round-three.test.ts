/**
 * Issue 23, "holding up, round three": the rows found by attacking the running server that are not in their
 * own table file (masking-table.test.ts: rows 1, 2, 6; refusal-table.test.ts: rows 3, 4; shutdown.test.ts:
 * row 7). Each `describe` is one row of the table; the Node-only ones run the real server.
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../server/feedback/sqlite-store.ts';
import type { AppEnv, Env } from '../../server/env.ts';
import { logError, setLogSink } from '../../server/logger.ts';
import { isPrivateAddress, proxyTrust } from '../../server/middleware/client-ip.ts';
import { rateLimit } from '../../server/middleware/rate-limit.ts';
import { mcpRequest, testApp } from './support.ts';
import { startNodeServer, type NodeServer } from './node-server.ts';

const JSON_TYPE = { 'content-type': 'application/json' };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('row 5: one client cannot flood the staff list', () => {
  let store: SqliteStore;
  const env: Env = { STAFF_TOKEN: 'round-three-staff', RATE_LIMIT_PER_MINUTE: '0' };
  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
  });
  afterAll(() => store.close());

  it('twenty wrong-answer ratings from one client count once; two clients count twice', async () => {
    let peer = '198.51.100.20';
    const app = testApp({ feedback: store, rateLimit: { clientAddress: () => peer } });
    const rate = (question: string) =>
      app.request('/api/feedback', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ rating: 'wrong_answer', question, answer: '答' }) }, env);
    for (let i = 0; i < 20; i++) expect((await rate('广告：加微信领补贴')).status).toBe(201);
    peer = '198.51.100.21';
    await rate('养老金什么时候涨');
    await rate('广告：加微信领补贴');
    peer = '198.51.100.22';
    await rate('养老金什么时候涨');
    await rate('养老金什么时候涨');
    const res = await app.request('/api/unanswered', { headers: { authorization: `Bearer ${env.STAFF_TOKEN}` } }, env);
    const { questions } = (await res.json()) as { questions: { question: string; count: number }[] };
    // Equal counts: their order is by time, which may be the same millisecond here.
    expect(questions.map((q) => [q.question, q.count]).sort()).toEqual([
      ['养老金什么时候涨', 2],
      ['广告：加微信领补贴', 2],
    ].sort());
  });
});

describe('row 6: bidi controls are not kept', () => {
  it('neither in stored feedback nor in the log', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const app = testApp({ feedback: store });
      const text = '低保\u202e怎么申请\u2066？\u202c';
      const res = await app.request('/api/feedback', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ rating: 'wrong_answer', question: text, answer: text, comment: text }) });
      expect(res.status).toBe(201);
      const { feedback } = await store.list({ limit: 10, offset: 0 });
      expect(JSON.stringify(feedback)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(feedback[0]!.question).toBe('低保怎么申请？');
      const lines: string[] = [];
      const restore = setLogSink((line) => lines.push(line));
      logError('failed for', text);
      setLogSink(restore);
      expect(lines.join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    } finally {
      store.close();
    }
  });
});

describe('row 8: stdio MCP', () => {
  /** Runs the stdio server, writes `input`, and collects stdout until it exits or `waitMs` pass. */
  function stdio(input: string[], waitMs = 20_000): Promise<{ stdout: string; code: number | null }> {
    return new Promise((resolve) => {
      const child = spawn(`${ROOT}node_modules/.bin/tsx`, ['server/stdio.ts'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const timer = setTimeout(() => child.kill('SIGTERM'), waitMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ stdout, code });
      });
      child.stdin.on('error', () => {});
      for (const line of input) child.stdin.write(line);
      child.stdin.end();
    });
  }
  const init = `${JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } })}\n`;
  const ID = '330106199001011234';

  it('masks personal data in its errors, as over HTTP', async () => {
    const calls = [
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: `t${ID}`, arguments: {} } },
      { jsonrpc: '2.0', id: 2, method: 'resources/read', params: { uri: `plan://other/${ID}` } },
      { jsonrpc: '2.0', id: 3, method: 'prompts/get', params: { name: `p${ID}`, arguments: {} } },
    ].map((m) => `${JSON.stringify(m)}\n`);
    const { stdout } = await stdio([init, ...calls]);
    expect(stdout.trim().split('\n')).toHaveLength(4);
    expect(stdout).toContain('［已隐去身份证号］');
    expect(stdout).not.toContain(ID);
  });

  it('answers a message over 10 MiB with a JSON-RPC error and exits non-zero', async () => {
    const huge = `{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"search_plan","arguments":{"query":"${'养'.repeat(4 * 1024 * 1024)}"}}}\n`;
    const { stdout, code } = await stdio([init, huge]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { data?: { code?: string } } });
    expect(lines.at(-1)).toMatchObject({ jsonrpc: '2.0', id: null, error: { data: { code: 'payload_too_large' } } });
    expect(code).toBe(1);
  });
});

describe('row 9: TRUST_PROXY', () => {
  const limited = (env: Env, peer: string) => {
    const app = new Hono<AppEnv>();
    app.use('*', rateLimit({ limit: 1, clientAddress: () => peer }));
    app.all('*', (c) => c.json({ ok: true }));
    return (xff: string) => app.request('/api/x', { method: 'POST', headers: { 'x-forwarded-for': xff } }, env);
  };

  it('=1 with the port reachable directly: a forged X-Forwarded-For from a public peer changes nothing', async () => {
    const send = limited({ TRUST_PROXY: '1' }, '203.0.113.50');
    expect((await send('1.1.1.1')).status).toBe(200);
    expect((await send('2.2.2.2')).status).toBe(429);
  });

  it('=1 behind a proxy on loopback still tells its clients apart', async () => {
    const send = limited({ TRUST_PROXY: '1' }, '127.0.0.1');
    expect((await send('1.1.1.1')).status).toBe(200);
    expect((await send('2.2.2.2')).status).toBe(200);
    expect((await send('2.2.2.2')).status).toBe(429);
  });

  it('a list of proxies: believed only from them, every entry they wrote skipped', async () => {
    const env = { TRUST_PROXY: '10.0.0.5, 192.168.0.0/16' };
    const direct = limited(env, '203.0.113.51');
    expect((await direct('1.1.1.1')).status).toBe(200);
    expect((await direct('2.2.2.2')).status).toBe(429);
    const proxied = limited(env, '10.0.0.5');
    expect((await proxied('6.6.6.6, 1.1.1.1, 192.168.1.1')).status).toBe(200);
    expect((await proxied('7.7.7.7, 1.1.1.1')).status).toBe(429);
    expect((await proxied('2.2.2.2')).status).toBe(200);
  });

  it('reads the setting', () => {
    expect(proxyTrust(undefined).kind).toBe('none');
    expect(proxyTrust('false').kind).toBe('none');
    expect(proxyTrust('true')).toEqual({ kind: 'hops', hops: 1 });
    const list = proxyTrust('10.0.0.0/8,::1, not-an-address');
    expect(list.kind).toBe('list');
    if (list.kind !== 'list') return;
    expect([list.trusted('10.9.8.7'), list.trusted('::1'), list.trusted('::ffff:10.1.1.1'), list.trusted('11.0.0.1')]).toEqual([true, true, true, false]);
    expect(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.9.9', 'fd00::1', '::1'].every(isPrivateAddress)).toBe(true);
    expect(['8.8.8.8', '172.32.0.1', '2001:db8::1'].some(isPrivateAddress)).toBe(false);
  });

  it('the server warns at start when TRUST_PROXY names no proxy', async () => {
    const server = await startNodeServer({ TRUST_PROXY: '1' });
    try {
      expect(server.log()).toContain('TRUST_PROXY is a count and names no proxy');
    } finally {
      await server.close();
    }
  });
});

describe('row 10: refusals in the contract shape', () => {
  const app = testApp();

  it('a wrong method is 405 with Allow, in JSON', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/api/chat', 'POST'],
      ['GET', '/api/search', 'POST'],
      ['DELETE', '/healthz', 'GET, HEAD'],
      ['POST', '/api/clauses/4.1.2', 'GET, HEAD'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
    }
    expect((await app.request('/no-such-path', { method: 'PUT' })).status).toBe(404);
  });

  it('/mcp with another method is a JSON-RPC 405 allowing POST', async () => {
    const res = await app.request('/mcp', { method: 'PATCH' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { data: { code: 'method_not_allowed' } } });
  });

  it('an empty JSON-RPC batch is one Invalid Request error', async () => {
    const res = await app.fetch(mcpRequest('[]'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
  });

  describe('on the Node server', () => {
    let server: NodeServer;
    beforeAll(async () => {
      server = await startNodeServer({ RATE_LIMIT_PER_MINUTE: '0' });
    });
    afterAll(() => server.close());

    it('no Host header: a JSON 400 with the security headers', async () => {
      const port = Number(new URL(server.base).port);
      const text = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n'));
        let data = '';
        socket.on('data', (chunk) => (data += chunk));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
      });
      expect(text).toMatch(/^HTTP\/1\.1 400 /);
      expect(text.toLowerCase()).toContain('content-type: application/json');
      expect(text.toLowerCase()).toContain('content-security-policy:');
      expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'invalid_request' } });
    });
  });
});

describe('row 11: validation errors are not over-masked', () => {
  const app = testApp();
  it('a schema bound is shown as the number it is, while client text in the message is still masked', async () => {
    const res = await app.request('/api/search', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ query: '养老', k: 99999999999999999 }) });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('<=9007199254740991');
    expect(text).not.toContain('已隐去');
    const keyed = await app.request('/api/search', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ query: '养老', ['13812345678']: 1 }) });
    expect(await keyed.text()).not.toContain('13812345678');
  });
});
