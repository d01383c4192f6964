/**
 * Fits the answer-or-refer model (tools/ask/decide.ts) on the labelled questions of eval/: the shared dev set,
 * the project set and the real-wording set (in_plan → the plan speaks to it; out_of_scope → refer; partial left out).
 * English and adversarial questions are left out (English is judged by its glossary coverage, adversarial ones
 * are refused before this). The hold-out set is never fitted on: its accuracy is reported beside the 5-fold
 * cross-validated accuracy. Deterministic (fixed folds, fixed iterations), so a test can check the committed
 * weights are current. Run: npm run build:decision-model
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../../../retrieval/engine.ts';
import { PLAN_DATA } from '../../../server/plan-data.ts';
import { loadQuestions, loadRealQuestions, REAL_SET } from '../../../eval/questions.ts';
import { decisionFeatures, FEATURE_NAMES, coverageProbability, type DecisionModel, type Features } from '../decide.ts';
import { createGeneralIdf, type GeneralIdfTable } from '../general-idf.ts';
import { namesOtherRegion } from '../intent.ts';
import { analyzeQuestion } from '../question.ts';
import generalIdfTable from '../data/general-idf.json' with { type: 'json' };

/** One labelled example. */
interface Example {
  id: string;
  x: Features;
  /** 1: the plan speaks to it (answer); 0: refer. */
  y: number;
}

/** L2 penalty and gradient-descent schedule; small data, so a mild penalty keeps weights stable between builds. */
const L2 = 0.01;
const ITERATIONS = 4000;
const RATE = 0.5;
const FOLDS = 5;
/**
 * A referral example weighs more than an answer example: answering a question the plan does not address misleads,
 * referring one it does only costs a call to 12345. Measured on the training sets (2026-11-30): weight 1 refers
 * 62% of the out-of-scope questions; 2.75 refers 92.5% (cross-validated) and answers every in-scope question that
 * 2.5 answers; 3 starts referring in-scope fact questions.
 */
const REFER_WEIGHT = 2.75;

/** The labelled examples of a set of eval files, with their features. */
async function examples(engine: Engine, sets: 'train' | 'holdout'): Promise<Example[]> {
  const generalIdf = createGeneralIdf(generalIdfTable as GeneralIdfTable);
  const rows: { id: string; question: string; y: number }[] = [];
  if (sets === 'train') {
    for (const file of ['dev.jsonl', 'questions.jsonl']) {
      for (const q of loadQuestions(file)) if (q.type !== 'english' && q.type !== 'adversarial') rows.push({ id: q.id, question: q.question, y: q.type === 'out_of_scope' ? 0 : 1 });
    }
    // `partial` questions are left out: the plan covers their topic but not what they ask, so either outcome
    // (cited answer saying what is missing, or a referral) is right for them, and they would blur the boundary.
    for (const q of loadRealQuestions(REAL_SET)) if (q.label !== 'partial') rows.push({ id: q.id, question: q.question, y: q.label === 'out_of_scope' ? 0 : 1 });
  } else {
    for (const q of loadQuestions('holdout.jsonl')) if (q.type !== 'english' && q.type !== 'adversarial') rows.push({ id: q.id, question: q.question, y: q.type === 'out_of_scope' ? 0 : 1 });
  }
  const out: Example[] = [];
  for (const r of rows) {
    const q = analyzeQuestion(r.question, undefined, engine, generalIdf);
    // Only what reaches the model: English, other regions and transactions are decided by rules before it.
    if (q.latin || q.transaction || namesOtherRegion(q.simplified)) continue;
    out.push({ id: r.id, x: decisionFeatures(q, await engine.search(q.prepared, 8), engine), y: r.y });
  }
  return out;
}

/** Class-balanced logistic regression by batch gradient descent. */
function fit(train: Example[]): DecisionModel {
  const d = FEATURE_NAMES.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const cw = (y: number) => (y === 1 ? 1 : REFER_WEIGHT);
  const xs = train.map((e) => FEATURE_NAMES.map((n) => e.x[n]));
  for (let it = 0; it < ITERATIONS; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    train.forEach((e, i) => {
      const z = xs[i]!.reduce((s, v, j) => s + v * w[j]!, b);
      const err = (1 / (1 + Math.exp(-z)) - e.y) * cw(e.y);
      xs[i]!.forEach((v, j) => (gw[j]! += err * v));
      gb += err;
    });
    for (let j = 0; j < d; j++) w[j]! -= RATE * (gw[j]! / train.length + L2 * w[j]!);
    b -= RATE * (gb / train.length);
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { features: [...FEATURE_NAMES], weights: w.map(round), bias: round(b) };
}

/** Accuracy of a model on examples, overall and per class. */
function accuracy(model: DecisionModel, set: Example[]) {
  const right = (e: Example) => (coverageProbability(e.x, model) >= 0.5 ? 1 : 0) === e.y;
  const of = (xs: Example[]) => (xs.length === 0 ? null : Math.round((1000 * xs.filter(right).length) / xs.length) / 1000);
  return { n: set.length, accuracy: of(set), answer: of(set.filter((e) => e.y === 1)), refer: of(set.filter((e) => e.y === 0)) };
}

/** The fitted model with its cross-validated and hold-out accuracy. */
export async function fitDecisionModel(engine: Engine = createEngine(PLAN_DATA)) {
  const train = await examples(engine, 'train');
  const folds = Array.from({ length: FOLDS }, (_, k) => train.filter((_, i) => i % FOLDS === k));
  let right = 0;
  let rightRefer = 0;
  const refer = train.filter((e) => e.y === 0).length;
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(train.filter((_, i) => i % FOLDS !== k));
    for (const e of folds[k]!) {
      const ok = (coverageProbability(e.x, model) >= 0.5 ? 1 : 0) === e.y;
      right += ok ? 1 : 0;
      rightRefer += ok && e.y === 0 ? 1 : 0;
    }
  }
  const model = fit(train);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    ...model,
    crossValidated: { folds: FOLDS, n: train.length, accuracy: round(right / train.length), referAccuracy: round(rightRefer / refer) },
    training: accuracy(model, train),
    holdout: accuracy(model, await examples(engine, 'holdout')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fitted = await fitDecisionModel();
  writeFileSync(new URL('../data/decision-model.json', import.meta.url), JSON.stringify(fitted, null, 2) + '\n');
  console.log(JSON.stringify(fitted, null, 2));
}
