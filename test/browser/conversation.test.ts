/**
 * The conversation thread in Chromium against the real server: a follow-up is sent with the history and its
 * answer says which question it answered; 重新开始 clears the thread (the same words then stand alone); a letter
 * longer than the old 500-character limit is accepted and answered, its personal data never shown back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESOLVED_PREFIX } from '../../tools/wording.ts';
import { answerDone, PHONE, screenshot, serverAndBrowser } from './harness.ts';

const rig = serverAndBrowser(PHONE);

async function ask(page: Page, text: string) {
  await page.getByLabel('输入您的问题').fill(text);
  await page.getByRole('button', { name: '发送' }).click();
}

/** The chat request bodies the page sends. */
function chatBodies(page: Page): { messages: { role: string; content: string }[] }[] {
  const bodies: { messages: { role: string; content: string }[] }[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/api/chat') && req.method() === 'POST') bodies.push(JSON.parse(req.postData() ?? '{}') as (typeof bodies)[number]);
  });
  return bodies;
}

describe('the conversation thread', () => {
  it('sends the history with a follow-up and shows the question it answered; 重新开始 starts afresh', async () => {
    const page = await rig.browser.context.newPage();
    const bodies = chatBodies(page);
    await page.goto(`${rig.server.url}/`);
    await ask(page, '农村的孩子上学有补助吗');
    await answerDone(page, 0);
    expect(await page.locator('.msg.assistant').nth(0).locator('.resolved').count()).toBe(0);
    await ask(page, '那城里的呢');
    const second = await answerDone(page, 1);
    expect(bodies[1]!.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(bodies[1]!.messages[0]!.content).toBe('农村的孩子上学有补助吗');
    expect(await second.locator('.resolved').innerText()).toBe(`${RESOLVED_PREFIX}城里的孩子上学有补助吗`);
    expect(await page.locator('#log .msg').count()).toBe(4);
    await screenshot(page, 'conversation-follow-up', true);

    await page.getByRole('button', { name: '重新开始' }).click();
    expect(await page.locator('#log .msg').count()).toBe(0);
    await ask(page, '那城里的呢');
    const alone = await answerDone(page, 0);
    expect(bodies[2]!.messages).toHaveLength(1);
    expect(await alone.locator('.resolved').count()).toBe(0);
    await page.close();
  });

  it('accepts a letter of more than 500 characters, shows the question found and never the ID number', async () => {
    const line = readFileSync(new URL('../../eval/letters.jsonl', import.meta.url), 'utf8').split('\n').find((l) => l.includes('"ol002"'))!;
    const letter = (JSON.parse(line) as { turns: string[] }).turns[0]!;
    expect(letter.length).toBeGreaterThan(500);
    const page = await rig.browser.context.newPage();
    await page.goto(`${rig.server.url}/`);
    expect(Number(await page.getByLabel('输入您的问题').getAttribute('maxlength'))).toBeGreaterThanOrEqual(4000);
    await ask(page, letter);
    const item = await answerDone(page, 0);
    expect(await item.getAttribute('data-state')).toBe('done');
    expect(await item.locator('.resolved').innerText()).toContain('失业保险金能不能一直领到退休');
    expect(await item.locator('.answer-text').innerText()).toContain('失业保险金');
    expect(await page.locator('body').innerText()).not.toContain('330206196701152314');
    await screenshot(page, 'conversation-letter', true);
    await page.close();
  });
});
