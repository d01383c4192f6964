/**
 * Answer.offers on the citizen page: an answered general question that names a group shows "按我的情况查一查" as a
 * button beside the answer (not a follow-up box), and a tap sends it as the next turn with the history.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_CHECK_OFFER } from '../../tools/wording.ts';
import { answerDone, PHONE, serverAndBrowser, sseBody, type StreamedAnswer } from './harness.ts';

const rig = serverAndBrowser(PHONE);

const CITATION = {
  n: 1,
  id: '5.1.1',
  path: ['五、提供便捷高效的就业创业服务', '（一）高水平保障劳有所得', '1.提高公共就业创业服务水平'],
  quote: '实施重点群体稳就业行动，落实高校毕业生就业创业计划、就业困难人员精准帮扶计划，促进高校毕业生、退役军人、农民工和残疾人等重点群体充分就业。',
};
const OFFERED: StreamedAnswer & { offers: string[] } = {
  answer: '根据规划，落实高校毕业生就业创业计划、就业困难人员精准帮扶计划[1]。',
  status: 'answered',
  citations: [CITATION],
  offers: [ELIGIBILITY_CHECK_OFFER],
};
const CHECK: StreamedAnswer = {
  answer: `${OFFERED.answer}\n为了判断得更准确，想再问一个问题：您是高校（大学、大专）毕业生吗？`,
  status: 'needs_info',
  citations: [CITATION],
  followUp: { field: 'collegeGraduate', question: '您是高校（大学、大专）毕业生吗？', options: ['是', '否'] },
};

async function cannedChat(page: Page, answers: StreamedAnswer[]) {
  const bodies: { messages: { role: string; content: string }[] }[] = [];
  await page.route('**/api/chat', (route: Route) => {
    bodies.push(route.request().postDataJSON());
    const answer = answers[Math.min(bodies.length - 1, answers.length - 1)]!;
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: sseBody(answer) });
  });
  return bodies;
}

describe('offers', () => {
  it('shows the check as a button under an answered question, and a tap sends it with the history', async () => {
    const page = await rig.browser.context.newPage();
    const bodies = await cannedChat(page, [OFFERED, CHECK]);
    await page.goto(`${rig.server.url}/`);
    await page.getByLabel('输入您的问题').fill('高校毕业生就业政策');
    await page.getByRole('button', { name: '发送' }).click();
    const first = await answerDone(page, 0);
    expect(await first.getAttribute('data-status')).toBe('answered');
    expect(await first.locator('.follow-up').count()).toBe(0);
    const offer = first.getByRole('button', { name: ELIGIBILITY_CHECK_OFFER });
    await offer.click();
    const second = await answerDone(page, 1);
    expect(await second.getAttribute('data-status')).toBe('needs_info');
    expect(bodies[1]!.messages).toEqual([
      { role: 'user', content: '高校毕业生就业政策' },
      { role: 'assistant', content: OFFERED.answer },
      { role: 'user', content: ELIGIBILITY_CHECK_OFFER },
    ]);
    expect(await offer.isDisabled()).toBe(true);
    await page.close();
  });
});
