/**
 * The staff endpoints through app.request() on a real SQLite file: the token guard, the question log fed by
 * /api/chat, /v1/chat/completions, MCP `ask` and wrong ratings (never holding personal data unmasked), and
 * corrections (validation, storage, this instance's cache reloading at once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../retrieval/engine.ts';
import type { Correction } from '../../tools/ask/corrections.ts';
import { createApp, type AppOptions } from '../app.ts';
import type { Env } from '../env.ts';
import { openSqliteStore, type SqliteStore } from '../feedback/sqlite-store.ts';
import { PLAN_DATA } from '../plan-data.ts';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(PLAN_DATA);
});

const TOKEN = 'staff-token.for_tests~1';
const STAFF = { authorization: `Bearer ${TOKEN}` };
const JSON_TYPE = { 'content-type': 'application/json' };

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0).reverse()) done();
});

async function setup(env: Env = { STAFF_TOKEN: TOKEN }, options: Partial<AppOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'zj-staff-'));
  const file = join(dir, 'feedback.sqlite');
  const store: SqliteStore = await openSqliteStore(file);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => store.close());
  const app = createApp({ engine, feedback: store, ...options });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = STAFF) =>
    app.request(path, { method, headers: { ...JSON_TYPE, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) }, env);
  return {
    store,
    file,
    call,
    chat: (content: string) => call('POST', '/api/chat', { messages: [{ role: 'user', content }] }, {}),
    unanswered: async (query = '') =>
      ((await (await call('GET', `/api/unanswered${query}`)).json()) as { questions: { question: string; count: number; reason: string; lastAskedAt: string; correctionId: number | null }[] }).questions,
    /** Every text column of the question log, as stored on disk. */
    logged: () => {
      const raw = new Database(file, { readonly: true });
      try {
        return raw.prepare('SELECT question_key, question, reason FROM question_log').all() as { question_key: string; question: string; reason: string }[];
      } finally {
        raw.close();
      }
    },
  };
}

const STAFF_ENDPOINTS: [string, string, unknown?][] = [
  ['GET', '/api/feedback'],
  ['GET', '/api/unanswered'],
  ['GET', '/api/corrections'],
  ['POST', '/api/corrections', { question: '个税怎么退', outOfScope: true }],
  ['DELETE', '/api/corrections/1'],
];

describe('the staff guard', () => {
  it.each(STAFF_ENDPOINTS)('%s %s is off without STAFF_TOKEN: 403 staff_disabled, even with a token', async (method, path, body) => {
    const { call } = await setup({});
    for (const headers of [{}, STAFF]) {
      const res = await call(method, path, body, headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'staff_disabled' } });
    }
  });

  it.each(STAFF_ENDPOINTS)('%s %s answers 401 unauthorized to a missing, malformed or wrong token', async (method, path, body) => {
    const { call } = await setup();
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`, 'Bearer two words', 'Bearer "quoted"', 'Bearer ']) {
      const res = await call(method, path, body, authorization === undefined ? {} : { authorization });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('lets staff in with the token, uncached', async () => {
    const { call } = await setup();
    for (const path of ['/api/feedback', '/api/unanswered', '/api/corrections']) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect((await call('POST', '/api/corrections', { question: '个税怎么退', outOfScope: true })).status).toBe(201);
    expect((await call('DELETE', '/api/corrections/1')).status).toBe(204);
  });

  it('leaves citizen routes open when the token is set', async () => {
    const { call, chat } = await setup();
    expect((await chat('失业保险金怎么领？')).status).toBe(200);
    expect((await call('POST', '/api/feedback', { rating: 'helpful', question: '问', answer: '答' }, {})).status).toBe(201);
  });

  it('answers 503 feedback_unavailable to staff when no store is configured', async () => {
    const app = createApp({ engine });
    for (const path of ['/api/unanswered', '/api/corrections']) {
      const res = await app.request(path, { headers: STAFF }, { STAFF_TOKEN: TOKEN });
      expect(res.status).toBe(503);
    }
  });
});

describe('GET /api/unanswered (the question log)', () => {
  it('logs no_match questions from /api/chat, /v1 and MCP ask, grouped by normalized text, most frequent first', async () => {
    const { call, chat, unanswered } = await setup();
    expect(((await (await chat('驾照到期怎么换证？')).json()) as { status: string }).status).toBe('no_match');
    await chat('驾照到期 怎么换证');
    await call('POST', '/v1/chat/completions', { model: 'x', messages: [{ role: 'user', content: '駕照到期怎麼換證?' }] }, {});
    await call('POST', '/v1/chat/completions', { model: 'x', messages: [{ role: 'user', content: '签证怎么办' }] }, {});
    const mcp = await call(
      'POST',
      '/mcp',
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask', arguments: { question: '彩票中奖怎么兑奖' } } },
      { accept: 'application/json, text/event-stream', host: '127.0.0.1:8787' },
    );
    expect(mcp.status).toBe(200);
    // An answered question is not logged, nor a thanks or a greeting alone (tools/ask/smalltalk.ts).
    await chat('失业保险金怎么领？');
    expect(((await (await chat('谢谢！')).json()) as { status: string }).status).toBe('no_match');
    await chat('你好');

    const questions = await unanswered();
    // Three wordings of one question, the latest wording kept; the rest once each (ties in either order).
    expect(questions[0]).toMatchObject({ question: '駕照到期怎麼換證?', count: 3, reason: 'no_match' });
    expect(questions).toHaveLength(3);
    expect(new Set(questions.slice(1).map((q) => `${q.question}×${q.count}`))).toEqual(new Set(['彩票中奖怎么兑奖×1', '签证怎么办×1']));
    expect(Date.parse(questions[0]!.lastAskedAt)).not.toBeNaN();
    expect(await unanswered('?limit=1')).toHaveLength(1);

    // Once staff correct a question, the log says which correction handles it.
    expect(questions.every((q) => q.correctionId === null)).toBe(true);
    const saved = await call('POST', '/api/corrections', { question: '驾照到期，怎么换证', outOfScope: true });
    const { correction } = (await saved.json()) as { correction: Correction };
    const after = await unanswered();
    expect(after.find((q) => q.question === '駕照到期怎麼換證?')?.correctionId).toBe(correction.id);
  });

  it('logs the question of an answer rated wrong_answer or wrong_citation, not one rated helpful', async () => {
    const { call, unanswered } = await setup();
    const rate = (rating: string, question: string) => call('POST', '/api/feedback', { rating, question, answer: '……[1]' }, {});
    expect((await rate('wrong_citation', '失业保险金怎么领？')).status).toBe(201);
    await rate('wrong_answer', '班额是多少');
    await rate('helpful', '低保怎么申请');
    const questions = await unanswered();
    expect(questions.map((q) => [q.question, q.reason]).sort()).toEqual([
      ['失业保险金怎么领？', 'wrong_citation'],
      ['班额是多少', 'wrong_answer'],
    ]);
  });

  it.each(['?limit=0', '?limit=201', '?limit=x', '?sort=count'])('answers %s with 400', async (query) => {
    const res = await (await setup()).call('GET', `/api/unanswered${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

/** Personal data in the forms people type it; every digit run of the original must be gone from the log. */
const PERSONAL: [name: string, text: string][] = [
  ['身份证, plain', '330102199001011234'],
  ['身份证, grouped 6-8-4', '330102 19900101 1234'],
  ['身份证, spaced in fours', '3301 0219 9001 0112 34'],
  ['身份证, ending in X', '33010219900101123X'],
  ['身份证, full width', '３３０１０２１９９００１０１１２３４'],
  ['手机, plain', '13812345678'],
  ['手机, spaced', '138 1234 5678'],
  ['手机, dashed with +86', '+86-138-1234-5678'],
  // A real card number passes the Luhn check (pii.ts checks it, so ordinary long numbers stay readable).
  ['银行卡, plain', '6222021234567890128'],
  ['银行卡, spaced', '6222 0212 3456 7890 128'],
  ['身份证, dotted', '330102.19900101.1234'],
  ['手机, dotted', '138.1234.5678'],
  ['银行卡, dotted', '6222.0212.3456.7890.128'],
];

/** True when the stored text still holds four or more consecutive digits of the original (separators ignored). */
function leaks(stored: string, original: string): boolean {
  const kept = stored.normalize('NFKC').replace(/[^\dXx]/g, '');
  const digits = original.normalize('NFKC').replace(/[^\dXx]/g, '');
  for (let i = 0; i + 4 <= digits.length; i++) if (kept.includes(digits.slice(i, i + 4))) return true;
  return false;
}

async function expectNothingLeaks(text: string) {
  const { chat, call, logged } = await setup();
  expect(((await (await chat(`我的号码${text}，驾照到期怎么换证？`)).json()) as { status: string }).status).toBe('no_match');
  await call('POST', '/api/feedback', { rating: 'wrong_answer', question: `卡号${text}低保怎么申请`, answer: '……' }, {});
  const rows = logged();
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    expect(leaks(row.question, text), row.question).toBe(false);
    expect(leaks(row.question_key, text), row.question_key).toBe(false);
    expect(row.question).toContain('已隐去');
  }
}

describe('the question log never holds personal data unmasked', () => {
  it.each(PERSONAL)('%s', async (_name, text) => {
    await expectNothingLeaks(text);
  });

  it('the leak check itself catches a digit run left behind', () => {
    expect(leaks('号码138 1234 5678', '13812345678')).toBe(true);
    expect(leaks('号码［已隐去手机号］', '13812345678')).toBe(false);
  });
});

describe('corrections', () => {
  async function withChanges() {
    const changes: Correction[][] = [];
    const app = await setup({ STAFF_TOKEN: TOKEN }, { corrections: { onChange: (list) => changes.push([...list]) } });
    return { ...app, changes };
  }

  it('stores a clause correction (masked) and an out-of-scope one, lists newest first, deletes', async () => {
    const { call } = await setup();
    const first = await call('POST', '/api/corrections', { question: '我手机13812345678，娃上学怎么办？', clauseIds: ['4.1.2', '4.1.2', '4.1.3'], note: '家长常问' });
    expect(first.status).toBe(201);
    const { correction } = (await first.json()) as { correction: Correction };
    expect(correction).toMatchObject({ id: 1, question: '我手机［已隐去手机号］，娃上学怎么办？', clauseIds: ['4.1.2', '4.1.3'], outOfScope: false, note: '家长常问' });
    expect(Date.parse(correction.createdAt)).not.toBeNaN();

    const second = await call('POST', '/api/corrections', { question: '个税怎么退', outOfScope: true });
    expect(((await second.json()) as { correction: Correction }).correction).toMatchObject({ id: 2, clauseIds: [], outOfScope: true, note: null });

    const list = (await (await call('GET', '/api/corrections')).json()) as { corrections: Correction[] };
    expect(list.corrections.map((c) => c.id)).toEqual([2, 1]);
    expect(list.corrections[1]).toEqual(correction);

    expect((await call('DELETE', '/api/corrections/2')).status).toBe(204);
    expect(((await (await call('GET', '/api/corrections')).json()) as { corrections: Correction[] }).corrections.map((c) => c.id)).toEqual([1]);
    const again = await call('DELETE', '/api/corrections/2');
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('replaces an earlier correction of the same question (after normalisation)', async () => {
    const { call } = await setup();
    await call('POST', '/api/corrections', { question: '失业金怎么领？', clauseIds: ['5.1.3'] });
    await call('POST', '/api/corrections', { question: '失业金 怎么领', outOfScope: true });
    const { corrections } = (await (await call('GET', '/api/corrections')).json()) as { corrections: Correction[] };
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ question: '失业金 怎么领', outOfScope: true });
  });

  it.each([
    ['an unknown clause id', { question: '问题', clauseIds: ['99.9.9'] }],
    ['a clause with no text to quote', { question: '问题', clauseIds: ['6.2.2'] }],
    ['a malformed clause id', { question: '问题', clauseIds: ['../etc'] }],
    ['neither clauseIds nor outOfScope', { question: '问题' }],
    ['empty clauseIds and outOfScope false', { question: '问题', clauseIds: [], outOfScope: false }],
    ['both clauseIds and outOfScope', { question: '问题', clauseIds: ['5.1.3'], outOfScope: true }],
    ['more than five clauses', { question: '问题', clauseIds: ['4.1.1', '4.1.2', '4.1.3', '5.1.1', '5.1.2', '5.1.3'] }],
    ['an empty question', { question: '  ', outOfScope: true }],
    ['a question of punctuation only', { question: '？？！', outOfScope: true }],
    ['a question over 500 characters', { question: '问'.repeat(501), outOfScope: true }],
    ['an unknown field', { question: '问题', outOfScope: true, answer: '自己写的回答' }],
    ['a string for outOfScope', { question: '问题', outOfScope: 'yes' }],
  ])('refuses %s with 400 and stores nothing', async (_name, body) => {
    const { call, store } = await setup();
    const res = await call('POST', '/api/corrections', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
    expect(await store.listCorrections()).toEqual([]);
  });

  it.each(['abc', '0', '-1', '1.5', '99999999999999999999'])('answers DELETE /api/corrections/%s with 400', async (id) => {
    const res = await (await setup()).call('DELETE', `/api/corrections/${id}`);
    expect(res.status).toBe(400);
  });

  it('reloads this instance at once after a save or delete, and reports each new list to onChange', async () => {
    const { call, chat, changes } = await withChanges();
    await chat('失业保险金怎么领？'); // first load: nothing yet
    expect(changes).toEqual([]);
    await call('POST', '/api/corrections', { question: '失业金能领多久', clauseIds: ['5.1.3'] });
    expect(changes.map((list) => list.map((c) => c.question))).toEqual([['失业金能领多久']]);
    await call('DELETE', '/api/corrections/1');
    expect(changes.at(-1)).toEqual([]);
  });

  it('survives a restart: a new process on the same file lists the correction and loads it for answers', async () => {
    const { call, file, store } = await setup();
    await call('POST', '/api/corrections', { question: '娃上学怎么办', clauseIds: ['4.1.2'] });
    store.close();

    const reopened = await openSqliteStore(file);
    cleanup.push(() => reopened.close());
    const seen: string[][] = [];
    const app = createApp({ engine, feedback: reopened, corrections: { onChange: (list) => seen.push(list.map((c) => c.question)) } });
    const listed = await app.request('/api/corrections', { headers: STAFF }, { STAFF_TOKEN: TOKEN });
    expect(((await listed.json()) as { corrections: Correction[] }).corrections.map((c) => c.clauseIds)).toEqual([['4.1.2']]);
    await app.request('/api/chat', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ messages: [{ role: 'user', content: '娃上学怎么办' }] }) }, {});
    expect(seen).toEqual([['娃上学怎么办']]);
  });

  it('reads the store at most once per 60 s for answers, however many questions come in', async () => {
    const { store, chat } = await setup();
    let reads = 0;
    const listCorrections = store.listCorrections.bind(store);
    store.listCorrections = () => {
      reads++;
      return listCorrections();
    };
    for (let i = 0; i < 5; i++) await chat('失业保险金怎么领？');
    expect(reads).toBe(1);
  });
});
