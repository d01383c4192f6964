/** POST and GET /api/feedback through app.request(), on a real (in-memory) SQLite store; GET is staff only. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../retrieval/engine.ts';
import { createApp } from '../app.ts';
import type { Env } from '../env.ts';
import { openSqliteStore, type SqliteStore } from '../feedback/sqlite-store.ts';
import { PLAN_DATA } from '../plan-data.ts';

let engine: Engine;
let store: SqliteStore;
beforeAll(() => {
  engine = createEngine(PLAN_DATA);
});
afterEach(() => store?.close());

const TOKEN = 's3cret-token';
const STAFF = { authorization: `Bearer ${TOKEN}` };

async function setup(env: Env = { STAFF_TOKEN: TOKEN }) {
  store = await openSqliteStore(':memory:');
  const app = createApp({ engine, feedback: store });
  return {
    post: (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      app.request('/api/feedback', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, env),
    list: (query = '', headers: Record<string, string> = STAFF) => app.request(`/api/feedback${query}`, { headers }, env),
  };
}

const GOOD = {
  rating: 'wrong_citation',
  question: '失业保险金怎么领？',
  answer: '对大龄失业人员继续发放失业保险金至法定退休年龄[1]。',
  citationIds: ['5.1.3', '5.1.3'],
  comment: '出处好像不对',
};

describe('POST /api/feedback', () => {
  it('stores the feedback and answers 201 with its id', async () => {
    const { post, list } = await setup();
    const res = await post(GOOD);
    expect(res.status).toBe(201);
    const { id, createdAt } = (await res.json()) as { id: number; createdAt: string };
    expect(id).toBe(1);
    expect(Date.parse(createdAt)).not.toBeNaN();
    const body = (await (await list()).json()) as { feedback: Record<string, unknown>[] };
    // Only what the person typed or was shown, citation ids de-duplicated: no IP, no agent, no profile.
    expect(body.feedback).toEqual([{ id, createdAt, rating: 'wrong_citation', question: GOOD.question, answer: GOOD.answer, citationIds: ['5.1.3'], comment: GOOD.comment }]);
  });

  it('masks ID, phone and bank card numbers before storing', async () => {
    const { post, list } = await setup();
    await post({
      rating: 'helpful',
      question: '我的身份证330102199001011234，低保怎么申请？',
      answer: '请致电13812345678',
      citationIds: [],
      comment: '卡号6222 0212 3456 7890 128，手机 138-1234-5678',
    });
    const [row] = ((await (await list()).json()) as { feedback: { question: string; answer: string; comment: string }[] }).feedback;
    const stored = JSON.stringify(row);
    expect(stored).not.toMatch(/330102199001011234|13812345678|6222|138-1234/);
    expect(row!.question).toContain('［已隐去身份证号］');
    expect(row!.answer).toContain('［已隐去手机号］');
    expect(row!.comment).toContain('［已隐去银行卡号］');
  });

  it('keeps a missing or blank comment as null', async () => {
    const { post, list } = await setup();
    await post({ rating: 'helpful', question: '问', answer: '答' });
    await post({ rating: 'helpful', question: '问', answer: '答', comment: '   ' });
    const { feedback } = (await (await list()).json()) as { feedback: { comment: string | null; citationIds: string[] }[] };
    expect(feedback.map((f) => f.comment)).toEqual([null, null]);
    expect(feedback[0]!.citationIds).toEqual([]);
  });

  it.each([
    ['invalid JSON', '{"rating":', 400, 'invalid_json'],
    ['an unknown rating', { ...GOOD, rating: 'meh' }, 400, 'invalid_request'],
    ['an unknown field', { ...GOOD, phone: '13812345678' }, 400, 'invalid_request'],
    ['an empty question', { ...GOOD, question: '  ' }, 400, 'invalid_request'],
    ['a question over 4000 characters (a letter is the longest)', { ...GOOD, question: '问'.repeat(4001) }, 400, 'invalid_request'],
    ['a comment over 1000 characters', { ...GOOD, comment: '评'.repeat(1001) }, 400, 'invalid_request'],
    ['a malformed clause id', { ...GOOD, citationIds: ['DROP TABLE'] }, 400, 'invalid_request'],
    ['a missing answer', { rating: 'helpful', question: '问' }, 400, 'invalid_request'],
    ['an array body', [GOOD], 400, 'invalid_request'],
  ])('answers %s with a 4xx JSON error', async (_name, body, status, code) => {
    const { post, list } = await setup();
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
    expect(((await (await list()).json()) as { feedback: unknown[] }).feedback).toEqual([]);
  });

  it('answers a non-JSON content type with 415', async () => {
    const res = await (await setup()).post(JSON.stringify(GOOD), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });
});

describe('GET /api/feedback', () => {
  it('lists newest first, pages, filters by rating and counts every rating', async () => {
    const { post, list } = await setup();
    for (const rating of ['helpful', 'wrong_answer', 'helpful', 'wrong_citation']) await post({ ...GOOD, rating });
    const all = (await (await list()).json()) as { feedback: { id: number }[]; counts: Record<string, number> };
    expect(all.feedback.map((f) => f.id)).toEqual([4, 3, 2, 1]);
    expect(all.counts).toEqual({ helpful: 2, wrong_citation: 1, wrong_answer: 1 });
    const page = (await (await list('?limit=2&offset=1')).json()) as { feedback: { id: number }[] };
    expect(page.feedback.map((f) => f.id)).toEqual([3, 2]);
    const helpful = (await (await list('?rating=helpful')).json()) as { feedback: { id: number; rating: string }[] };
    expect(helpful.feedback.map((f) => f.id)).toEqual([3, 1]);
  });

  it.each(['?limit=0', '?limit=201', '?offset=-1', '?rating=meh', '?limit=abc', '?sort=id'])('answers %s with 400', async (query) => {
    const res = await (await setup()).list(query);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('requires the staff token', async () => {
    const { post, list } = await setup();
    expect((await post(GOOD)).status).toBe(201);
    const none = await list('', {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await list('', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await list('', { authorization: 'Bearer s3cret-token-and-more' })).status).toBe(401);
    expect((await list('', { authorization: 's3cret-token' })).status).toBe(401);
    const ok = await list('', STAFF);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(((await ok.json()) as { feedback: unknown[] }).feedback).toHaveLength(1);
  });

  it('is off without STAFF_TOKEN: 403 staff_disabled, while citizens can still send feedback', async () => {
    const { post, list } = await setup({});
    expect((await post(GOOD)).status).toBe(201);
    for (const headers of [{}, STAFF]) {
      const res = await list('', headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'staff_disabled' } });
    }
  });
});

describe('without a feedback store', () => {
  it('answers 503 feedback_unavailable, and still validates first', async () => {
    const app = createApp({ engine });
    const post = await app.request('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(GOOD) });
    expect(post.status).toBe(503);
    expect(await post.json()).toMatchObject({ error: { code: 'feedback_unavailable' } });
    expect((await app.request('/api/feedback', { headers: STAFF }, { STAFF_TOKEN: TOKEN })).status).toBe(503);
    const bad = await app.request('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(bad.status).toBe(400);
  });

  it('takes the store from the bindings when given a function (as the Worker does with D1)', async () => {
    store = await openSqliteStore(':memory:');
    const app = createApp({ engine, feedback: (env) => (env.FEEDBACK_DB === 'on' ? store : undefined) });
    const send = (env: Env) =>
      app.request('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(GOOD) }, env);
    expect((await send({})).status).toBe(503);
    expect((await send({ FEEDBACK_DB: 'on' })).status).toBe(201);
  });
});
