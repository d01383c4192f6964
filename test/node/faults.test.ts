/**
 * A model provider that fails: it times out, hangs mid-body, answers 500, returns garbage, drops the
 * connection, is not there at all, or returns an answer with invented figures. Every time the person gets
 * the extractive answer — the same one as without a model — within LLM_TIMEOUT_MS plus a margin.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../tools/schemas/answer.ts';
import type { Env } from '../../server/env.ts';
import { supportsFigure } from '../../tools/ask/figures.ts';
import { figuresIn } from './grounding.ts';
import { testApp } from './support.ts';

const TIMEOUT_MS = 400;
/** Retrieval, composition and the loopback round trip, measured well under 100 ms; generous for slow CI. */
const MARGIN_MS = 1000;
const QUESTION = '到2025年家庭医生重点人群签约率要达到多少？';

type Behaviour = (res: ServerResponse) => void;
const reply = (content: unknown) => JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
const json = (status: number, body: string): Behaviour => (res) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
};

const FAULTS: [string, Behaviour][] = [
  ['never answers (timeout)', () => undefined],
  ['answers after the deadline', (res) => setTimeout(() => json(200, reply('家庭医生签约服务[1]。'))(res), TIMEOUT_MS * 3)],
  ['sends headers, then hangs mid-body', (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"choices":[{"message":{"content":"');
  }],
  ['answers 500', json(500, '{"error":{"message":"internal"}}')],
  ['answers 429', json(429, '{"error":{"message":"rate limited"}}')],
  ['answers 200 with HTML', json(200, '<html><body>Bad gateway</body></html>')],
  ['answers 200 with an empty body', json(200, '')],
  ['answers 200 with JSON of another shape', json(200, '{"result":"ok"}')],
  ['answers 200 with non-text content', json(200, reply({ text: 'x' }))],
  ['answers 200 with a refusal', json(200, reply('无法依据规划回答。'))],
  ['answers with invented figures only', json(200, reply('重点人群签约率达到95%[1]。每人每年补贴800元[2]。'))],
  ['answers with markers it was not given', json(200, reply('家庭医生签约服务全面覆盖[42]。'))],
  ['drops the connection', (res) => res.socket?.destroy()],
];

let model: Server;
let behaviour: Behaviour = () => undefined;
let base = '';
const app = testApp();
let extractive: Answer;

beforeAll(async () => {
  model = createServer((req, res) => {
    req.resume();
    req.on('end', () => behaviour(res));
  });
  await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;
  extractive = await chat({});
  expect(extractive.status).toBe('answered');
});
afterAll(() => {
  model.closeAllConnections();
  return new Promise<void>((resolve) => model.close(() => resolve()));
});

async function chat(env: Env, extra: Record<string, unknown> = {}): Promise<Answer> {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: QUESTION }], ...extra }),
  }, env);
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
}

const modelEnv = (): Env => ({ LLM_BASE_URL: base, LLM_API_KEY: 'test', LLM_MODEL: 'fake', LLM_TIMEOUT_MS: String(TIMEOUT_MS) });

describe('model provider faults', () => {
  it.each(FAULTS)('a provider that %s → the extractive answer within the deadline', async (_name, b) => {
    behaviour = b;
    const started = performance.now();
    const answer = await chat(modelEnv());
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(answer.source).toBe('extractive');
    expect(answer.answer).toBe(extractive.answer);
    expect(answer.citations).toEqual(extractive.citations);
  });

  it('a provider that is not there at all (connection refused) → the extractive answer at once', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const started = performance.now();
    const answer = await chat({ ...modelEnv(), LLM_BASE_URL: `http://127.0.0.1:${port}/v1` });
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(answer.answer).toBe(extractive.answer);
  });

  it('keeps a verified sentence but never an invented figure, when the model mixes them', async () => {
    behaviour = json(200, reply('家庭医生重点人群签约率达到99.9%[1]。每人每月补贴3000元[1]。'));
    const answer = await chat(modelEnv());
    expect(answer.answer).not.toContain('99.9');
    expect(answer.answer).not.toContain('3000');
    const quotes = answer.citations.map((c) => c.quote).join('\n');
    expect(figuresIn(answer.answer).filter((f) => f !== '12345' && !supportsFigure(quotes, f))).toEqual([]);
  });

  it('streams the extractive answer when the provider times out (SSE ends with the whole Answer)', async () => {
    behaviour = () => undefined;
    const started = performance.now();
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: QUESTION }], stream: true }),
    }, modelEnv());
    const text = await res.text();
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    const last = text.trim().split('\n\n').at(-1)!;
    expect(last).toMatch(/^event: answer/);
    expect(JSON.parse(last.split('\n').find((l) => l.startsWith('data:'))!.slice(5))).toMatchObject({ answer: extractive.answer, source: 'extractive' });
  });

  it('answers /v1/chat/completions extractively too when the provider answers 500', async () => {
    behaviour = json(500, 'oops');
    const started = performance.now();
    const res = await app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: QUESTION }] }),
    }, modelEnv());
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]!.message.content).toContain(extractive.answer);
  });
});
