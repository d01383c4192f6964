/** A question is analysed once; search accepts the analysis or the raw string alike. */
import { describe, expect, it } from 'vitest';
import { PLAN_DATA } from '../server/plan-data.ts';
import { createEngine } from './engine.ts';
import { queryTokens } from './search.ts';

const engine = createEngine(PLAN_DATA);

describe('engine.prepare', () => {
  it('normalises full-width and Traditional once, and keeps own words apart from expansions', () => {
    const q = engine.prepare('我５９歲失業了，失业金能領到什麼時候？');
    expect(q.text).toBe('我59岁失业了,失业金能领到什么时候?');
    expect(q.own).toContain('59岁');
    expect(q.own).toContain('失业');
    expect(q.own).not.toContain('什么');
    expect(q.expansions).toContain('失业保险金');
    expect(q.own).not.toContain('失业保险金');
    expect(q.tokens).toEqual(queryTokens('我５９歲失業了，失业金能領到什麼時候？', engine.deps));
    expect(q.latin).toBe(false);
    expect(engine.prepare('unemployment benefit').latin).toBe(true);
  });

  it('gives the same search result prepared or as a string', async () => {
    for (const question of ['低保户没房子住能申请公租房吗', 'Can migrant workers get public services?', '孤兒上學看病有什麼幫助']) {
      expect(await engine.search(engine.prepare(question), 5)).toEqual(await engine.search(question, 5));
    }
  });
});

describe('sentence data on hits', () => {
  it('carries each sentence\'s position in its clause and its tokens, as the shipped segmenter gives them', async () => {
    const hits = await engine.search('托育机构怎么备案', 3);
    for (const h of hits) {
      const clause = engine.corpus.get(h.id)!;
      for (const s of h.sentences) {
        expect(clause.sentences[s.index]).toBe(s.text);
        expect(s.sid).toBe(`${h.id}#${s.index}`);
        expect([...s.tokens].sort()).toEqual([...new Set(engine.segment(s.text))].sort());
      }
    }
  });

  it('exposes the vocabularies and IDF without reaching into engine.deps', () => {
    expect(engine.vocab).toBe(PLAN_DATA.vocab);
    expect(engine.idf('失业保险金')).toBeGreaterThan(engine.idf('服务'));
    expect(engine.normalize('失業ＡＢ')).toBe('失业ab');
  });
});
