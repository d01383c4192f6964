/**
 * Answer or refer: does the plan speak to this question? Decided by a logistic-regression model over a few
 * features of the question against its best hits, fitted at build time on the labelled questions of eval/
 * (tools/ask/build/fit-decision-model.ts → tools/ask/data/decision-model.json, with its cross-validated
 * accuracy). No hand-set thresholds: the model's probability of "the plan covers it" is compared with 0.5.
 */
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Question } from './question.ts';
import { scopeFeatures } from './scope.ts';
import type { Engine } from '../../retrieval/engine.ts';

/** The features, in the model's order; each is scaled to about 0–1. */
export const FEATURE_NAMES = [
  'coverTop', // share of the question's content characters covered by words found in the best three clauses
  'coverFocus', // IDF-weighted share of the focus words found in the best clause
  'planCover', // share of content characters inside a character pair that occurs anywhere in the plan
  'absentMax', // general-language IDF of the most specific plan-absent word, /12 (0 when none)
  'absentCount', // plan-absent words, capped at 3, /3
  'logScore', // log(1 + BM25 of the best sentence) / 5
  'margin', // (best − second clause score) / best
  'asksSpecific', // asks an amount, time, procedure, place, definition, condition or count
] as const;

/** One question's feature vector. */
export type Features = Record<(typeof FEATURE_NAMES)[number], number>;

/** The fitted model (generated JSON). */
export interface DecisionModel {
  features: string[];
  weights: number[];
  bias: number;
}

/** Characters that carry no topic; kept in step with scope.ts's filler list. */
const NON_CONTENT = /[^\u3400-\u9fff]|[我你他她它的了吗呢吧啊呀么是有能会要想在和与都还就又也请问些哪啥咋谁怎什多少该给这那个可以如何为一下时候们]/;

/** Character pairs of the plan, built once per engine. */
const planPairsCache = new WeakMap<Engine, Set<string>>();
function planPairs(engine: Engine): Set<string> {
  let pairs = planPairsCache.get(engine);
  if (!pairs) {
    pairs = new Set();
    for (const s of engine.corpus.sentences) {
      const chars = [...s.text];
      for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
    }
    planPairsCache.set(engine, pairs);
  }
  return pairs;
}

/** The feature vector of a question against its hits. */
export function decisionFeatures(q: Question, hits: ClauseHit[], engine: Engine): Features {
  const f = scopeFeatures(q.text, hits, engine.deps);
  const lead = hits[0];
  const leadText = lead ? lead.text : '';
  const weight = (w: string) => engine.idf(w);
  const focusWeight = q.focus.reduce((s, w) => s + weight(w), 0);
  const coverFocus = focusWeight === 0 ? 0 : q.focus.filter((w) => leadText.includes(w)).reduce((s, w) => s + weight(w), 0) / focusWeight;
  const chars = [...q.simplified];
  const pairs = planPairs(engine);
  let content = 0;
  let inPlan = 0;
  chars.forEach((ch, i) => {
    if (NON_CONTENT.test(ch)) return;
    content++;
    if (pairs.has((chars[i - 1] ?? '') + ch) || pairs.has(ch + (chars[i + 1] ?? ''))) inPlan++;
  });
  const [s1, s2] = [hits[0]?.score ?? 0, hits[1]?.score ?? 0];
  return {
    coverTop: f.coverage,
    coverFocus,
    planCover: content === 0 ? 0 : inPlan / content,
    absentMax: (q.absent[0]?.idf ?? 0) / 12,
    absentCount: Math.min(q.absent.length, 3) / 3,
    logScore: Math.log1p(s1) / 5,
    margin: s1 > 0 ? (s1 - s2) / s1 : 0,
    asksSpecific: q.asked === 'general' || q.asked === 'yes_no' ? 0 : 1,
  };
}

/** The model's probability that the plan speaks to the question. */
export function coverageProbability(features: Features, model: DecisionModel): number {
  const z = model.features.reduce((s, name, i) => s + model.weights[i]! * features[name as keyof Features], model.bias);
  return 1 / (1 + Math.exp(-z));
}
