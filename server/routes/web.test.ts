/** The web pages and assets through app.request(): what is served, with which headers, and nothing from elsewhere. */
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { ProfileSchema } from '../../tools/eligibility/profile.ts';
import { createApp } from '../app.ts';
import { PLAN_DATA } from '../plan-data.ts';
import { ASSETS } from '../web/assets.ts';
import { ELIGIBILITY_FIELDS } from '../web/eligibility-fields.ts';
import { ELDER_VALUE, MODE_COOKIE } from '../web/elder-mode.ts';
import { REFERRAL_CHANNELS } from '../../tools/wording.ts';

let app: ReturnType<typeof createApp>;
beforeAll(() => {
  app = createApp({ engine: createEngine(PLAN_DATA) });
});

const page = async (path: string) => {
  const res = await app.request(path);
  return { res, html: await res.text() };
};

describe('pages', () => {
  it.each(['/', '/plan', '/staff'])('%s is Chinese HTML that a same-origin, no-inline CSP allows', async (path) => {
    const { res, html } = await page(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(html).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/);
    expect(html).toContain('name="viewport"');
    // No external fonts, scripts, styles or CDNs, no inline script or style: the policy in
    // middleware/security-headers.ts can forbid all of them.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('/ labels every control and offers example questions', async () => {
    const { html } = await page('/');
    const ids = [...html.matchAll(/<(?:textarea|select|input)[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
    expect(html.match(/data-example="/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('/plan marks the requested clause and highlights the quote, HTML-escaped', async () => {
    const quote = '实施义务教育优质均衡发展县创建行动。';
    const { html } = await page(`/plan?clause=4.1.2&q=${encodeURIComponent(quote)}`);
    expect(html).toContain('class="clause current" id="c-4.1.2"');
    expect(html).toContain(`<mark id="quote">${quote}</mark>`);
    expect(html).toContain('<span>条款 4.1.2</span>');

    const injected = await page(`/plan?clause=4.1.2&q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(injected.html).not.toContain('<script>alert(1)');
    expect(injected.html).toContain('未在该条款原文中逐字找到');

    expect((await page('/plan?clause=99.9')).html).toContain('没有编号为 99.9 的条款');
  });

  it('/plan shows every clause once, and inferred headings as such', async () => {
    const { html } = await page('/plan');
    const clauses = createEngine(PLAN_DATA).corpus.clauses;
    for (const c of clauses) expect(html.split(`id="c-${c.id}"`).length - 1, c.id).toBe(1);
    const inferred = clauses.filter((c) => c.pathInferred.some(Boolean)).length;
    expect(inferred).toBeGreaterThan(0);
    expect(html).toContain('<span class="badge">推定标题</span>');
  });
});

describe('长辈版', () => {
  it.each(['/', '/plan', '/staff'])('%s renders in the mode its cookie asks for, with the switch pressed', async (path) => {
    const plain = await app.request(path);
    const plainHtml = await plain.text();
    expect(plainHtml).toMatch(/<html lang="zh-CN">/);
    expect(plainHtml).toContain('id="mode-toggle" class="mode-toggle" aria-pressed="false"');
    expect(plain.headers.get('vary')).toMatch(/cookie/i);
    const elder = await (await app.request(path, { headers: { cookie: `${MODE_COOKIE}=${ELDER_VALUE}` } })).text();
    expect(elder).toMatch(/<html lang="zh-CN" class="elder">/);
    expect(elder).toContain('aria-pressed="true"');
    const other = await (await app.request(path, { headers: { cookie: `${MODE_COOKIE}=something-else` } })).text();
    expect(other).toMatch(/<html lang="zh-CN">/);
  });
});

describe('assets', () => {
  it.each(Object.keys(ASSETS))('%s is served with its type, cached by content hash', async (name) => {
    const asset = ASSETS[name]!;
    const res = await app.request(`/assets/${name}?v=${asset.hash}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(asset.type);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const body = await res.text();
    expect(body).toBe(asset.body);
    // The one address allowed is 浙里办's, a link the person taps in a referral; nothing is loaded from elsewhere.
    const rest = body.split(REFERRAL_CHANNELS.app.url).join('');
    expect(rest).not.toMatch(/https?:\/\/|@import|url\(\s*['"]?(https?:)?\/\//);
    expect((await app.request(`/assets/${name}`)).headers.get('cache-control')).toBe('no-cache');
  });

  it.each(Object.keys(ASSETS).filter((n) => n.endsWith('.js')))('%s is valid JavaScript', (name) => {
    expect(() => new Script(ASSETS[name]!.body, { filename: name })).not.toThrow();
  });

  it('every page links its assets by current hash', async () => {
    for (const path of ['/', '/plan', '/staff']) {
      const { html } = await page(path);
      for (const [, name, hash] of html.matchAll(/\/assets\/([\w.-]+)\?v=(\w+)/g)) expect(ASSETS[name!]?.hash).toBe(hash);
    }
  });

  it('an unknown asset is a JSON 404', async () => {
    const res = await app.request('/assets/evil.js');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('the eligibility form', () => {
  it('asks only Profile fields, with values the Profile schema accepts', () => {
    for (const field of ELIGIBILITY_FIELDS) {
      const schema = ProfileSchema.shape[field.name];
      if (field.kind === 'number') expect(schema.safeParse(40).success, field.name).toBe(true);
      for (const [value] of field.options ?? []) {
        const parsed = value === 'true' || value === 'false' ? value === 'true' : value;
        expect(schema.safeParse(parsed).success, `${field.name}=${value}`).toBe(true);
      }
    }
  });
});
