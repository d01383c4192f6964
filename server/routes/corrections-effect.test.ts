/**
 * A staff correction changes the answers: the corrected question and a close rewording lead with the chosen
 * clause (and a looser rewording finds it through search), an out-of-scope correction turns an answer into a
 * referral, and deleting restores the earlier answer. Through app.request() on a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { createApp } from '../app.ts';
import { openSqliteStore } from '../feedback/sqlite-store.ts';
import { PLAN_DATA } from '../plan-data.ts';

const TOKEN = 'corrections-effect-token';
const dir = mkdtempSync(join(tmpdir(), 'zj-corrections-'));
const store = await openSqliteStore(join(dir, 'feedback.sqlite'));
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
// Its own engine: corrections add phrasings to the engine they run on.
const app = createApp({ engine: createEngine(PLAN_DATA), feedback: store });
const env = { STAFF_TOKEN: TOKEN };
const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
const ask = async (content: string) =>
  (await (await app.request('/api/chat', { method: 'POST', headers, body: JSON.stringify({ messages: [{ role: 'user', content }] }) }, env)).json()) as Answer;
const correct = async (body: unknown) => {
  const res = await app.request('/api/corrections', { method: 'POST', headers, body: JSON.stringify(body) }, env);
  expect(res.status).toBe(201);
  return ((await res.json()) as { correction: { id: number } }).correction.id;
};
const remove = async (id: number) => expect((await app.request(`/api/corrections/${id}`, { method: 'DELETE', headers }, env)).status).toBe(204);

describe('corrections change answers', () => {
  // Answered from unemployment insurance before any correction: "退休" matches, the hobby does not.
  const question = '退休了想找个地方学书法';
  const lifelongLearning = '4.2.4';

  it('leads the question and a close rewording with the chosen clause, search finds it for a looser one; deleting restores', async () => {
    const before = await ask(question);
    expect(before.citations[0]?.id).not.toBe(lifelongLearning);

    const id = await correct({ question, clauseIds: [lifelongLearning] });
    const after = await ask(question);
    expect(after.status).toBe('answered');
    expect(after.citations[0]!.id).toBe(lifelongLearning);
    expect(engineQuote(after)).toBe(true);
    expect((await ask('退休了，想找个地方学书法呢？')).citations[0]!.id).toBe(lifelongLearning);
    // Further from the corrected words: the plan's search finds the clause through the phrasing the correction added.
    const searched = await app.request('/api/search', { method: 'POST', headers, body: JSON.stringify({ query: '退休了想学书法去哪', k: 3, docs: ['plan'] }) }, env);
    expect(((await searched.json()) as { results: { id: string }[] }).results.map((r) => r.id)).toContain(lifelongLearning);

    await remove(id);
    expect((await ask(question)).citations.map((c) => c.id)).toEqual(before.citations.map((c) => c.id));
  });

  it('turns an answer into a referral when staff mark the question as not covered, and back when deleted', async () => {
    expect((await ask(question)).status).toBe('answered');
    const id = await correct({ question, outOfScope: true });
    const referred = await ask(question);
    expect(referred.status).toBe('no_match');
    expect(referred.citations).toEqual([]);
    expect(referred.answer).toMatch(/12345|浙里办/);
    await remove(id);
    expect((await ask(question)).status).toBe('answered');
  });
});

/** Every quote of an answer is verbatim from its clause. */
function engineQuote(a: Answer): boolean {
  return a.citations.every((c) => PLAN_DATA.clauses.find((x) => x.id === c.id)!.text.includes(c.quote));
}
