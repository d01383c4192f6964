/** Search over the built index: colloquial, Traditional and English questions find the right clauses. */
import { describe, expect, it } from 'vitest';
import clauses from '../seeds/clauses.json' with { type: 'json' };
import { PLAN_DATA } from '../server/plan-data.ts';
import { buildArtifacts } from './build/artifacts.ts';
import t2s from './data/t2s.json' with { type: 'json' };
import { createEngine } from './engine.ts';
import { expandQuery } from './expand.ts';

const engine = createEngine(PLAN_DATA);
const top = async (q: string, k = 3) => (await engine.search(q, k)).map((h) => h.id);

describe('search', () => {
  it('puts a query on its index\'s scale with the same number whether its terms\' shares are new or remembered', () => {
    // scoreCeiling's definition: what a sentence of average length holding every query token would score.
    const direct = (tokens: string[], size: number, df: (t: string) => number) =>
      (tokens.reduce((sum, t) => sum + Math.log(1 + (size - df(t) + 0.5) / (df(t) + 0.5)), 0) * (0.5 + 1.2 + 1)) / (1 + 1.2);
    const fresh = createEngine(PLAN_DATA);
    const bodyDf = (t: string) => {
      const p = fresh.deps.scorer.postings(t);
      return p ? (p[1]! - p[0]!) / 2 : 0;
    };
    for (const q of ['失业金能领多久', '失业保险金 领取期限 最长', '老人看病和养老服务有什么补贴', '不存在的词语zzz']) {
      const prepared = fresh.prepare(q);
      const first = fresh.ceiling(prepared);
      expect(fresh.ceiling(prepared), q).toBe(first);
      expect(first, q).toBe(direct(prepared.tokens, fresh.deps.scorer.size, bodyDf));
      expect(fresh.documents!.ceiling(prepared), q).toBe(createEngine(PLAN_DATA).documents!.ceiling(prepared));
    }
  });

  it('finds the clause for everyday wording', async () => {
    expect(await top('我59岁失业了，失业金能领到什么时候？', 1)).toEqual(['5.1.3']);
    expect(await top('中专学费能免吗', 3)).toContain('4.2.2');
    expect(await top('低保户没房子住能申请公租房吗', 3)).toContain('6.1.1');
  });

  it('gives the head of the full ranking for any k, whatever was asked and cached before', async () => {
    const cached = createEngine(PLAN_DATA);
    const uncached = createEngine(PLAN_DATA, { cacheSize: 0 });
    const q = '老人看病和养老服务有什么补贴';
    const full = (await uncached.search(q, 200)).map((h) => [h.id, h.score, h.sentences.map((s) => s.sid)]);
    expect(full.length).toBeGreaterThan(30);
    for (const k of [5, 20, 30, 3, 200]) {
      expect((await cached.search(q, k)).map((h) => [h.id, h.score, h.sentences.map((s) => s.sid)]), `k=${k}`).toEqual(full.slice(0, k));
    }
  });

  it('reads any k as slice() does, whatever is cached (2.5 → 2, -1 → all but the last)', async () => {
    const engine = createEngine(PLAN_DATA);
    const q = '老人看病和养老服务有什么补贴';
    const all = (await createEngine(PLAN_DATA, { cacheSize: 0 }).search(q, 1000)).map((h) => h.id);
    await engine.search(q, 5);
    expect((await engine.search(q, 2.5)).map((h) => h.id)).toEqual(all.slice(0, 2));
    expect((await engine.search(q, -1)).map((h) => h.id)).toEqual(all.slice(0, -1));
    expect(await engine.search(q, Number.NaN)).toEqual([]);
  });

  it('leaves no clause half-grouped when ranking fails part-way', async () => {
    const engine = createEngine(PLAN_DATA, { cacheSize: 0 });
    const q = '失业了能领多久的失业金';
    const expected = await createEngine(PLAN_DATA, { cacheSize: 0 }).search(q, 10);
    const { phrasings } = engine.deps;
    const search = phrasings.search;
    phrasings.search = () => {
      throw new Error('phrasing index unavailable');
    };
    await expect(engine.search(q, 10)).rejects.toThrow('phrasing index unavailable');
    phrasings.search = search;
    expect(await engine.search(q, 10)).toEqual(expected);
  });

  it('finds the same clause for a Traditional Chinese question', async () => {
    expect(await top('失業金能領到什麼時候', 1)).toEqual(await top('失业金能领到什么时候', 1));
  });

  it('maps an English question through the glossary', async () => {
    expect(await top('Can migrant workers without local hukou get equal public services?', 3)).toContain('2.1.3');
  });

  it('looks tokens up exactly, not as prefixes (regression: Orama expands query tokens as prefixes)', async () => {
    // With prefix lookup "20" would also match "2025年", "2020年", "20亿元"; exactly, only the figure 20 itself.
    const hits = await engine.search('20', 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) for (const s of h.sentences) expect(s.text).toMatch(/(?<![\d.])20(?![\d.])/);
  });

  it('returns results best first, each with its matching sentences verbatim', async () => {
    const hits = await engine.search('托育机构怎么备案', 5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const h of hits) for (const s of h.sentences) expect(h.text.includes(s.text)).toBe(true);
  });

  it('returns nothing for a query with no content', async () => {
    expect(await engine.search('？？？', 5)).toEqual([]);
  });
});

describe('query expansion', () => {
  it('maps everyday words to the plan\'s terms', () => {
    expect(expandQuery('失业金', PLAN_DATA.vocab, t2s)).toContain('失业保险金');
    expect(expandQuery('低保户', PLAN_DATA.vocab, t2s)).toContain('最低生活保障');
    expect(expandQuery('没落户的外地人', PLAN_DATA.vocab, t2s)).toContain('未落户常住人口');
  });

  it('matches English phrases as whole words only', () => {
    expect(expandQuery('veterans training', PLAN_DATA.vocab, t2s)).toContain('退役军人');
    expect(expandQuery('category', PLAN_DATA.vocab, t2s)).toEqual([]);
  });
});

describe('build artefacts', () => {
  it('are current: rebuilding from seeds/ gives the committed lexicon, vocabularies, index and phrasings', async () => {
    const built = await buildArtifacts(clauses, t2s);
    expect(built.lexicon).toEqual(PLAN_DATA.lexicon);
    expect(built.vocab).toEqual(PLAN_DATA.vocab);
    expect(JSON.stringify(built.index)).toBe(JSON.stringify(PLAN_DATA.index));
    expect(JSON.stringify(built.phrasings)).toBe(JSON.stringify(PLAN_DATA.phrasings));
  });
});
