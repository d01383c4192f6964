/**
 * The optional model path against a real local HTTP server that speaks the OpenAI Chat Completions
 * protocol: verified answers pass, invented figures and bad markers are dropped, and timeouts, errors and
 * garbage fall back to the extractive answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { createEngine } from '../../retrieval/engine.ts';
import { answerChat, type AnswerDeps } from './answer-chat.ts';
import { composeWithModel, sourcesFrom, verifyModelText } from './model-compose.ts';

const engine = createEngine(PLAN_DATA);
/** What the fake model does next: a reply body, an HTTP status, or a delay. */
let behaviour: { status?: number; body?: string; delayMs?: number } = {};
let lastRequest: { model?: string; messages?: { role: string; content: string }[] } = {};
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      lastRequest = JSON.parse(raw);
      setTimeout(() => {
        res.writeHead(behaviour.status ?? 200, { 'content-type': 'application/json' });
        res.end(behaviour.body ?? '');
      }, behaviour.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const reply = (content: string) => JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
// 2 s: a loaded 2-core CI machine took over 0.5 s to answer a local request; the timeout row waits longer still.
const config = () => ({ baseUrl, apiKey: 'test-key', model: 'fake-model', timeoutMs: 2000 });
const question = '我59岁失业了，失业金能领到什么时候？';

describe('composeWithModel', () => {
  it('sends the question with numbered plan sentences and keeps a verified answer', async () => {
    const hits = await engine.search(question, 8);
    const sources = sourcesFrom(hits);
    const n = sources.findIndex((s) => s.sentence.includes('法定退休年龄')) + 1;
    behaviour = { body: reply(`规划提出对大龄失业人员继续发放失业保险金至法定退休年龄[${n}]。`) };
    const out = await composeWithModel(question, hits, [], config());
    expect(lastRequest.model).toBe('fake-model');
    expect(lastRequest.messages!.at(-1)!.content).toContain(`[${n}]`);
    expect(out).not.toBeNull();
    expect(out!.answer).toContain('至法定退休年龄[1]');
    expect(out!.citations).toEqual([expect.objectContaining({ n: 1, id: '5.1.3' })]);
    expect(engine.corpus.get('5.1.3')!.text).toContain(out!.citations[0]!.quote);
  });

  it('drops a sentence with a figure its citation does not contain, and one citing a number it was not given', async () => {
    const hits = await engine.search(question, 8);
    behaviour = { body: reply('失业保险金每月发放1800元[1]。可以一直领[99]。') };
    expect(await composeWithModel(question, hits, [], config())).toBeNull();
  });

  it.each([
    ['an HTTP error', { status: 500, body: '{"error":"boom"}' }],
    ['garbage', { body: '<html>not json' }],
    ['a reply without choices', { body: '{"foo":1}' }],
    ['a timeout', { body: reply('稳步提高失业保险保障水平[1]。'), delayMs: 3500 }],
    ['a refusal', { body: reply('无法依据规划回答。') }],
  ])('returns null on %s', async (_name, b) => {
    behaviour = b;
    expect(await composeWithModel(question, await engine.search(question, 8), [], config())).toBeNull();
  });
});

describe('verifyModelText', () => {
  const sources = [{ n: 1, id: '3.1.2', path: ['三'], sentence: '到2025年，3岁以下婴幼儿标准化发育监测筛查率达到85%，国家免疫规划疫苗接种率以乡镇为单位达到95%。' }];
  it('keeps supported figures and renumbers markers from 1', () => {
    expect(verifyModelText('筛查率目标是85%[1]。', sources)?.answer).toContain('85%[1]');
  });
  it('drops unsupported figures and unmarked sentences', () => {
    expect(verifyModelText('筛查率目标是90%[1]。这是好事。', sources)).toBeNull();
  });
});

describe('answerChat with a model', () => {
  it('uses the verified model answer, and falls back to the extractive one when the model fails', async () => {
    const hits = await engine.search(question, 8);
    const n = sourcesFrom(hits).findIndex((s) => s.sentence.includes('法定退休年龄')) + 1;
    const deps: AnswerDeps = { engine, eligibility: false, model: (q, h, hist) => composeWithModel(q, h, hist, config()) };
    behaviour = { body: reply(`会继续发放失业保险金至法定退休年龄[${n}]。`) };
    const viaModel = await answerChat({ messages: [{ role: 'user', content: question }] }, deps);
    expect(viaModel.source).toBe('llm');
    expect(viaModel.status).toBe('answered');

    behaviour = { status: 503, body: '' };
    const fallback = await answerChat({ messages: [{ role: 'user', content: question }] }, deps);
    expect(fallback.source).toBe('extractive');
    expect(fallback.answer).toContain('失业保险金至法定退休年龄');
  });
});
