/** The Worker serves /api/search (every document in force) with the same top-5 ids as Node, for every dev-set question; the staff overlay works there. */
import { exports } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';

/** The Worker's default export (server/worker.ts), as the runtime sees it. */
const worker = (exports as unknown as { default: { fetch: typeof fetch } }).default;

describe('Workers runtime', () => {
  it('serves /healthz', async () => {
    const res = await worker.fetch('http://worker/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, clauses: 86 });
  });

  it('returns the same top-5 clause ids as Node for every dev question', async () => {
    const expected = inject('nodeTop5');
    expect(expected.length).toBeGreaterThanOrEqual(40);
    for (const { question, ids } of expected) {
      const res = await worker.fetch('http://worker/api/search', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: question, k: 5 }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { results: { id: string }[] };
      expect(body.results.map((r) => r.id), question).toEqual(ids);
    }
  });

  it('applies staff phrasings at run time without fs, and drops them again (retrieval/phrasings.ts)', async () => {
    const engine = createEngine(PLAN_DATA);
    const question = '家里老人想找个靠谱的保姆';
    const before = (await engine.search(question, 10)).map((h) => h.id);
    expect(before[0]).not.toBe('13.2.1');
    engine.setExtraPhrasings([{ clauseId: '13.2.1', text: question }]);
    const corrected = await engine.search(question, 1);
    expect(corrected[0]).toMatchObject({ id: '13.2.1', phrasing: question });
    engine.setExtraPhrasings([]);
    expect((await engine.search(question, 10)).map((h) => h.id)).toEqual(before);
  });

  it('answers bad input with a 4xx JSON error', async () => {
    const res = await worker.fetch('http://worker/api/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_json' } });
  });
});
