/** The article ranker's features and its gate, on general wording written for these tests (no eval question). */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { ARTICLE_FEATURES, articleCandidates, asksRule, bestArticle, contentPairs, CUES, GATE_FEATURES, logistic, longestRun, namedShare, statesRule, topicGroups, type ArticleRankerModel } from './article-ranker.ts';
import { findRules } from './articles.ts';
import { createGeneralIdf, type GeneralIdfTable } from './general-idf.ts';
import { analyzeQuestion } from './question.ts';
import articleRanker from './data/article-ranker.json' with { type: 'json' };
import generalIdfTable from './data/general-idf.json' with { type: 'json' };

const engine = createEngine(PLAN_DATA);
const idf = createGeneralIdf(generalIdfTable as GeneralIdfTable);
const MODEL = articleRanker as ArticleRankerModel;
const read = (text: string) => analyzeQuestion(text, undefined, engine, idf);

describe('ranker features', () => {
  it.each([
    // 请 is a filler (请问), so 申请 counts for nothing: the asked attribute's cue reads it instead.
    ['低保怎么申请', ['低保']],
    ['我想问问试用期多长', ['试用', '用期']],
    ['What is this', []],
  ])('content pairs of %s leave out question words and particles', (text, pairs) => {
    expect(contentPairs(text)).toEqual(pairs);
  });

  it.each([
    ['最低生活保障怎么申请', '申请最低生活保障，由共同生活的家庭成员提出', 6],
    ['最低生活保障怎么申请', '低保', 1],
    ['试用期最长多久', '劳动合同的试用期不得超过六个月', 3],
    ['abc申请', '提出申请', 2],
  ])('the longest run of %s in "%s" is %i characters', (question, text, n) => {
    expect(longestRun(question, text)).toBe(n);
  });

  it.each([
    ['procedure', '向户籍所在地的乡镇人民政府提出申请', true],
    ['procedure', '国家鼓励社会力量参与', false],
    ['time', '自收到申请之日起三十日内作出决定', true],
    ['condition', '符合下列条件的，可以申请', true],
    ['amount', '所需费用由用人单位承担', true],
    ['amount', '县级以上人民政府应当加强领导', false],
  ] as const)('the %s cue on "%s" is %s', (asked, text, says) => {
    expect(CUES[asked]!.test(text)).toBe(says);
  });

  it('adds the names laws give everyday words to the topic (低保 → 最低生活保障)', () => {
    const groups = topicGroups(read('低保怎么申请'));
    expect(groups.some((g) => g.includes('低保') && g.includes('最低生活保障'))).toBe(true);
  });

  it('weighs the topic groups a text names by their weights', () => {
    const groups = [['失业保险金'], ['期限']];
    expect(namedShare(groups, [3, 1], '失业保险金的领取期限')).toBe(1);
    expect(namedShare(groups, [3, 1], '领取失业保险金')).toBe(0.75);
    expect(namedShare(groups, [3, 1], '养老服务')).toBe(0);
    expect(namedShare([], [], '任何文字')).toBe(0);
  });

  it('describes every candidate with every feature in about 0–1, from in-force documents only', () => {
    const candidates = articleCandidates(read('工伤认定申请要提交哪些材料'), engine);
    expect(candidates.length).toBeGreaterThan(5);
    for (const c of candidates) {
      expect(c.doc.status).toBe('in_force');
      for (const name of ARTICLE_FEATURES) expect(c.features[name], name).toBeGreaterThanOrEqual(0), expect(c.features[name], name).toBeLessThanOrEqual(1);
    }
  });
});

describe('the gate', () => {
  it('reads the model by feature name', () => {
    const model = { features: ['a', 'b'], weights: [2, -1], bias: 0 };
    expect(logistic({ a: 0, b: 0 }, model)).toBe(0.5);
    expect(logistic({ a: 1, b: 0 }, model)).toBeGreaterThan(0.5);
    expect(logistic({ a: 0, b: 1 }, model)).toBeLessThan(0.5);
  });

  it('has the artefact name exactly the features the code computes', () => {
    expect(MODEL.ranker.features).toEqual([...ARTICLE_FEATURES]);
    expect(MODEL.gate.features).toEqual([...GATE_FEATURES]);
    expect(MODEL.gate.threshold).toBeGreaterThan(0.5);
    expect(MODEL.gate.threshold).toBeLessThanOrEqual(1); // 1 would be shut (no threshold gains at build/fit-article-ranker.ts WRONG_COST)
  });

  it.each([
    // Questions that ask for a rule an article states: confident.
    ['工伤认定申请要提交哪些材料', 'work-injury-insurance-regulation:18', true],
    ['法律援助申请由哪个机构受理', 'zj-legal-aid:13', true],
    // A question that asks a rule no article states, and questions that ask no rule at all: no article.
    ['附近哪家餐馆的饭菜便宜', null, false],
    ['今天天气怎么样', null, false],
    ['十四五期间养老服务有什么目标', null, false],
  ])('%s → %s (quoted: %s)', async (text, id, quoted) => {
    const q = read(text);
    const hits = await engine.search(q.prepared, 8);
    const found = bestArticle(q, engine, hits, MODEL);
    if (id) expect(found!.candidate.article.id).toBe(id);
    // The gate opened well below the fitted threshold (0.90), so what is tested is the ranker's choice and statesRule.
    const open = { ...MODEL, gate: { ...MODEL.gate, threshold: 0.3 } };
    expect((found?.confidence ?? 0) >= open.gate.threshold).toBe(quoted);
    expect(findRules(q, engine, hits, false, open) !== null).toBe(quoted);
  });

  it.each([
    ['低保怎么申请', true],
    ['失业保险金能领多久', true],
    ['用人单位不交社保怎么办', true],
    ['什么是最低生活保障', false],
    ['今年要建多少所幼儿园', false],
  ])('%s asks a rule an article may state: %s', (text, asks) => {
    expect(asksRule(read(text))).toBe(asks);
  });

  it('quotes nothing when the threshold is out of reach, and the best article verbatim when it is not', async () => {
    const q = read('工伤认定申请要提交哪些材料');
    const hits = await engine.search(q.prepared, 8);
    expect(findRules(q, engine, hits, false, { ...MODEL, gate: { ...MODEL.gate, threshold: 1.01 } })).toBeNull();
    const rules = findRules(q, engine, hits, false, { ...MODEL, gate: { ...MODEL.gate, threshold: 0 } })!;
    for (const c of rules.citations) expect(engine.documents!.article(c.id)!.text).toContain(c.quote);
  });

  it.each([
    // The first sentence names every topic group and says the kind of thing asked: a rule stated.
    ['工伤认定申请要提交哪些材料', 'work-injury-insurance-regulation:18', true],
    ['劳动合同试用期多久', 'labour-contract-law:19', true],
    // 最长 only says what is asked of a time (the time cue): the topic is 试用期, which the first sentence names.
    ['劳动合同试用期最长多久', 'labour-contract-law:19', true],
    // 最低生活保障's first sentence sets how the standard is fixed, not how to apply: no rule for the question asked.
    ['最低生活保障怎么申请', 'zj-social-assistance:10', false],
    // It names the topic and the amount's cue (标准), but states no quantity: no answer to how much.
    ['最低生活保障标准是多少钱', 'zj-social-assistance:10', false],
  ])('%s: %s states the rule asked (first sentence: topic and cue): %s', (text, id, states) => {
    const q = read(text);
    const article = engine.documents!.article(id)!;
    expect(statesRule(q, article)).toBe(states);
  });

  it('gives an article whose first sentence does not state the rule asked confidence 0, whatever the ranker says', async () => {
    // The best-ranked article opens with a unit's duty to issue a certificate, not with how to apply.
    const q = read('失业保险金怎么申请');
    const found = bestArticle(q, engine, await engine.search(q.prepared, 8), MODEL)!;
    expect(statesRule(q, found.candidate.article)).toBe(false);
    expect(found.confidence).toBe(0);
    expect(findRules(q, engine, await engine.search(q.prepared, 8), false, { ...MODEL, gate: { ...MODEL.gate, threshold: 0.01 } })).toBeNull();
  });
});
