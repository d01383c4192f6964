/**
 * Letters and conversations through the real clients' paths: a 4,000-character letter on /api/chat and /v1 (no
 * 400), its personal data in no answer, no stored question and no staff view; a follow-up on the MCP ask tool
 * with `history`, answered as the question it stands for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { longestLetter } from '../../eval/bench-letter.ts';
import { createApp } from '../../server/app.ts';
import { openSqliteStore } from '../../server/feedback/sqlite-store.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { askClient, engine } from './support.ts';

const TOKEN = 'staff-token.for_letters~1';
const JSON_TYPE = { 'content-type': 'application/json' };
/** Personal data written into eval/letters.jsonl: ID card and mobile numbers. */
const RAW = ['330206196701152314', '330723198305124426', '13857123456', '15967891234', '13706661234'];
const dir = mkdtempSync(join(tmpdir(), 'zj-letters-'));
const file = join(dir, 'feedback.sqlite');
const store = await openSqliteStore(file);
const app = createApp({ engine, feedback: store });
const env = { STAFF_TOKEN: TOKEN };
const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body) }, env);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a letter of 4,000 characters', () => {
  const letter = longestLetter();

  it('is answered on /api/chat, its question found, none of its personal data in the answer', async () => {
    expect(letter.length).toBe(4000);
    expect(RAW.some((r) => letter.includes(r))).toBe(true);
    const res = await post('/api/chat', { messages: [{ role: 'user', content: letter }] });
    expect(res.status).toBe(200);
    const body = await res.text();
    for (const r of RAW) expect(body).not.toContain(r);
    const a = JSON.parse(body) as Answer;
    expect(a.resolvedQuestion).toContain('能申请低保吗');
    expect(a.notices?.length).toBeGreaterThan(0);
  });

  it('is answered on /v1/chat/completions, the question it answered said first', async () => {
    const res = await post('/v1/chat/completions', { model: 'any', messages: [{ role: 'user', content: letter }] });
    expect(res.status).toBe(200);
    const body = await res.text();
    for (const r of RAW) expect(body).not.toContain(r);
    expect((JSON.parse(body) as { choices: { message: { content: string } }[] }).choices[0]!.message.content).toMatch(/^您问的是：/);
  });

  it('leaves no personal data in the question log or the staff view when it is not answered', async () => {
    // Not 快递 (the plan says 邮政（快递）进村服务覆盖率达到100%): a lottery kiosk is outside every chapter.
    const unanswerable = `${letter.slice(0, 3000)}\n请问我们村的彩票站什么时候能开到家门口？`;
    const a = (await (await post('/api/chat', { messages: [{ role: 'user', content: unanswerable }] })).json()) as Answer;
    expect(a.status).toBe('no_match');
    const db = new Database(file, { readonly: true });
    const logged = JSON.stringify(db.prepare('SELECT * FROM question_log').all());
    db.close();
    expect(logged).toContain('彩票站');
    expect(logged.length).toBeLessThan(1000);
    const staff = await (await app.request('/api/unanswered', { headers: { authorization: `Bearer ${TOKEN}` } }, env)).text();
    expect(staff).toContain('彩票站');
    for (const r of RAW) {
      expect(logged).not.toContain(r);
      expect(staff).not.toContain(r);
    }
  });
});

describe('MCP ask with history', () => {
  it('reads a follow-up against the earlier turns', async () => {
    const client = await askClient();
    try {
      const history = [
        { role: 'user', content: '农村的孩子上学有补助吗' },
        { role: 'assistant', content: '规划没有写明您具体问的这一点。' },
      ];
      const result = (await client.callTool({ name: 'ask', arguments: { question: '那城里的呢', history } })) as unknown as { structuredContent: Answer; content: { text: string }[] };
      expect(result.structuredContent.resolvedQuestion).toBe('城里的孩子上学有补助吗');
      expect(result.content[0]!.text).toMatch(/^您问的是：城里的孩子上学有补助吗/);
      const alone = (await client.callTool({ name: 'ask', arguments: { question: '那城里的呢' } })) as unknown as { structuredContent: Answer };
      expect(alone.structuredContent.resolvedQuestion).toBeUndefined();
    } finally {
      await client.close();
    }
  });
});
