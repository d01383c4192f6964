/**
 * Fits the clause re-ranker (retrieval/rerank.ts) on questions with gold clauses: the curated dev and project sets
 * and the single questions on the TRAIN side of the real items (eval/real-split.ts); never the real test side, never
 * the curated hold-out (its recall@1 is reported beside). For each question, the first RERANK_HEAD clauses of the
 * BM25 ranking (no re-ranking) give one pair per wrong clause: gold features minus wrong features, fitted by
 * logistic regression without bias (a pairwise ranker). Cross-validation is grouped by source site (a curated
 * question is its own group), as the decision model's is. Deterministic, so a test checks the committed weights.
 * Run: npm run build:ranker
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { loadQuestions } from '../../eval/questions.ts';
import { groupFolds, loadRealItems, REAL_DIALOGUE_FILE, REAL_QUESTION_FILES, SPLIT_SALT } from '../../eval/real-split.ts';
import { createEngine, type Engine } from '../engine.ts';
import { RANK_FEATURES, RERANK_HEAD, rankFeatures, rankQuery, rankValue, type RankerModel } from '../rerank.ts';

/** One question: its head of BM25-ranked clauses as feature vectors, and which of them hold a gold fragment. */
interface Example {
  set: string;
  group: string;
  features: number[][];
  gold: boolean[];
}

/** L2 penalty and gradient-descent schedule (small data: a mild penalty keeps the weights stable). */
const L2 = 0.01;
const ITERATIONS = 2000;
const RATE = 0.5;
const FOLDS = 5;
const CURATED = ['dev.jsonl', 'questions.jsonl'];
const HOLDOUT = 'holdout.jsonl';

/** Every question with gold, as an example (features from the engine without its ranker). */
async function examples(engine: Engine): Promise<Example[]> {
  const rows: { set: string; group: string; question: string; gold: string[] }[] = [];
  for (const file of [...CURATED, HOLDOUT]) {
    for (const q of loadQuestions(file)) if (q.gold.length > 0) rows.push({ set: file, group: `${file}:${q.id}`, question: q.question, gold: q.gold });
  }
  for (const it of loadRealItems()) {
    if (it.split === 'train' && it.turns.length === 1 && it.gold.length > 0) rows.push({ set: 'real-train', group: `site:${it.site}`, question: it.turns[0]!, gold: it.gold });
  }
  const out: Example[] = [];
  for (const r of rows) {
    const query = engine.prepare(r.question);
    const hits = await engine.search(query, RERANK_HEAD);
    if (hits.length === 0) continue;
    const q = rankQuery(query, engine.deps.lexicon, engine.idf);
    const top = hits[0]!.score;
    out.push({
      set: r.set,
      group: r.group,
      features: hits.map((h) => rankFeatures(q, top > 0 ? h.score / top : 0, h.text, h.sentences.map((s) => s.text), h.phrasing !== undefined)),
      gold: hits.map((h) => r.gold.some((g) => h.text.includes(g))),
    });
  }
  return out;
}

/** Pairwise logistic regression: the gold clause above each wrong one of the same question. */
function fit(train: Example[]): RankerModel {
  const d = RANK_FEATURES.length;
  const pairs: number[][] = [];
  for (const e of train) {
    const g = e.gold.indexOf(true);
    if (g < 0) continue;
    e.features.forEach((f, j) => {
      if (!e.gold[j]) pairs.push(e.features[g]!.map((v, k) => v - f[k]!));
    });
  }
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0);
    for (const x of pairs) {
      const z = x.reduce((s, v, k) => s + v * w[k]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - 1;
      x.forEach((v, k) => (grad[k]! += err * v));
    }
    for (let k = 0; k < d; k++) w[k]! -= RATE * (grad[k]! / pairs.length + L2 * w[k]!);
  }
  return { features: [...RANK_FEATURES], weights: w.map((v) => Math.round(v * 1e6) / 1e6) };
}

/** Whether the clause ranked first (by the model, or by BM25 when none) holds gold. */
function firstIsGold(e: Example, model: RankerModel | null): boolean {
  if (!model) return e.gold[0]!;
  let best = 0;
  e.features.forEach((f, j) => {
    // Ties keep BM25 order, as retrieval/search.ts's stable sort does.
    if (rankValue(f, model) > rankValue(e.features[best]!, model)) best = j;
  });
  return e.gold[best]!;
}


/** sha1 of each input file. */
function inputHashes(): Record<string, string> {
  const files = [...CURATED, HOLDOUT, ...REAL_QUESTION_FILES, REAL_DIALOGUE_FILE].map((f) => `eval/${f}`);
  return Object.fromEntries([...files, 'seeds/clauses.json'].map((f) => [f, createHash('sha1').update(readFileSync(new URL(`../../${f}`, import.meta.url))).digest('hex')]));
}

/** The fitted ranker with its grouped cross-validated recall@1 per set, BM25 order beside it. */
export async function fitRanker() {
  const engine = createEngine({ ...PLAN_DATA, ranker: undefined }, { cacheSize: 0 });
  const all = await examples(engine);
  const train = all.filter((e) => e.set !== HOLDOUT);
  const fold = groupFolds(train, FOLDS);
  const right = new Array<boolean>(train.length);
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(train.filter((_, i) => fold[i] !== k));
    train.forEach((e, i) => {
      if (fold[i] === k) right[i] = firstIsGold(e, model);
    });
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const recall = (pick: (e: Example, i: number) => boolean, model: RankerModel | null | 'cv', set = train) => {
    const idx = set.map((e, i) => (pick(e, i) ? i : -1)).filter((i) => i >= 0);
    const ok = idx.filter((i) => (model === 'cv' ? right[i]! : firstIsGold(set[i]!, model))).length;
    return { n: idx.length, recall1: round(ok / idx.length) };
  };
  const model = fit(train);
  const holdout = all.filter((e) => e.set === HOLDOUT);
  const perSet = (m: RankerModel | null | 'cv') => Object.fromEntries([...CURATED, 'real-train'].map((s) => [s, recall((e) => e.set === s, m)]));
  return {
    ...model,
    fittedOn: { sets: [...CURATED, `real single questions, train side (eval/real-split.ts, salt ${SPLIT_SALT})`], head: RERANK_HEAD, inputs: inputHashes() },
    crossValidated: { folds: FOLDS, groupedBy: 'source site (a curated question is its own group)', bm25: perSet(null), ranker: perSet('cv') },
    holdout: { bm25: recall(() => true, null, holdout), ranker: recall(() => true, model, holdout) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fitted = await fitRanker();
  writeFileSync(new URL('../data/ranker.json', import.meta.url), JSON.stringify(fitted, null, 2) + '\n');
  console.log(JSON.stringify(fitted, null, 2));
}
