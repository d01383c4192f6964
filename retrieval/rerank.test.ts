import { describe, expect, it } from 'vitest';
import ranker from './data/ranker.json' with { type: 'json' };
import { createEngine } from './engine.ts';
import { rankFeatures, rankQuery, RANK_FEATURES, type GeneralWordIdf } from './rerank.ts';
import { PLAN_DATA } from '../server/plan-data.ts';

const engine = createEngine(PLAN_DATA, { cacheSize: 0 });
const general = ranker.generalIdf as GeneralWordIdf;
const at = (name: (typeof RANK_FEATURES)[number]) => RANK_FEATURES.indexOf(name);

describe('rankQuery: words weighted by plan IDF × general-Chinese IDF', () => {
  it('weighs a word rare in everyday Chinese (低保) above an everyday one (服务) against plan IDF alone', () => {
    const q = rankQuery(engine.prepare('低保服务'), engine.deps.lexicon, engine.idf, general);
    const low = q.words.indexOf('低保');
    const service = q.words.indexOf('服务');
    expect(low).toBeGreaterThanOrEqual(0);
    expect(service).toBeGreaterThanOrEqual(0);
    expect(q.wordTopic[low]! / q.wordTopic[service]!).toBeGreaterThan(q.wordIdf[low]! / q.wordIdf[service]!);
  });

  it('gives a word missing from the general table the table mean', () => {
    const q = rankQuery(engine.prepare('托育'), engine.deps.lexicon, engine.idf, general);
    const i = q.words.indexOf('托育');
    expect(q.wordTopic[i]).toBeCloseTo(q.wordIdf[i]! * general.fallback);
  });

  it('without a table the topic shares equal the plain shares', () => {
    const q = rankQuery(engine.prepare('我想申请低保，需要什么条件'), engine.deps.lexicon, engine.idf);
    const f = rankFeatures(q, 1, '完善最低生活保障制度，低保对象', ['低保对象'], false);
    expect(f[at('topicTextShare')]).toBeCloseTo(f[at('textShare')]!);
    expect(f[at('topicFocusShare')]).toBeCloseTo(f[at('focusShare')]!);
  });

  it('a clause saying only the everyday word shares less of the topic than of the plain words', () => {
    const q = rankQuery(engine.prepare('低保服务'), engine.deps.lexicon, engine.idf, general);
    const f = rankFeatures(q, 1, '提升公共服务水平', ['提升公共服务水平'], false);
    expect(f[at('topicTextShare')]).toBeLessThan(f[at('textShare')]!);
  });
});
