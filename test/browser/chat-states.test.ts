/**
 * The citizen page's answer states in Chromium at phone width: needs_info with one-tap answers (sent as the
 * next turn with the history), no_match with where to ask instead, notices, errors, keyboard use, and
 * the conversation surviving a visit to the plan. Canned SSE answers pin the page's behaviour independently
 * of what the composer currently says; the personal-data notice comes from the real server.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLARIFY_QUESTION, PLAN_CAVEAT } from '../../tools/wording.ts';
import { answerDone, PHONE, screenshot, serverAndBrowser, sseBody, type StreamedAnswer } from './harness.ts';

const rig = serverAndBrowser(PHONE);

const CITATION = {
  n: 1,
  id: '5.1.3',
  path: ['五、提供便捷高效的就业创业服务', '（一）高水平保障劳有所得', '3.完善工伤失业保险服务'],
  quote: '稳步提高失业保险保障水平。',
};

const NEEDS_INFO: StreamedAnswer = {
  answer: '根据规划，稳步提高失业保险保障水平[1]。\n为了判断得更准确，想再问您一个问题：您以前工作时是否缴纳过失业保险？',
  status: 'needs_info',
  citations: [CITATION],
  followUp: { field: 'unemploymentInsured', question: '您以前工作时是否缴纳过失业保险？', options: ['是', '否'] },
};
const ANSWERED: StreamedAnswer = { answer: '规划提出：稳步提高失业保险保障水平[1]。', status: 'answered', citations: [CITATION] };
const NO_MATCH: StreamedAnswer = {
  answer: '抱歉，《浙江省公共服务“十四五”规划》中没有找到与您的问题直接相关的内容。建议您拨打12345政务服务热线。',
  status: 'no_match',
  citations: [],
};

/** Answers /api/chat with the given answers in turn, recording each request body. */
async function cannedChat(page: Page, answers: StreamedAnswer[]) {
  const bodies: { messages: { role: string; content: string }[]; stream?: boolean }[] = [];
  await page.route('**/api/chat', (route: Route) => {
    bodies.push(route.request().postDataJSON());
    const answer = answers[Math.min(bodies.length - 1, answers.length - 1)]!;
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: sseBody(answer) });
  });
  return bodies;
}

async function ask(page: Page, text: string) {
  await page.getByLabel('输入您的问题').fill(text);
  await page.getByRole('button', { name: '发送' }).click();
}

describe('answer states', () => {
  it('needs_info: asks the follow-up, and a tap sends the option as the next turn with the history', async () => {
    const page = await rig.browser.context.newPage();
    const bodies = await cannedChat(page, [NEEDS_INFO, ANSWERED]);
    await page.goto(`${rig.server.url}/`);
    await ask(page, '我失业了，能领失业金吗？');
    const first = await answerDone(page, 0);
    expect(await first.getAttribute('data-status')).toBe('needs_info');
    const box = first.locator('.follow-up');
    expect(await box.innerText()).toContain('请补充一个信息');
    await screenshot(page, 'phone-6-needs-info');

    await box.getByRole('button', { name: '是' }).click();
    const second = await answerDone(page, 1);
    expect(await second.getAttribute('data-status')).toBe('answered');
    expect(bodies[1]).toEqual({
      stream: true,
      messages: [
        { role: 'user', content: '我失业了，能领失业金吗？' },
        { role: 'assistant', content: NEEDS_INFO.answer },
        { role: 'user', content: '是' },
      ],
    });
    expect(await box.getByRole('button', { name: '是' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('needs_info asking which plan topic is meant (real server): topics as one-tap buttons, a tap is answered', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(`${rig.server.url}/`);
    await ask(page, '养老');
    const first = await answerDone(page, 0);
    expect(await first.getAttribute('data-status')).toBe('needs_info');
    const box = first.locator('.follow-up[data-kind="clarify"]');
    expect(await box.locator('h3').innerText()).toBe(CLARIFY_QUESTION);
    const buttons = box.getByRole('group', { name: '选择想了解的一项' }).getByRole('button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'phone-6b-clarify');
    await buttons.first().click();
    const second = await answerDone(page, 1);
    expect(await second.getAttribute('data-status')).toBe('answered');
    expect(await second.locator('.sources').count()).toBe(1);
    await page.close();
  });

  it('needs_info without options: the question goes into the input box', async () => {
    const page = await rig.browser.context.newPage();
    await cannedChat(page, [{ ...NEEDS_INFO, followUp: { field: 'age', question: '您今年多大年龄？', options: [] } }]);
    await page.goto(`${rig.server.url}/`);
    await ask(page, '我能领养老金吗？');
    const item = await answerDone(page, 0);
    expect(await item.locator('.follow-up').innerText()).toContain('您今年多大年龄？');
    expect(await page.getByLabel('输入您的问题').getAttribute('placeholder')).toBe('您今年多大年龄？');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await page.close();
  });

  it('no_match: says where to ask instead', async () => {
    const page = await rig.browser.context.newPage();
    await cannedChat(page, [NO_MATCH]);
    await page.goto(`${rig.server.url}/`);
    await ask(page, '火星移民政策是什么？');
    const item = await answerDone(page, 0);
    expect(await item.getAttribute('data-status')).toBe('no_match');
    const callout = item.locator('.callout.info');
    expect(await callout.innerText()).toContain('浙里办');
    expect(await callout.locator('a[href="tel:12345"]').count()).toBe(1);
    await screenshot(page, 'phone-7-no-match');
    await page.close();
  });

  it('shows the personal-data notice from the real server', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(`${rig.server.url}/`);
    await ask(page, '我的身份证号是330102199001011234，低保怎么申请？');
    const item = await answerDone(page, 0);
    const notice = item.locator('.notice');
    expect(await notice.innerText()).toContain('身份证号已被隐去');
    expect(await page.locator('.msg.user').innerText()).not.toContain('330102199001011234');
    await screenshot(page, 'phone-8-notice');
    // What the page keeps for the tab (to survive the plan visit) has the number masked too.
    const kept = await page.evaluate(() => sessionStorage.getItem('zj-chat') ?? '');
    expect(kept).not.toContain('330102199001011234');
    await page.close();
  });

  it('shows a clear error with a retry when the request fails', async () => {
    const page = await rig.browser.context.newPage();
    let calls = 0;
    await page.route('**/api/chat', (route) => {
      calls += 1;
      if (calls === 1) {
        return route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: { code: 'rate_limited', message: '请求过于频繁，请稍后再试。 Too many requests.' } }) });
      }
      return route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: sseBody(ANSWERED) });
    });
    await page.goto(`${rig.server.url}/`);
    await ask(page, '失业保险金怎么领？');
    const item = await answerDone(page, 0);
    expect(await item.getAttribute('data-state')).toBe('error');
    expect(await item.getByRole('alert').innerText()).toContain('请求过于频繁，请稍后再试。');
    await item.getByRole('button', { name: '重试' }).click();
    const retried = await answerDone(page, 0);
    expect(await retried.getAttribute('data-status')).toBe('answered');
    expect(await page.locator('.msg.user').count()).toBe(1);
    await page.close();
  });
});

describe('keyboard and accessibility', () => {
  it('works from the keyboard: Shift+Enter is a new line, Enter sends, a marker opens with Enter', async () => {
    const page = await rig.browser.context.newPage();
    const bodies = await cannedChat(page, [ANSWERED]);
    await page.goto(`${rig.server.url}/`);
    const input = page.getByLabel('输入您的问题');
    await input.focus();
    await page.keyboard.type('失业保险');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('怎么领？');
    expect(await input.inputValue()).toBe('失业保险\n怎么领？');
    await page.keyboard.press('Enter');
    const item = await answerDone(page, 0);
    expect(bodies[0]!.messages.at(-1)!.content).toBe('失业保险\n怎么领？');
    const marker = item.locator('.answer-text button.cite').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    expect(await item.locator('.cite-panel').isVisible()).toBe(true);

    // Tabs: arrow keys move between 提问 and 资格自查.
    await page.locator('#tab-ask').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-form').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-form').isVisible()).toBe(true);
    await page.close();
  });

  it('gives every control an accessible name and the page one h1 in zh-CN', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(`${rig.server.url}/`);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button, a')]
        .filter((el) => {
          const c = el as HTMLInputElement;
          const named = (c.labels && c.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent?.trim();
          return !named;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

describe('the conversation', () => {
  it('survives a visit to the plan and back, and 重新开始 clears it', async () => {
    const page = await rig.browser.context.newPage();
    await cannedChat(page, [ANSWERED]);
    await page.goto(`${rig.server.url}/`);
    await ask(page, '失业保险金怎么领？');
    const item = await answerDone(page, 0);
    await item.locator('.sources button.cite').first().click();
    await item.getByText('查看原文').click();
    await page.waitForURL(/\/plan/);
    await page.goto(`${rig.server.url}/`);
    await answerDone(page, 0);
    expect(await page.locator('.msg.user').innerText()).toContain('失业保险金怎么领？');
    expect(await page.locator('#intro').isHidden()).toBe(true);
    await page.getByRole('button', { name: '重新开始' }).click();
    expect(await page.locator('.msg').count()).toBe(0);
    await page.reload();
    expect(await page.locator('.msg').count()).toBe(0);
    expect(await page.locator('#intro').isVisible()).toBe(true);
    await page.close();
  });

  it('sets the plan caveat apart by matching the wording module, not a "说明：" prefix', async () => {
    const page = await rig.browser.context.newPage();
    const withCaveat = { ...ANSWERED, answer: `${ANSWERED.answer}\n说明：这一行不是结尾的提示。\n${PLAN_CAVEAT}` };
    await cannedChat(page, [withCaveat]);
    await page.goto(`${rig.server.url}/`);
    await ask(page, '失业保险金怎么领？');
    const item = await answerDone(page, 0);
    const caveats = item.locator('.answer-text p.caveat');
    expect(await caveats.count()).toBe(1);
    expect(await caveats.innerText()).toBe(PLAN_CAVEAT);
    expect(await item.locator('.answer-text p').nth(1).getAttribute('class')).toBeNull();
    await page.close();
  });
});
