/**
 * Security headers on every kind of response, and the web pages checked against the CSP: nothing inline
 * that the policy would block, nothing loaded from another origin.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createApp } from '../app.ts';
import { PLAN_DATA } from '../plan-data.ts';

const app = createApp({ engine: createEngine(PLAN_DATA) });

const EXPECTED: Record<string, RegExp> = {
  'content-security-policy': /default-src 'self'.*script-src 'self'.*style-src 'self'.*object-src 'none'.*frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'x-frame-options': /^DENY$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
};

describe('security headers', () => {
  it.each([
    ['the chat page', () => app.request('/')],
    ['JSON', () => app.request('/healthz')],
    ['a 404', () => app.request('/nope')],
    ['a 400', () => app.request('/api/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
    ['a 413', () => app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '999999' }, body: '{}' })],
    ['an MCP refusal', () => app.request('/mcp')],
  ])('are set on %s', async (_name, send) => {
    const res = await send();
    for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers.get(name), name).toMatch(value);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('does not upgrade insecure requests, which would break the local http://127.0.0.1 server', async () => {
    expect((await app.request('/')).headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it.each(['/', '/plan', '/staff'])('page %s has nothing the CSP would block', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Scripts: only external same-origin files, or inert JSON data blocks.
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      expect(/\bsrc="\/(?!\/)/.test(tag) || /type="application\/json"/.test(tag), tag).toBe(true);
    }
    for (const block of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      expect(() => JSON.parse(block[1]!), 'an inline script that is not JSON data').not.toThrow();
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle="/i);
    expect(html).not.toMatch(/\son[a-z]+="/i);
    expect(html).not.toMatch(/javascript:/i);
    // Every URL in src/href is same-origin, a fragment, or the data: favicon.
    for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]*)"/gi)) expect(url, url).toMatch(/^(\/(?!\/)|#|data:,$|\?)/);
  });

  it('serves every asset the pages load, with the right type', async () => {
    const html = (await (await app.request('/')).text()) + (await (await app.request('/plan')).text()) + (await (await app.request('/staff')).text());
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!))];
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const url of assets) {
      const res = await app.request(url.replace(/&amp;/g, '&'));
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toMatch(/^(text\/css|text\/javascript)/);
    }
  });
});
