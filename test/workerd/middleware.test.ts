/** The hardening middleware inside workerd: security headers, CORS, the body-size guard and the per-client rate limit. */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

/** The Worker's default export (server/worker.ts), as the runtime sees it. */
const worker = (exports as unknown as { default: { fetch: typeof fetch } }).default;

describe('middleware on Workers', () => {
  it('sets the security headers and no CORS header by default', async () => {
    const res = await worker.fetch('http://worker/healthz', { headers: { origin: 'https://other.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body whose Content-Length is over the limit with 413, on /api and on /mcp', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(70_000) });
    const api = await worker.fetch('http://worker/api/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(api.status).toBe(413);
    expect(await api.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const mcp = await worker.fetch('http://worker/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: big,
    });
    expect(mcp.status).toBe(413);
    expect(await mcp.json()).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'payload_too_large' } } });
  });

  it('limits each cf-connecting-ip to the default 120 requests a minute, with Retry-After', async () => {
    const hit = (ip: string) => worker.fetch('http://worker/api/clauses/none', { headers: { 'cf-connecting-ip': ip } });
    const statuses: number[] = [];
    for (let i = 0; i < 120; i++) statuses.push((await hit('203.0.113.50')).status);
    expect(statuses.every((s) => s === 404)).toBe(true);
    const refused = await hit('203.0.113.50');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await hit('203.0.113.51')).status).toBe(404);
    expect((await worker.fetch('http://worker/healthz', { headers: { 'cf-connecting-ip': '203.0.113.50' } })).status).toBe(200);
  });
});
