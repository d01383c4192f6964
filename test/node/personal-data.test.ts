/**
 * Personal data pasted into a question: detected in the forms people actually type it, masked before it
 * is searched, never echoed into an answer or its citations, never written to the log; the person is told
 * not to share it.
 */
import { Hono } from 'hono';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../tools/ask/pii.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { handleError, toMcpError } from '../../server/errors.ts';
import { logError, setLogSink } from '../../server/logger.ts';
import { askClient, engine, testApp } from './support.ts';

/** [how it is typed, the text, the kind reported] */
const DETECTED: [string, string, string][] = [
  ['18-digit ID', '330106199001011234', '身份证号'],
  ['18-digit ID ending in x', '33010619900101123x', '身份证号'],
  ['18-digit ID in groups', '330106 19900101 123X', '身份证号'],
  ['18-digit ID with dashes', '330106-19900101-1234', '身份证号'],
  ['15-digit old ID', '330106900101123', '身份证号'],
  ['18-digit ID in full-width digits', '３３０１０６１９９００１０１１２３Ｘ', '身份证号'],
  ['mobile', '13812345678', '手机号'],
  ['mobile in groups', '138 1234 5678', '手机号'],
  ['mobile with dashes', '138-1234-5678', '手机号'],
  ['mobile with +86', '+86 13812345678', '手机号'],
  ['mobile with 86 and no plus', '8613812345678', '手机号'],
  ['mobile in full-width digits', '１３８１２３４５６７８', '手机号'],
  ['bank card, 16 digits', '6222021234567890', '银行卡号'],
  ['bank card, 19 digits in groups (Luhn-valid)', '6222 0212 3456 7890 128', '银行卡号'],
  ['e-mail', 'zhang.san+1@example.com.cn', '电子邮箱'],
  // Disguises found by attacking the running server (issue 12, row 3).
  ['18-digit ID with dots between its groups', '330106.19900101.1234', '身份证号'],
  ['18-digit ID split anywhere, check digit valid', '3301 0619 9001 0112 3X', '身份证号'],
  ['18-digit ID with zero-width spaces', '330106\u200b19900101\u200b123X', '身份证号'],
  ['mobile with zero-width spaces between digits', '1\u200b3\u200b8\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8', '手机号'],
  ['mobile with a soft hyphen and a word joiner', '138\u00ad1234\u20605678', '手机号'],
  ['mobile grouped 4-4-3', '1381 2345 678', '手机号'],
  ['mobile with dots', '138.1234.5678', '手机号'],
  ['mobile with its first group in brackets', '(138)12345678', '手机号'],
  ['mobile with full-width brackets', '（138）1234-5678', '手机号'],
  ['mobile in Chinese numerals', '一三八一二三四五六七八', '手机号'],
  ['mobile in Chinese numerals with 幺 and 〇', '幺三八〇二三四五六七八', '手机号'],
  ['landline with area code', '0571-88881234', '电话号码'],
  ['landline with area code in brackets', '(0571)8888 1234', '电话号码'],
  ['bank card with dots (Luhn-valid)', '6222.0212.3456.7894', '银行卡号'],
];

/** Figures a question about the plan legitimately contains. */
const KEPT = [
  '到2025年', '85%', '12345热线', '0571-12345', '第3个孩子', '60周岁', '2021—2025年', '每千人口3张床位', '1.5万元',
  // Ordinary numbers that only look like personal data once separators are dropped: they fail the check digit.
  '2021 2022 2023 2024年', '2021、2022、2023、2024、2025年的目标', '1.2.3.4.5.6.7.8.9.10.11.12条', '一二三四五六七八九十',
];

describe('personal-data masking', () => {
  it.each(DETECTED)('masks a %s', (_how, value, kind) => {
    const { text, found } = maskPersonalData(`我的信息是${value}，请帮我查一下。`);
    expect(found).toEqual([kind]);
    expect(text).toBe(`我的信息是［已隐去${kind}］，请帮我查一下。`);
  });

  it.each(KEPT)('keeps %s', (value) => {
    expect(maskPersonalData(`规划里${value}是什么意思？`)).toEqual({ text: `规划里${value}是什么意思？`, found: [] });
  });

  it('masks several kinds at once and reports each kind once', () => {
    const { text, found } = maskPersonalData('身份证330106199001011234，手机13812345678和13912345678，卡号6222021234567890');
    expect(found.sort()).toEqual(['手机号', '身份证号', '银行卡号'].sort());
    expect(text).not.toMatch(/\d{6,}/);
  });
});

const PII = '我叫张三，身份证330106199001011234，手机138 1234 5678，银行卡6222021234567890，邮箱zs@example.com。我失业了，失业保险金怎么领？';
const RAW = ['330106199001011234', '138 1234 5678', '13812345678', '6222021234567890', 'zs@example.com'];

function expectNoRawData(text: string) {
  for (const raw of RAW) expect(text).not.toContain(raw);
}

describe('personal data in a question', () => {
  const app = testApp();

  it('/api/chat: answered from the plan, warned, and nothing of it echoed (answer, citations, tool calls)', async () => {
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: PII }] }) });
    const text = await res.text();
    expectNoRawData(text);
    const answer = JSON.parse(text) as Answer;
    expect(answer.status).not.toBe('rejected');
    expect(answer.notices?.join('')).toContain('请不要在对话中提供身份证号、手机号、银行卡号');
    // A citation may be a plan clause or an article of a law beside it.
    for (const c of answer.citations) expect((engine.corpus.get(c.id) ?? engine.documents?.article(c.id))!.text).toContain(c.quote);
  });

  it('/api/chat: personal data in an earlier turn is masked too', async () => {
    const messages = [{ role: 'user', content: PII }, { role: 'assistant', content: '好的' }, { role: 'user', content: '那要带什么材料？' }];
    const text = await (await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) })).text();
    expectNoRawData(text);
  });

  it('/v1/chat/completions: nothing echoed', async () => {
    const res = await app.request('/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: PII }] }) });
    expectNoRawData(await res.text());
  });

  describe('MCP ask', () => {
    let client: Client;
    beforeAll(async () => {
      client = await askClient();
    });
    afterAll(() => client.close());
    it('nothing echoed in the content or the structured answer', async () => {
      const result = await client.callTool({ name: 'ask', arguments: { question: PII.slice(0, 500) } });
      expectNoRawData(JSON.stringify(result));
    });
  });
});

describe('the log', () => {
  let lines: string[] = [];
  let restore: ReturnType<typeof setLogSink>;
  beforeAll(() => {
    restore = setLogSink((line) => lines.push(line));
  });
  afterAll(() => {
    setLogSink(restore);
  });

  it('masks personal data in an unhandled error, its stack, its cause and the request path', async () => {
    lines = [];
    const app = new Hono();
    app.onError(handleError);
    app.get('/boom/:id', () => {
      throw new Error('lookup failed for 13812345678', { cause: new Error('row 330106199001011234') });
    });
    const res = await app.request('/boom/6222021234567890');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    const logged = lines.join('\n');
    expect(logged).toContain('unhandled error GET /boom/［已隐去银行卡号］');
    expect(logged).toContain('［已隐去手机号］');
    expect(logged).toContain('［已隐去身份证号］');
    expectNoRawData(logged);
    expect(logged).not.toContain('330106199001011234');
  });

  it('masks personal data in an unhandled MCP tool error', () => {
    lines = [];
    const err = toMcpError(new Error('failed for zs@example.com'));
    expect(err.message).not.toContain('zs@example.com');
    expect(lines.join('\n')).toContain('［已隐去电子邮箱］');
    expectNoRawData(lines.join('\n'));
  });

  it('masks values that are not errors (objects, strings)', () => {
    lines = [];
    logError('context', { phone: '13812345678' }, 'card 6222021234567890');
    expect(lines).toEqual(['context {"phone":"［已隐去手机号］"} card ［已隐去银行卡号］']);
  });

  it('a 4xx for bad input is not logged at all', async () => {
    lines = [];
    const app = testApp();
    await app.request('/api/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"13812345678",' });
    expect(lines).toEqual([]);
  });
});
