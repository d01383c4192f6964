/**
 * Accessibility in Chromium, on /, /staff and /plan (the plan and a law), at phone and laptop widths, in the standard view and in
 * 长辈版: axe-core finds no serious or critical violation (WCAG 2.x A/AA rules), and 长辈版 delivers what it
 * promises — text of 20px and up, line height 1.7 and up, tap targets of 48px and up, 7:1 contrast (axe's
 * AAA contrast rule), one column — measured on the rendered page. Screenshots of every combination go to
 * test-artifacts/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELDER_VALUE, MODE_COOKIE, MODE_WORDING } from '../../server/web/elder-mode.ts';
import { REFERRAL_CHANNELS } from '../../tools/wording.ts';
import { answerDone, DESKTOP, PHONE, screenshot, serverAndBrowser, sseBody, type StreamedAnswer } from './harness.ts';

const rig = serverAndBrowser(PHONE);
let clause: { id: string; path: string[]; text: string };
let quote: string;

beforeAll(async () => {
  clause = (await (await fetch(`${rig.server.url}/api/clauses/5.1.3`)).json()) as typeof clause;
  quote = clause.text.split('。')[0]! + '。';
});

const MODES = ['standard', 'elder'] as const;
type Mode = (typeof MODES)[number];
const VIEWPORTS = { phone: PHONE, desktop: DESKTOP } as const;

/** Canned answers so the page shows every kind of box: a cited answer, then a no_match referral. */
function answers(): StreamedAnswer[] {
  return [
    { answer: `根据规划，${quote.slice(0, -1)}[1]。`, status: 'answered', citations: [{ n: 1, id: clause.id, path: clause.path, quote }] },
    { answer: '抱歉，《浙江省公共服务“十四五”规划》中没有找到与您的问题直接相关的内容。', status: 'no_match', citations: [] },
  ];
}

/** A page in a context of its own (its own 长辈版 cookie), so the combinations run side by side; done with `closePage`. */
async function openPage(mode: Mode, viewport: { width: number; height: number }): Promise<Page> {
  const context = await rig.browser.newContext(viewport);
  if (mode === 'elder') await context.addCookies([{ name: MODE_COOKIE, value: ELDER_VALUE, url: rig.server.url }]);
  return context.newPage();
}

/** Closes a page from openPage with its context (awaited: a context closed later could race the browser's close). */
function closePage(page: Page): Promise<void> {
  return page.context().close();
}

/** The citizen page with an answer (quote panel open) and a referral on screen. */
async function chatWithAnswers(page: Page): Promise<void> {
  const canned = answers();
  let turn = 0;
  await page.route('**/api/chat', (route: Route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: sseBody(canned[Math.min(turn++, canned.length - 1)]!) }),
  );
  await page.goto(`${rig.server.url}/`);
  for (const [i, q] of ['失业保险怎么领？', '火星移民政策是什么？'].entries()) {
    await page.getByLabel('输入您的问题').fill(q);
    await page.getByRole('button', { name: '发送' }).click();
    await answerDone(page, i);
  }
  await page.locator('.msg.assistant').first().locator('.answer-text button.cite').first().click();
}

async function staffWithReader(page: Page): Promise<void> {
  await page.goto(`${rig.server.url}/staff?q=${encodeURIComponent('养老服务')}&clause=${clause.id}`);
  await page.locator('#outline details').first().waitFor({ state: 'attached' });
  await page.locator('#reader h2').waitFor();
  await page.locator('#hits li').first().waitFor({ state: 'attached' });
}

async function planAtQuote(page: Page): Promise<void> {
  await page.goto(`${rig.server.url}/plan?clause=${clause.id}&q=${encodeURIComponent(quote)}#c-${clause.id}`);
  await page.locator('mark#quote').waitFor();
}

/** A law in the reading view at an article, quote highlighted: picker, version and status, chapters, 款 lines. */
async function lawAtArticle(page: Page): Promise<void> {
  const id = 'zj-social-assistance:11';
  await page.goto(`${rig.server.url}/plan?clause=${id}&q=${encodeURIComponent('由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出')}#c-${id}`);
  await page.locator('mark#quote').waitFor();
}

/** The eligibility tab with results and the deciding questions on screen. */
async function eligibilityResults(page: Page): Promise<void> {
  await page.goto(`${rig.server.url}/`);
  await page.getByRole('tab', { name: '资格自查' }).click();
  await page.getByLabel('年龄（周岁）').fill('60');
  await page.getByLabel('户籍').selectOption('non_local');
  await page.getByRole('button', { name: '查看可享受的服务' }).click();
  await page.locator('#eligibility-summary').waitFor();
}

const PAGES = { chat: chatWithAnswers, eligibility: eligibilityResults, staff: staffWithReader, plan: planAtQuote, law: lawAtArticle } as const;

/** Serious and critical axe violations, as short readable lines. */
async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (rules) builder.withRules(rules);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => rules || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * What 长辈版 promises, measured: every visible element with its own text at 20px or more, paragraphs and list
 * items at line height 1.7 or more, and every control at least 48×48 px. Links inside running text are exempt
 * from the target size, as WCAG 2.5.8 exempts inline links; a link that stands alone (a channel) is not.
 */
async function elderShortfalls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && !el.closest('.visually-hidden, .skip-link');
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!shown(el) || !Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      if (size < 20) out.push(`text ${size}px: ${name(el)}`);
      if (['P', 'LI', 'BLOCKQUOTE', 'LABEL'].includes(el.tagName)) {
        const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
        if (line < size * 1.7 - 0.5) out.push(`line height ${(line / size).toFixed(2)}: ${name(el)}`);
      }
    }
    for (const el of Array.from(document.querySelectorAll('button, input, select, textarea, summary, [role="tab"], a'))) {
      if (!shown(el)) continue;
      if (el.tagName === 'A' && !el.matches('.btn, .channel, .view-source, nav a, .toc a, .plan-bar a') && el.closest('p, blockquote, li, footer')) continue;
      const r = el.getBoundingClientRect();
      if (r.height < 47.5 || r.width < 47.5) out.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: ${name(el)}`);
    }
    return out;
  });
}

// Each combination in its own context: they run side by side, a few at a time (vitest's maxConcurrency).
describe.concurrent('axe-core: no serious or critical violation', () => {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const mode of MODES) {
      for (const [pageName, show] of Object.entries(PAGES)) {
        it(`${pageName} · ${vpName} · ${mode}`, async () => {
          const page = await openPage(mode, viewport);
          await show(page);
          expect(await page.evaluate(() => document.documentElement.className)).toBe(mode === 'elder' ? 'elder' : '');
          await screenshot(page, `a11y-${pageName}-${vpName}-${mode}`, true);
          expect(await seriousViolations(page)).toEqual([]);
          await closePage(page);
        });
      }
    }
  }
});

describe.concurrent('长辈版', () => {
  it('meets its measures on every page at phone width, and the standard view does not (so the measure can fail)', async () => {
    await Promise.all(
      Object.entries(PAGES).map(async ([pageName, show]) => {
        const elder = await openPage('elder', PHONE);
        await show(elder);
        expect(await elderShortfalls(elder), pageName).toEqual([]);
        // 7:1 for text (WCAG AAA 1.4.6), above the AA 4.5:1 the standard view keeps.
        expect(await seriousViolations(elder, ['color-contrast-enhanced']), pageName).toEqual([]);
        await closePage(elder);
        const standard = await openPage('standard', PHONE);
        await show(standard);
        expect((await elderShortfalls(standard)).length, pageName).toBeGreaterThan(0);
        await closePage(standard);
      }),
    );
  });

  it('is one column with fewer controls on a laptop: outline folded above, no counter, no paste box', async () => {
    const page = await openPage('elder', DESKTOP);
    await staffWithReader(page);
    const [outline, main] = [await page.locator('#outline-box').boundingBox(), await page.locator('#main').boundingBox()];
    expect(main!.y).toBeGreaterThan(outline!.y + outline!.height - 1);
    expect(await page.locator('#outline-box').getAttribute('open')).toBeNull();
    expect(await page.locator('#paste-form').isVisible()).toBe(false);
    await page.goto(`${rig.server.url}/`);
    expect(await page.locator('#counter').isVisible()).toBe(false);
    await closePage(page);
  });

  it('switches on every page, is announced, persists across pages and reloads, and switches back', async () => {
    const page = await openPage('standard', PHONE);
    await page.goto(`${rig.server.url}/plan`);
    const toggle = page.getByRole('button', { name: MODE_WORDING.toggle });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await page.locator('.clause p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#mode-status').textContent()).toBe(MODE_WORDING.on);
    expect(await page.locator('#mode-status').getAttribute('role')).toBe('status');
    const after = await page.locator('.clause p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(before).toBeLessThan(20);
    expect(after).toBeGreaterThanOrEqual(20);
    // Another page, fresh from the server: rendered in 长辈版 before any script runs.
    const html = await (await page.request.get(`${rig.server.url}/staff`)).text();
    expect(html).toMatch(/<html lang="zh-CN" class="elder">/);
    await page.goto(`${rig.server.url}/`);
    expect(await page.evaluate(() => document.documentElement.className)).toBe('elder');
    await page.reload();
    expect(await page.getByRole('button', { name: MODE_WORDING.toggle }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: MODE_WORDING.toggle }).click();
    expect(await page.locator('#mode-status').textContent()).toBe(MODE_WORDING.off);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    await closePage(page);
  });

  it('the referral offers the hotline as tel:12345 and a link to 浙里办, both large enough to tap', async () => {
    const page = await openPage('elder', PHONE);
    await chatWithAnswers(page);
    const referral = page.locator('.msg.assistant').nth(1).locator('.referral');
    const tel = referral.locator(`a[href="tel:${REFERRAL_CHANNELS.hotline.number}"]`);
    const app = referral.locator(`a[href="${REFERRAL_CHANNELS.app.url}"]`);
    expect(await tel.count()).toBe(1);
    expect(await app.textContent()).toBe(REFERRAL_CHANNELS.app.name);
    for (const link of [tel, app]) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(47.5);
    await referral.scrollIntoViewIfNeeded();
    await screenshot(page, 'elder-referral-phone');
    await closePage(page);
  });
});
