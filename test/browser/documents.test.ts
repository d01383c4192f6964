/**
 * The laws and regulations on every page, in Chromium: an answer quoting an article names its law and version and
 * 查看原文 opens the article in the reading view (/plan?clause=<doc>:<n>), marked, quote highlighted, on screen, with
 * the law's version and status; the picker opens another document by keyboard; a superseded version links to the
 * version in force; an anchor (#c-<doc>:<n>) lands on its article; the staff audit names the law and its reader
 * opens it. 长辈版 on a phone: text and targets sized as it promises. axe for the page: accessibility.test.ts.
 */
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELDER_VALUE, MODE_COOKIE } from '../../server/web/elder-mode.ts';
import { answerDone, DESKTOP, PHONE, screenshot, serverAndBrowser, sseBody } from './harness.ts';

const rig = serverAndBrowser(PHONE);
/** 社会保险法 第四十六条, as GET /api/clauses/:id gives it. */
let article: { id: string; path: string[]; text: string; doc: string; docTitle: string; versionDate: string; label: string };
let documents: { id: string; title: string; versionDate: string; status: string; supersededBy?: string }[];
let quote: string;

beforeAll(async () => {
  article = (await (await fetch(`${rig.server.url}/api/clauses/social-insurance-law:46`)).json()) as typeof article;
  documents = ((await (await fetch(`${rig.server.url}/api/documents`)).json()) as { documents: typeof documents }).documents;
  quote = article.text.split('；')[1]!;
});

/** The name every surface gives the article: 《title》label（date版）. */
const articleName = () => `《${article.docTitle}》${article.label}（${article.versionDate}版）`;

/** The citation of the article, as an answer carries it. */
const citation = () => ({ n: 1, id: article.id, path: article.path, quote, doc: article.doc, docTitle: article.docTitle, versionDate: article.versionDate, label: article.label });

async function newPage(viewport = PHONE, elder = false): Promise<Page> {
  const context = await rig.browser.newContext(viewport);
  if (elder) await context.addCookies([{ name: MODE_COOKIE, value: ELDER_VALUE, url: rig.server.url }]);
  return context.newPage();
}

/** Whether an element's box lies within the viewport's height. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y < height;
}

describe('documents in the browser', () => {
  it('chat: an article is named by its law and version, and 查看原文 opens it marked in the law\'s reading view, then back', async () => {
    const page = await newPage();
    const answer = { answer: `具体规定见《${article.docTitle}》${article.label}：“${quote}”[1]`, status: 'answered', citations: [citation()] };
    await page.route('**/api/chat', (route: Route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: sseBody(answer) }));
    await page.goto(`${rig.server.url}/`);
    await page.getByLabel('输入您的问题').fill('失业保险金最长领多久？');
    await page.getByRole('button', { name: '发送' }).click();
    const item = await answerDone(page, 0);
    expect((await item.locator('.sources .source-name').innerText()).trim()).toBe(articleName());
    await item.locator('.answer-text button.cite').first().click();
    const panel = item.locator('.cite-panel');
    // The title once, in the name; the path below it starts at the chapter.
    expect(await panel.locator('.path').innerText()).toBe(`${articleName()}：${article.path.slice(1).join(' › ')}`);
    await screenshot(page, 'phone-documents-1-citation');

    await panel.getByText('查看原文').click();
    await page.waitForURL(/\/plan\?clause=social-insurance-law/);
    expect(await page.locator('.clause.current').getAttribute('id')).toBe(`c-${article.id}`);
    expect(await page.locator('mark#quote').innerText()).toBe(quote);
    expect(await onScreen(page, 'mark#quote')).toBe(true);
    expect(await page.locator('#doc-title').innerText()).toBe(article.docTitle);
    expect(await page.locator('.doc-meta').innerText()).toContain('现行有效');
    expect(await page.locator('.plan-bar').innerText()).toContain(article.label);
    await screenshot(page, 'phone-documents-2-article');

    await page.locator('#back').click();
    await page.waitForURL(`${rig.server.url}/`);
    expect(await (await answerDone(page, 0)).locator('.sources').innerText()).toContain(articleName());
    await page.context().close();
  });

  it('reading view: the picker opens a law by keyboard, its outline leads to a chapter, an anchor lands on its article', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${rig.server.url}/plan`);
    // The plan's page offers every document.
    expect(await page.locator('#doc-select option').count()).toBe(documents.length);
    await page.getByLabel('选择文件（规划、法规）').focus();
    await page.getByLabel('选择文件（规划、法规）').selectOption('zj-social-assistance');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plan\?doc=zj-social-assistance$/);
    expect(await page.locator('#doc-title').innerText()).toBe('浙江省社会救助条例');
    expect(await page.locator('.doc-meta').innerText()).toBe('浙江省 · 地方性法规 · 版本：2020年9月24日修正 现行有效');
    // Wide screen: the outline is open beside the text; a chapter link lands on its first article.
    expect(await page.locator('#toc').getAttribute('open')).not.toBeNull();
    await page.locator('#toc a', { hasText: '第二章' }).click();
    await page.waitForURL(/#c-zj-social-assistance:\d+$/);
    const first = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${first}"] h4`).innerText()).toMatch(/^第[一二三四五六七八九十]+条$/);
    await screenshot(page, 'desktop-documents-3-law');

    // A deep link to an article: the browser scrolls it into view and :target marks it.
    await page.goto(`${rig.server.url}/plan?doc=zj-social-assistance#c-zj-social-assistance:11`);
    expect(await onScreen(page, '[id="c-zj-social-assistance:11"]')).toBe(true);
    expect(await page.locator('[id="c-zj-social-assistance:11"]').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.context().close();
  });

  it('a superseded version says so and links to the version in force, which links back to it', async () => {
    const old = documents.find((d) => d.status === 'superseded')!;
    const page = await newPage(DESKTOP);
    await page.goto(`${rig.server.url}/plan?doc=${old.id}`);
    expect(await page.locator('.doc-meta').innerText()).toContain('已被修订');
    expect(await page.locator('#doc-select').inputValue()).toBe(old.id);
    await page.locator('#newer-version').click();
    await page.waitForURL(new RegExp(`/plan\\?doc=${old.supersededBy}$`));
    expect(await page.locator('.doc-meta').innerText()).toContain('现行有效');
    expect(await page.locator(`a[href="/plan?doc=${old.id}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('长辈版 on a phone: the law\'s text is large, the picker and outline are easy to tap, the outline folds above', async () => {
    const page = await newPage(PHONE, true);
    await page.goto(`${rig.server.url}/plan?clause=${article.id}&q=${encodeURIComponent(quote)}`);
    expect(await page.evaluate(() => document.documentElement.className)).toBe('elder');
    for (const selector of ['.clause.current p', '.doc-meta', '#doc-select', '.plan-bar']) {
      expect(await page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), selector).toBeGreaterThanOrEqual(20);
    }
    for (const selector of ['#doc-select', '.doc-picker button', '#toc summary', '#back']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(Math.min(box.width, box.height), selector).toBeGreaterThanOrEqual(47.5);
    }
    expect(await page.locator('#toc').getAttribute('open')).toBeNull();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await onScreen(page, 'mark#quote')).toBe(true);
    await screenshot(page, 'elder-documents-article-phone');
    await page.context().close();
  });

  it('staff audit: a pasted answer quoting an article is checked ✓ under its law\'s name, and the reader opens the article', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${rig.server.url}/staff`);
    await page.locator('#outline details').first().waitFor();
    const pasted = { answer: `具体规定见《${article.docTitle}》${article.label}：“${quote}”[1]`, status: 'answered', citations: [citation()] };
    await page.getByText('或粘贴一个回答核对').click();
    await page.getByLabel(/回答 JSON/).fill(JSON.stringify(pasted));
    await page.locator('#paste-form').getByRole('button', { name: '核对' }).click();
    await page.locator('.audit-summary').waitFor();
    expect(await page.locator('.audit-summary').getAttribute('data-bad')).toBe('0');
    const check = page.locator('[data-check="ok"]');
    expect(await check.innerText()).toContain(articleName());
    expect(await page.locator('pre.plain').textContent()).toContain(`出处：\n[1] ${articleName()} ${article.path.slice(1).join(' › ')}：“${quote}”`);
    await check.getByRole('button', { name: articleName() }).click();
    await page.locator('#reader-title').waitFor();
    expect(await page.locator('#reader-title').innerText()).toBe(articleName());
    expect(await page.locator('#reader mark').innerText()).toBe(quote);
    const link = page.locator('#reader a', { hasText: '在法规全文中查看' });
    expect(await link.getAttribute('href')).toContain(`/plan?clause=${encodeURIComponent(article.id)}`);
    await screenshot(page, 'desktop-documents-4-staff-audit');
    await page.context().close();
  });
});
