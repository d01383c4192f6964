/** A D1 store whose database fails (say, migrations never applied) answers 503, not 500; the chat still answers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../retrieval/engine.ts';
import { createApp } from '../app.ts';
import { setLogSink } from '../logger.ts';
import { PLAN_DATA } from '../plan-data.ts';
import { createD1Store } from './d1-store.ts';

/** What D1 does before `wrangler d1 migrations apply`: every statement fails with "no such table". */
const unmigrated = {
  prepare() {
    throw new Error('D1_ERROR: no such table: feedback: SQLITE_ERROR');
  },
} as unknown as D1Database;

let engine: Engine;
beforeAll(() => {
  engine = createEngine(PLAN_DATA);
});

describe('createD1Store on an unmigrated database', () => {
  it('turns each failure into feedback_unavailable and logs the hint to apply the migrations', async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const store = createD1Store(unmigrated);
      await expect(store.listCorrections()).rejects.toMatchObject({ code: 'feedback_unavailable' });
      await expect(store.add({ rating: 'helpful', question: '问', answer: '答', citationIds: [], comment: null })).rejects.toMatchObject({ code: 'feedback_unavailable' });
      expect(lines.join('\n')).toContain('wrangler d1 migrations apply');

      const app = createApp({ engine, feedback: createD1Store(unmigrated) });
      const json = { 'content-type': 'application/json' };
      const feedback = await app.request('/api/feedback', { method: 'POST', headers: json, body: JSON.stringify({ rating: 'wrong_answer', question: '问', answer: '答' }) });
      expect(feedback.status).toBe(503);
      const chat = await app.request('/api/chat', { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: '驾照到期怎么换证？' }] }) });
      expect(chat.status).toBe(200);
      expect(((await chat.json()) as { status: string }).status).toBe('no_match');
    } finally {
      setLogSink(previous);
    }
  });
});
