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
  it.each(['/', '/plan', '/staff', '/plan?doc=zj-social-assistance'])('%s is Chinese HTML that a same-origin, no-inline CSP allows', async (path) => {
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

describe('the reading view per document (/plan?doc=)', () => {
  const library = () => createEngine(PLAN_DATA).documents!;

  it('shows a law with its title, level, version and status, and every article once under its chapters', async () => {
    const doc = library().document('zj-social-assistance')!;
    const { res, html } = await page('/plan?doc=zj-social-assistance');
    expect(res.status).toBe(200);
    expect(html).toContain('<h2 id="doc-title">浙江省社会救助条例</h2>');
    expect(html).toContain('浙江省 · 地方性法规 · 版本：2020年9月24日修正 <span class="pill in_force">现行有效</span>');
    const articles = library().corpus.clauses.filter((c) => (c as { doc?: string }).doc === doc.id);
    expect(articles.length).toBe(doc.clauses);
    for (const a of articles) expect(html.split(`id="c-${a.id}"`).length - 1, a.id).toBe(1);
    // Nothing of another document.
    expect(html).not.toMatch(/id="c-(?!zj-social-assistance:)[^"]+"/);
    // Chapter headings once each, where they change; the notes on its versions as clause :0.
    expect(html.split('<h3>第二章　最低生活保障</h3>').length - 1).toBe(1);
    expect(html).toContain('id="c-zj-social-assistance:0"');
    expect(html).toContain('2020年9月24日 浙江省第十三届人民代表大会常务委员会第二十四次会议');
    // The outline links chapters to their first article.
    expect(html).toMatch(/<a href="#c-zj-social-assistance:\d+">第二章　最低生活保障<\/a>/);
  });

  it('marks an article named by id alone (its document is in the id) and highlights the quote, HTML-escaped', async () => {
    const quote = '由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出';
    const { html } = await page(`/plan?clause=zj-social-assistance:11&q=${encodeURIComponent(quote)}`);
    expect(html).toContain('class="clause article current" id="c-zj-social-assistance:11"');
    expect(html).toContain(`<mark id="quote">${quote}</mark>`);
    expect(html).toContain('<span>第十一条</span>');
    const injected = await page(`/plan?clause=zj-social-assistance:11&q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(injected.html).not.toContain('<img src=x');
    expect(injected.html).toContain('未在该条原文中逐字找到');
    expect((await page('/plan?doc=zj-social-assistance&clause=zj-social-assistance:999')).html).toContain('没有编号为 zj-social-assistance:999 的条文');
  });

  it('marks a superseded version and links it to the version in force, which lists it as older', async () => {
    const old = library().documents.find((d) => d.status === 'superseded')!;
    const { html } = await page(`/plan?doc=${old.id}`);
    expect(html).toContain('<span class="pill superseded">已被修订</span>');
    expect(html).toContain(`<a href="/plan?doc=${old.supersededBy}" id="newer-version">`);
    const current = await page(`/plan?doc=${old.supersededBy}`);
    expect(current.html).toContain('<span class="pill in_force">现行有效</span>');
    expect(current.html).toContain(`<a href="/plan?doc=${old.id}">`);
    // An article of it, linked to directly, says so in the bar above it too.
    const article = await page(`/plan?clause=${old.id}:1`);
    expect(article.html).toContain(`<div class="plan-bar warn" role="status">`);
    expect(article.html).toContain(`<span>第一条（${old.versionDate}版，已被修订）</span>`);
  });

  it('offers every document in the picker, the plan\'s page included, with the current one selected', async () => {
    const documents = library().documents;
    const { html } = await page('/plan');
    const options = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(options.sort()).toEqual(['plan', ...documents.map((d) => d.id)].sort());
    expect(html).toContain('<option value="plan" selected>');
    expect((await page('/plan?doc=social-insurance-law')).html).toContain('<option value="social-insurance-law" selected>');
  });

  it('answers an unknown document with a 404 page that offers the picker, escaping what was asked', async () => {
    const { res, html } = await page(`/plan?doc=${encodeURIComponent('<b>x</b>')}`);
    expect(res.status).toBe(404);
    expect(html).toContain('没有编号为 &lt;b&gt;x&lt;/b&gt; 的文件');
    expect(html).toContain('id="doc-select"');
  });
});

describe('长辈版', () => {
  it.each(['/', '/plan', '/staff', '/plan?doc=social-insurance-law'])('%s renders in the mode its cookie asks for, with the switch pressed', async (path) => {
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
