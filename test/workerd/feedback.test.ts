/// <reference types="@cloudflare/vitest-pool-workers/types" />
/**
 * Feedback, the question log and corrections on Workers: the D1 binding from wrangler.toml, migrated from
 * server/feedback/migrations as on deploy, behind the Worker's own fetch.
 */
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import type { Correction } from '../../tools/ask/corrections.ts';
import { createApp } from '../../server/app.ts';
import { createD1Store } from '../../server/feedback/d1-store.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      TEST_MIGRATIONS: D1Migration[];
      STAFF_TOKEN: string;
    }
  }
}

/** The Worker's default export (server/worker.ts), as the runtime sees it. */
const worker = (exports as unknown as { default: { fetch: typeof fetch } }).default;

const post = (body: unknown) =>
  worker.fetch('http://worker/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const list = (query = '', token: string | null = env.STAFF_TOKEN) =>
  worker.fetch(`http://worker/api/feedback${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const STAFF = () => ({ authorization: `Bearer ${env.STAFF_TOKEN}`, 'content-type': 'application/json' });
const staff = (method: string, path: string, body?: unknown) =>
  worker.fetch(`http://worker${path}`, { method, headers: STAFF(), body: body === undefined ? undefined : JSON.stringify(body) });
const chat = (content: string) =>
  worker.fetch('http://worker/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content }] }) });

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe('feedback on Workers (D1)', () => {
  it('stores feedback in D1, masked, and lists it newest first with counts', async () => {
    const first = await post({ rating: 'helpful', question: '失业保险金怎么领？', answer: '……[1]', citationIds: ['5.1.3'] });
    expect(first.status).toBe(201);
    const second = await post({ rating: 'wrong_answer', question: '电话13812345678能打吗', answer: '……', comment: '不对' });
    expect(second.status).toBe(201);

    const res = await list();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { feedback: { id: number; question: string; citationIds: string[]; comment: string | null }[]; counts: Record<string, number> };
    expect(body.feedback.map((f) => f.question)).toEqual(['电话［已隐去手机号］能打吗', '失业保险金怎么领？']);
    expect(body.feedback[1]).toMatchObject({ citationIds: ['5.1.3'], comment: null });
    expect(body.counts).toEqual({ helpful: 1, wrong_citation: 0, wrong_answer: 1 });

    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM feedback').first<{ n: number }>();
    expect(rows?.n).toBe(2);
  });

  it('guards the list with the STAFF_TOKEN binding', async () => {
    expect((await list('', null)).status).toBe(401);
    expect((await list('', 'wrong')).status).toBe(401);
    expect((await list('?rating=helpful')).status).toBe(200);
  });

  it('answers bad input with a 4xx JSON error', async () => {
    const res = await post({ rating: 'meh', question: '', answer: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('logs no_match questions and answers rated wrong in D1, masked and grouped, for staff only', async () => {
    expect(((await (await chat('驾照到期怎么换证？')).json()) as { status: string }).status).toBe('no_match');
    await chat('我电话 138 1234 5678，駕照到期 怎麼換證');
    await post({ rating: 'wrong_citation', question: '身份证330102199001011234，失业保险金怎么领？', answer: '……' });

    expect((await worker.fetch('http://worker/api/unanswered')).status).toBe(401);
    const res = await staff('GET', '/api/unanswered');
    expect(res.status).toBe(200);
    const { questions } = (await res.json()) as { questions: { question: string; count: number; reason: string }[] };
    // Four different questions once each (ties on time in either order): the first test's wrong_answer rating,
    // and the second chat is not grouped with the first because its masked phone number is part of the wording.
    expect(new Set(questions.map((q) => `${q.question}|${q.count}|${q.reason}`))).toEqual(
      new Set([
        '驾照到期怎么换证？|1|no_match',
        '我电话 ［已隐去手机号］，駕照到期 怎麼換證|1|no_match',
        '身份证［已隐去身份证号］，失业保险金怎么领？|1|wrong_citation',
        '电话［已隐去手机号］能打吗|1|wrong_answer',
      ]),
    );
    const stored = await env.DB.prepare('SELECT question_key, question FROM question_log').all<{ question_key: string; question: string }>();
    expect(JSON.stringify(stored.results)).not.toMatch(/1234|330102/);
  });

  it('stores corrections in D1; a second instance (another isolate) loads them, and deleting restores', async () => {
    const saved = await staff('POST', '/api/corrections', { question: '失业金能领多久？', clauseIds: ['5.1.3'] });
    expect(saved.status).toBe(201);
    const { correction } = (await saved.json()) as { correction: Correction };
    expect(correction).toMatchObject({ question: '失业金能领多久？', clauseIds: ['5.1.3'], outOfScope: false });
    expect((await staff('POST', '/api/corrections', { question: '问题', clauseIds: ['99.9'] })).status).toBe(400);
    expect((await staff('POST', '/api/corrections', { question: '问题' })).status).toBe(400);

    const listed = (await (await staff('GET', '/api/corrections')).json()) as { corrections: Correction[] };
    expect(listed.corrections).toEqual([correction]);

    // Another isolate: its own app and cache over the same D1, as a fresh Worker instance would be.
    const seen: string[][] = [];
    const other = createApp({
      engine: () => createEngine(PLAN_DATA),
      feedback: (bindings) => (bindings.DB ? createD1Store(bindings.DB) : undefined),
      corrections: { onChange: (list) => seen.push(list.map((c) => c.question)) },
    });
    await other.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: '失业金能领多久' }] }) }, env);
    expect(seen).toEqual([['失业金能领多久？']]);

    expect((await staff('DELETE', `/api/corrections/${correction.id}`)).status).toBe(204);
    expect((await staff('DELETE', `/api/corrections/${correction.id}`)).status).toBe(404);
    expect(((await (await staff('GET', '/api/corrections')).json()) as { corrections: Correction[] }).corrections).toEqual([]);
  });

  it('enforces the question log retention on D1', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const store = createD1Store(env.DB, { retentionDays: 7, now: () => now });
    await store.recordQuestion({ question: '旧的', questionKey: '旧的-retention', reason: 'no_match' });
    now = new Date('2026-01-05T00:00:00Z');
    await store.recordQuestion({ question: '新的', questionKey: '新的-retention', reason: 'no_match' });
    now = new Date('2026-01-09T00:00:00Z');
    const kept = (await store.listQuestions(200)).map((q) => q.question);
    expect(kept).toContain('新的');
    expect(kept).not.toContain('旧的');
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM question_log WHERE question_key = '旧的-retention'").first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it('counts a rater once per question, and caps and ages feedback, on D1', async () => {
    let now = new Date('2026-03-01T00:00:00Z');
    const store = createD1Store(env.DB, { feedbackRetentionDays: 30, feedbackMaxRows: 2, now: () => now });
    for (let i = 0; i < 5; i++) await store.recordQuestion({ question: '刷榜', questionKey: '刷榜-d1', reason: 'wrong_answer', rater: 'same' });
    await store.recordQuestion({ question: '刷榜', questionKey: '刷榜-d1', reason: 'wrong_answer', rater: 'other' });
    const listed = (await store.listQuestions(200)).find((q) => q.question === '刷榜');
    expect(listed?.count).toBe(2);

    const entry = { rating: 'helpful' as const, answer: '答', citationIds: [], comment: null };
    await store.add({ ...entry, question: 'd1-old' });
    now = new Date('2026-04-15T00:00:00Z');
    for (const question of ['d1-a', 'd1-b', 'd1-c']) await store.add({ ...entry, question });
    const { results } = await env.DB.prepare('SELECT question FROM feedback ORDER BY id').all<{ question: string }>();
    expect(results.map((r) => r.question)).toEqual(['d1-b', 'd1-c']);
  });

  it('serves the web page', async () => {
    const res = await worker.fetch('http://worker/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="zh-CN">');
  });
});
