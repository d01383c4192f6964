/**
 * The staff verification view in Chromium at desktop width: the plan outline (inferred headings marked),
 * the clause reader, search with highlighted sentences, the audit's verbatim check (✓ and ✗), copying an
 * answer as plain text, and the feedback list behind STAFF_TOKEN.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, screenshot, serverAndBrowser } from './harness.ts';

const TOKEN = 'staff-token-for-tests';
const rig = serverAndBrowser(DESKTOP, { STAFF_TOKEN: TOKEN });
let clauses: { id: string; path: string[]; pathInferred: boolean[]; text: string }[];

beforeAll(async () => {
  clauses = ((await (await fetch(`${rig.server.url}/api/clauses`)).json()) as { clauses: typeof clauses }).clauses;
});

async function openStaff(query = ''): Promise<Page> {
  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.server.url}/staff${query}`);
  await page.locator('#outline details').first().waitFor();
  return page;
}

describe('staff view', () => {
  it('shows the whole plan as chapters → items, inferred headings marked, and reads a clause', async () => {
    const page = await openStaff();
    const chapters = new Set(clauses.map((c) => c.path[0]));
    expect(await page.locator('#outline details').count()).toBe(chapters.size);
    expect(await page.locator('#outline [data-id]').count()).toBe(clauses.length);
    const inferredChapters = new Set(clauses.filter((c) => c.pathInferred[0]).map((c) => c.path[0])).size;
    expect(inferredChapters).toBeGreaterThan(0);
    expect(await page.locator('#outline summary .badge').count()).toBe(inferredChapters);

    await page.locator('#outline summary', { hasText: '四、提供优质公平的现代教育服务' }).click();
    await page.locator('#outline [data-id="4.1.2"]').click();
    const reader = page.locator('#reader');
    await reader.getByText('条款 4.1.2').waitFor();
    const c412 = clauses.find((c) => c.id === '4.1.2')!;
    expect(await reader.locator('.text').innerText()).toBe(c412.text);
    expect(await page.locator('#outline [data-id="4.1.2"]').getAttribute('aria-current')).toBe('true');
    await reader.getByRole('button', { name: /下一条 4\.1\.3/ }).click();
    await reader.getByText('条款 4.1.3').waitFor();
    await screenshot(page, 'desktop-6-staff-outline');
    await page.close();
  });

  it('searches and highlights the best matching sentences', async () => {
    const page = await openStaff();
    await page.locator('#tab-search').click();
    await page.getByLabel('检索规划原文').fill('失业保险金');
    await page.locator('#search-form').getByRole('button', { name: '检索' }).click();
    const first = page.locator('#hits li').first();
    await first.waitFor();
    const marks = await first.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    const id = await first.getAttribute('data-id');
    const hit = clauses.find((c) => c.id === id)!;
    for (const m of marks) expect(hit.text).toContain(m);
    expect(marks.join('')).toContain('失业保险金');
    await screenshot(page, 'desktop-7-staff-search');
    await page.close();
  });

  it('audits an answer: ✓ for verbatim quotes, ✗ for a quote not in its clause, and copies it as plain text', async () => {
    const page = await openStaff();
    const c = clauses.find((x) => x.id === '5.1.3')!;
    const good = '稳步提高失业保险保障水平。';
    const pasted = {
      answer: '规划提出：稳步提高失业保险保障水平[1]。还提出：失业保险金翻倍[2]。',
      status: 'answered',
      citations: [
        { n: 1, id: '5.1.3', path: c.path, quote: good },
        { n: 2, id: '5.1.3', path: c.path, quote: '失业保险金翻倍。' },
      ],
    };
    await page.getByText('或粘贴一个回答核对').click();
    await page.getByLabel(/回答 JSON/).fill(JSON.stringify(pasted));
    await page.locator('#paste-form').getByRole('button', { name: '核对' }).click();
    const summary = page.locator('.audit-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-bad')).toBe('1');
    expect(await page.locator('[data-check="ok"]').count()).toBe(1);
    const bad = page.locator('[data-check="bad"]');
    expect(await bad.count()).toBe(1);
    expect(await bad.innerText()).toContain('✗');
    expect(await bad.innerText()).toContain('引文不在条款 5.1.3 的原文中');
    await screenshot(page, 'desktop-8-staff-audit-mismatch');

    await rig.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.server.url });
    await page.getByRole('button', { name: '复制回答（含出处）' }).click();
    await page.getByText('已复制').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      [
        pasted.answer,
        '',
        '出处（《浙江省公共服务“十四五”规划》）：',
        `[1] ${c.path.join(' › ')}（条款 5.1.3）：“${good}”`,
        `[2] ${c.path.join(' › ')}（条款 5.1.3）：“失业保险金翻倍。”`,
      ].join('\n'),
    );
    await page.close();
  });

  it('asks for the staff token before listing feedback', async () => {
    await fetch(`${rig.server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rating: 'wrong_citation', question: '低保怎么申请？', answer: '……[1]', citationIds: ['11.1.1'], comment: '出处不对' }),
    });
    const page = await openStaff('?tab=feedback');
    const tokenForm = page.locator('#token-form');
    await tokenForm.waitFor();
    expect(await page.locator('#fb-list li').count()).toBe(0);
    await page.getByLabel('工作人员口令').fill('wrong');
    await tokenForm.getByRole('button', { name: '确定' }).click();
    await page.getByText('口令不正确').waitFor();
    await page.getByLabel('工作人员口令').fill(TOKEN);
    await tokenForm.getByRole('button', { name: '确定' }).click();
    const item = page.locator('#fb-list li').first();
    await item.waitFor();
    expect(await item.innerText()).toContain('低保怎么申请？');
    expect(await tokenForm.isHidden()).toBe(true);
    expect(await page.locator('#fb-counts').innerText()).toContain('出处不对 1');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'phone-9-staff-feedback');
    await page.close();
  });
});
