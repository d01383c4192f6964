/**
 * The acceptance path in a real headless Chromium: ask a question, watch the answer stream in with
 * a citation, open the cited clause in the plan, send feedback, and find it in the staff view — with
 * screenshots at phone and desktop widths in test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { answerDone, DESKTOP, PHONE, screenshot, serverAndBrowser, type StreamedAnswer, watchForeignRequests } from './harness.ts';

const QUESTION = '小学、初中的班额控制在多少人以内？';
const COMMENT = '希望写清楚具体人数，我的电话13812345678';
/** The feedback list is a staff endpoint, off without a token. */
const STAFF_TOKEN = 'journey-staff-token';

const rig = serverAndBrowser(PHONE, { STAFF_TOKEN });
const foreign: string[] = [];
const pageErrors: string[] = [];

async function askDirectly(messages: unknown[]): Promise<StreamedAnswer> {
  const res = await fetch(`${rig.server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) });
  return (await res.json()) as StreamedAnswer;
}

async function newPage() {
  const page = await rig.browser.context.newPage();
  foreign.push(...watchForeignRequests(page, rig.server.url));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // A Content-Security-Policy refusal is only a console error; it counts as a failure here.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) pageErrors.push(m.text());
  });
  return page;
}

describe('citizen to staff in Chromium', () => {
  it('asks on a phone, streams a cited answer, opens the clause, sends feedback; staff see it and audit the answer', async () => {
    const page = await newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${rig.server.url}/`);
    expect(await page.locator('h1').textContent()).toBe('浙江公共服务规划助手');
    await screenshot(page, 'phone-1-home');

    // Type the question and send it with Enter, as a person with a keyboard would.
    const request = page.waitForRequest((r) => r.url().endsWith('/api/chat'));
    await page.getByLabel('输入您的问题').fill(QUESTION);
    await page.getByLabel('输入您的问题').press('Enter');
    const sentBody = (await request).postDataJSON() as { messages: unknown[]; stream: boolean };
    expect(sentBody).toEqual({ messages: [{ role: 'user', content: QUESTION }], stream: true });
    const item = await answerDone(page, 0);
    // The extractive composer is deterministic: the same request outside the browser gives the answer streamed to it.
    const answer = await askDirectly(sentBody.messages);

    expect(['answered', 'needs_info']).toContain(answer.status);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(await item.getAttribute('data-state')).toBe('done');
    // Rendered delta by delta before the final event replaced it with the interactive answer.
    expect(Number(await item.getAttribute('data-deltas'))).toBeGreaterThan(1);
    const shown = (await item.locator('.answer-text').innerText()).replace(/\s+/g, '');
    expect(shown).toBe(answer.answer.replace(/\[(\d+)\]/g, '$1').replace(/\s+/g, ''));
    expect(await item.locator('.answer-text button.cite').count()).toBeGreaterThan(0);
    expect(await page.locator('.msg.user').innerText()).toContain(QUESTION);
    await screenshot(page, 'phone-2-answer');

    // Tap [1]: the quote and its heading path appear.
    const first = answer.citations[0]!;
    const marker = item.locator('.answer-text button.cite', { hasText: String(first.n) }).first();
    await marker.click();
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    const panel = item.locator('.cite-panel');
    await panel.waitFor();
    expect(await panel.locator('blockquote').innerText()).toBe(`“${first.quote}”`);
    expect(await panel.locator('.path').innerText()).toContain(first.path.join(' › '));
    await screenshot(page, 'phone-3-citation');

    // 查看原文: the clause in the full plan, quote highlighted and on screen.
    await panel.getByText('查看原文').click();
    await page.waitForURL(/\/plan\?clause=/);
    const mark = page.locator('mark#quote');
    expect(await mark.innerText()).toBe(first.quote);
    expect(await page.locator('.clause.current').getAttribute('id')).toBe(`c-${first.id}`);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(PHONE.height);
    await screenshot(page, 'phone-4-plan');

    // Back to the conversation, which is still there.
    await page.locator('#back').click();
    await page.waitForURL(`${rig.server.url}/`);
    const again = await answerDone(page, 0);
    expect(await again.locator('.answer-text').innerText()).toContain(answer.answer.slice(0, 10));

    // Feedback: wrong answer, with a comment that carries a phone number.
    await again.locator('[data-rating="wrong_answer"]').click();
    await again.getByLabel('补充说明（可选）').fill(COMMENT);
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/feedback') && r.request().method() === 'POST');
    await again.getByRole('button', { name: '提交反馈' }).click();
    expect((await sent).status()).toBe(201);
    await again.getByText('已收到您的反馈，谢谢！').waitFor();
    await screenshot(page, 'phone-5-feedback');

    // Staff, on a desktop: the feedback is listed (phone number masked) and the answer audits clean.
    const staff = await newPage();
    await staff.setViewportSize(DESKTOP);
    // The token as the staff page keeps it once entered (its own test, staff.test.ts, covers typing it in).
    await staff.addInitScript((token) => sessionStorage.setItem('zj-staff-token', token), STAFF_TOKEN);
    await staff.goto(`${rig.server.url}/staff?tab=feedback`);
    const entry = staff.locator('#fb-list li').first();
    await entry.waitFor();
    const text = await entry.innerText();
    expect(text).toContain(QUESTION);
    expect(text).toContain('回答不对');
    expect(text).toContain('［已隐去手机号］');
    expect(text).not.toContain('13812345678');
    await screenshot(staff, 'desktop-1-staff-feedback');

    await entry.getByRole('button', { name: '重新提问并核对' }).click();
    const summary = staff.locator('.audit-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-bad')).toBe('0');
    expect(await staff.locator('[data-check="ok"]').count()).toBeGreaterThanOrEqual(answer.citations.length);
    expect(await staff.locator('[data-check="bad"]').count()).toBe(0);
    await screenshot(staff, 'desktop-2-staff-audit');
    await staff.close();
    await page.close();
  });

  it('looks right on a desktop too', async () => {
    const page = await newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${rig.server.url}/`);
    await screenshot(page, 'desktop-3-home');
    await page.getByRole('button', { name: '失业保险金怎么领？' }).click();
    const item = await answerDone(page, 0);
    await item.locator('.answer-text button.cite').first().click();
    await screenshot(page, 'desktop-4-answer');
    await page.goto(`${rig.server.url}/plan?clause=4.1.2&q=${encodeURIComponent('小学、初中班额分别控制在45人、50人以内')}`);
    await page.locator('mark#quote').waitFor();
    await screenshot(page, 'desktop-5-plan');
    await page.close();
  });

  it('loaded nothing from any other origin and hit no script errors or CSP refusals', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
