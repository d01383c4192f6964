/** CORS_ORIGINS: same origin only by default, "*" for anyone, or a list; preflights answered with what MCP clients need. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createApp } from '../app.ts';
import type { Env } from '../env.ts';
import { PLAN_DATA } from '../plan-data.ts';
import { allowedOrigin } from './cors-policy.ts';

const app = createApp({ engine: createEngine(PLAN_DATA) });

const search = (origin: string, env: Env) =>
  app.request('/api/search', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"query":"养老服务"}' }, env);
const preflight = (origin: string, env: Env, path = '/api/chat') =>
  app.request(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } }, env);

describe('CORS policy', () => {
  it('by default sends no Access-Control-Allow-Origin, so browsers keep other sites from reading answers', async () => {
    const res = await search('https://evil.example', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight('https://evil.example', {});
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with "*" lets any site read responses, without credentials', async () => {
    const res = await search('https://any.example', { CORS_ORIGINS: '*' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('with a list allows exactly the listed origins (case and trailing slash ignored) and varies on Origin', async () => {
    const env = { CORS_ORIGINS: 'https://zwfw.zj.gov.cn/, https://Partner.example' };
    const ok = await search('https://zwfw.zj.gov.cn', env);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://zwfw.zj.gov.cn');
    expect(ok.headers.get('vary')).toContain('Origin');
    expect((await search('https://partner.example', env)).headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect((await search('https://zwfw.zj.gov.cn.evil.example', env)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await search('null', env)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight for an allowed origin with the methods and headers JSON and MCP clients send', async () => {
    const pre = await preflight('https://partner.example', { CORS_ORIGINS: 'https://partner.example' }, '/mcp');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toContain('mcp-protocol-version');
    expect(pre.headers.get('access-control-max-age')).toBe('600');
  });

  it('keeps CORS headers on error responses, so a browser client can read the error', async () => {
    const res = await app.request('/api/search', { method: 'POST', headers: { origin: 'https://a.example', 'content-type': 'application/json' }, body: '{' }, { CORS_ORIGINS: '*' });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each([
    ['https://a.example', undefined, null],
    ['https://a.example', '', null],
    ['https://a.example', ' * ', '*'],
    ['', 'https://a.example', null],
    ['https://A.example', 'https://a.example', 'https://A.example'],
  ])('allowedOrigin(%j, %j) → %j', (origin, setting, expected) => {
    expect(allowedOrigin(origin, setting)).toBe(expected);
  });
});
