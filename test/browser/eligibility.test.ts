/** The eligibility form in Chromium at phone width: statuses, reasons, one-tap answers to missing facts, cited quotes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE, screenshot, serverAndBrowser } from './harness.ts';

const rig = serverAndBrowser(PHONE);
/** Whether the app serves /api/eligibility (the route is wired in app.ts separately from the page). */
let served = false;

beforeAll(async () => {
  const probe = await fetch(`${rig.server.url}/api/eligibility`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile":{}}' });
  served = probe.status !== 404;
});

describe('eligibility form', () => {
  it('checks a profile, shows statuses with cited quotes, and takes one-tap answers to the deciding questions', async (ctx) => {
    if (!served) ctx.skip();
    const page = await rig.browser.context.newPage();
    const profiles: Record<string, unknown>[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/eligibility')) profiles.push((r.postDataJSON() as { profile: Record<string, unknown> }).profile);
    });
    await page.goto(`${rig.server.url}/`);
    await page.getByRole('tab', { name: '资格自查' }).click();
    await page.getByLabel('年龄（周岁）').fill('59');
    await page.getByLabel('就业状况').selectOption('unemployed');
    await page.getByLabel('户籍').selectOption('local');
    await page.getByRole('button', { name: '查看可享受的服务' }).click();
    const summary = page.locator('#eligibility-summary');
    await summary.waitFor();
    expect(profiles[0]).toEqual({ age: 59, employment: 'unemployed', hukou: 'local' });
    expect(await summary.innerText()).toMatch(/共 \d+ 项服务/);

    const cards = page.locator('#eligibility-results .result');
    expect(await cards.count()).toBeGreaterThan(0);
    const first = cards.first();
    expect(['符合条件', '可能符合', '需要补充信息', '暂不符合']).toContain(await first.locator('.pill').innerText());
    expect(await first.locator('li').count()).toBeGreaterThan(0);
    const source = first.locator('blockquote a').first();
    expect(await source.getAttribute('href')).toMatch(/^\/plan\?clause=\d+\.\d+/);
    await screenshot(page, 'phone-10-eligibility');

    // A deciding question with one-tap answers: tapping one asks again with that fact added.
    const question = page.locator('#eligibility-questions button[data-field]').first();
    await question.waitFor();
    const field = (await question.getAttribute('data-field'))!;
    const value = (await question.getAttribute('data-value'))!;
    await question.click();
    await page.locator('#eligibility-summary').waitFor();
    expect(profiles).toHaveLength(2);
    const expected = value === 'true' ? true : value === 'false' ? false : value;
    expect(profiles[1]).toMatchObject({ age: 59, employment: 'unemployed', hukou: 'local', [field]: expected });
    await screenshot(page, 'phone-11-eligibility-answered');

    // The quote opens in the plan, highlighted.
    await page.locator('#eligibility-results .result blockquote a').first().click();
    await page.waitForURL(/\/plan\?clause=/);
    expect(await page.locator('mark#quote').count()).toBe(1);
    await page.close();
  });

  it('reports bad input from the server in words, not as a crash', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(`${rig.server.url}/`);
    await page.getByRole('tab', { name: '资格自查' }).click();
    await page.route('**/api/eligibility', (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'invalid_request', message: '请求参数不符合要求。 The request does not match.' } }) }),
    );
    await page.getByRole('button', { name: '查看可享受的服务' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('查询失败：请求参数不符合要求。');
    await page.close();
  });
});
