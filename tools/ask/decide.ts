/**
 * Answer or refer: does the plan speak to this question? Decided by a logistic-regression model over a few
 * features of the question against its best hits, fitted at build time on the labelled questions of eval/
 * (tools/ask/build/fit-decision-model.ts → tools/ask/data/decision-model.json, with its cross-validated
 * accuracy). No hand-set thresholds: the model's probability of "the plan covers it" is compared with 0.5.
 */
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Question } from './question.ts';
import { namesTopicOutsidePlan } from './intent.ts';
import { dice } from './overlap.ts';
import { planNormalized, planPairs } from './plan-text.ts';
import { scopeFeatures } from './scope.ts';
import type { Engine } from '../../retrieval/engine.ts';

/** The features, in the model's order; each is scaled to about 0–1. */
export const FEATURE_NAMES = [
  'coverTop', // share of the question's content characters covered by words found in the best three clauses
  'coverFocus', // IDF-weighted share of the focus groups found in the best clause (or its matched phrasing)
  'phrasing', // character-pair overlap (Dice) of the question with the best matched everyday phrasing of the top three clauses
  'planCover', // share of content characters inside a character pair that occurs anywhere in the plan
  'absentMax', // general-language IDF of the most specific plan-absent word, /12 (0 when none)
  'absentCount', // plan-absent words, capped at 3, /3
  'logScore', // log(1 + BM25 of the best sentence) / 5
  'margin', // (best − second clause score) / best
  'asksSpecific', // asks an amount, time, procedure, place, definition, condition or count
  'outsideTopic', // names a domain of public life the plan's chapters do not cover (taxes, licences, markets, weather)
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

/** The feature vector of a question against its hits. */
export function decisionFeatures(q: Question, hits: ClauseHit[], engine: Engine): Features {
  const f = scopeFeatures(q.simplified, hits, engine);
  const lead = hits[0];
  const leadText = lead ? lead.text + (lead.phrasing ? planNormalized(engine, lead.phrasing) : '') : '';
  const weight = (group: string[]) => engine.idf(group[0]!);
  const focusWeight = q.focus.reduce((s, g) => s + weight(g), 0);
  const found = q.focus.filter((g) => g.some((w) => leadText.includes(w)));
  const coverFocus = focusWeight === 0 ? 0 : found.reduce((s, g) => s + weight(g), 0) / focusWeight;
  const phrasing = Math.max(0, ...hits.slice(0, 3).map((h) => (h.phrasing ? dice(q.simplified, planNormalized(engine, h.phrasing)) : 0)));
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
    phrasing,
    planCover: content === 0 ? 0 : inPlan / content,
    absentMax: (q.absent[0]?.idf ?? 0) / 12,
    absentCount: Math.min(q.absent.length, 3) / 3,
    logScore: Math.log1p(s1) / 5,
    margin: s1 > 0 ? (s1 - s2) / s1 : 0,
    asksSpecific: q.asked === 'general' || q.asked === 'yes_no' ? 0 : 1,
    outsideTopic: namesTopicOutsidePlan(q.simplified) ? 1 : 0,
  };
}

/** The model's probability that the plan speaks to the question. */
export function coverageProbability(features: Features, model: DecisionModel): number {
  const z = model.features.reduce((s, name, i) => s + model.weights[i]! * features[name as keyof Features], model.bias);
  return 1 / (1 + Math.exp(-z));
}
