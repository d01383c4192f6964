/** The per-client rate limiter: 429 with Retry-After after the limit, per client, reset with the window, configurable. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createApp } from '../app.ts';
import type { AppEnv, Env } from '../env.ts';
import { handleError } from '../errors.ts';
import { PLAN_DATA } from '../plan-data.ts';
import { clientKey, forwardedFor, trustedHops } from './client-ip.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, limitFrom, rateLimit } from './rate-limit.ts';

/** A tiny app behind the limiter; the test's clock and the socket address come from the request headers. */
function limited(limit: number) {
  let t = 1_000_000;
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use('*', rateLimit({ limit, now: () => t, clientAddress: (req) => req.headers.get('x-test-peer') ?? undefined }));
  app.all('*', (c) => c.json({ ok: true }));
  const send = (peer: string | null, env: Env = {}, path = '/api/x') =>
    app.request(path, { method: 'POST', headers: peer ? { 'x-test-peer': peer } : {} }, env);
  return { send, advance: (ms: number) => (t += ms) };
}

async function statuses(responses: (Response | Promise<Response>)[]): Promise<number[]> {
  return (await Promise.all(responses)).map((r) => r.status);
}

describe('rate limiting', () => {
  it('answers 429 with the JSON error body, Retry-After and RateLimit headers once a client passes the limit', async () => {
    const { send } = limited(3);
    expect(await statuses([send('10.0.0.1'), send('10.0.0.1'), send('10.0.0.1')])).toEqual([200, 200, 200]);
    const res = await send('10.0.0.1');
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('请求过于频繁') } });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(res.headers.get('ratelimit-limit')).toBe('3');
    expect(res.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('counts each client separately', async () => {
    const { send } = limited(2);
    await statuses([send('10.0.0.1'), send('10.0.0.1')]);
    expect((await send('10.0.0.1')).status).toBe(429);
    expect((await send('10.0.0.2')).status).toBe(200);
    expect((await send('2001:db8::1')).status).toBe(200);
  });

  it('starts a fresh window after a minute, and Retry-After says when', async () => {
    const { send, advance } = limited(1);
    expect((await send('10.0.0.1')).status).toBe(200);
    advance(45_000);
    const refused = await send('10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('15');
    advance(15_000);
    expect((await send('10.0.0.1')).status).toBe(200);
  });

  it('reads RATE_LIMIT_PER_MINUTE from the bindings; "0" turns limiting off', async () => {
    const { send } = limited(1);
    expect(await statuses([send('10.0.0.1', { RATE_LIMIT_PER_MINUTE: '2' }), send('10.0.0.1', { RATE_LIMIT_PER_MINUTE: '2' })])).toEqual([200, 200]);
    expect((await send('10.0.0.1', { RATE_LIMIT_PER_MINUTE: '2' })).status).toBe(429);
    expect((await send('10.0.0.1', { RATE_LIMIT_PER_MINUTE: '0' })).status).toBe(200);
    expect(limitFrom(undefined, 120)).toBe(120);
    expect(limitFrom('abc', 120)).toBe(120);
    expect(limitFrom('-5', 120)).toBe(120);
    expect(limitFrom(' 30 ', 120)).toBe(30);
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(120);
  });

  it('never limits /healthz or static assets, nor a request with no known client (in-process tests)', async () => {
    const { send } = limited(1);
    await send('10.0.0.1');
    expect((await send('10.0.0.1', {}, '/healthz')).status).toBe(200);
    expect((await send('10.0.0.1', {}, '/assets/app.css')).status).toBe(200);
    expect(await statuses(Array.from({ length: 5 }, () => send(null)))).toEqual([200, 200, 200, 200, 200]);
  });

  it('treats every address of one IPv6 /64, and IPv4-mapped IPv6 as the IPv4 address, as one client', async () => {
    const { send } = limited(1);
    await send('2001:db8:1:2::1');
    expect((await send('2001:db8:1:2:ffff::9')).status).toBe(429);
    await send('::ffff:192.0.2.7');
    expect((await send('192.0.2.7')).status).toBe(429);
    expect(clientKey('2001:0db8:0001:0002:0000:0000:0000:0001')).toBe('2001:db8:1:2::/64');
    expect(clientKey('[::1]')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('trusts X-Forwarded-For only with TRUST_PROXY, and then only the entry the proxy wrote', async () => {
    const app = new Hono<AppEnv>();
    app.use('*', rateLimit({ limit: 1, clientAddress: () => '127.0.0.1' }));
    app.all('*', (c) => c.json({ ok: true }));
    const via = (xff: string, env: Env) => app.request('/api/x', { method: 'POST', headers: { 'x-forwarded-for': xff } }, env);
    // Without TRUST_PROXY the header is ignored: everyone behind it is the one socket peer.
    expect((await via('203.0.113.1', {})).status).toBe(200);
    expect((await via('203.0.113.2', {})).status).toBe(429);
    // With one trusted proxy, the rightmost entry is the client; a forged leftmost entry changes nothing.
    expect((await via('203.0.113.1', { TRUST_PROXY: 'true' })).status).toBe(200);
    expect((await via('6.6.6.6, 203.0.113.1', { TRUST_PROXY: 'true' })).status).toBe(429);
    expect((await via('203.0.113.9', { TRUST_PROXY: '1' })).status).toBe(200);
    expect(forwardedFor('1.1.1.1, 2.2.2.2, 3.3.3.3', 2)).toBe('2.2.2.2');
    expect(forwardedFor('not an address', 1)).toBeUndefined();
    expect(forwardedFor('1.1.1.1', 3)).toBeUndefined();
    expect([trustedHops(undefined), trustedHops('0'), trustedHops('false'), trustedHops('true'), trustedHops('2')]).toEqual([0, 0, 0, 1, 2]);
  });

  it('is off unless the adapter asks for it, and on /mcp refuses with a JSON-RPC error', async () => {
    const engine = createEngine(PLAN_DATA);
    const peer = { clientAddress: () => '198.51.100.4' };
    const off = createApp({ engine });
    const statusesOff = await statuses(Array.from({ length: 5 }, () => off.request('/api/clauses/1.1', {}, { RATE_LIMIT_PER_MINUTE: '1' })));
    expect(statusesOff.every((s) => s !== 429)).toBe(true);

    const on = createApp({ engine, rateLimit: peer });
    const env: Env = { RATE_LIMIT_PER_MINUTE: '1' };
    const mcp = () =>
      on.request(
        'http://127.0.0.1/mcp',
        { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' },
        env,
      );
    expect((await mcp()).status).toBe(200);
    const refused = await mcp();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: expect.any(Number), data: { code: 'rate_limited' } } });
    expect((await on.request('/healthz', {}, env)).status).toBe(200);
  });
});
