/**
 * Fits the clause re-ranker (retrieval/rerank.ts) on questions with gold clauses: the curated dev and project sets,
 * the single questions on the TRAIN side of the real items (eval/real-split.ts), the collected `fresh` questions
 * (eval/real-collected.jsonl) and the project's own single messages with gold (letters); never the real test side,
 * never the curated hold-out (its recall@1 is reported beside). For each question, the first RERANK_HEAD clauses of the
 * BM25 ranking (no re-ranking) give one pair per wrong clause: gold features minus wrong features, fitted by
 * logistic regression without bias (a pairwise ranker). Cross-validation is grouped by source site (a curated
 * question and an own message are their own group; fresh questions share a group with train questions of their site),
 * as the decision model's is. The general-Chinese IDF of the plan's words (nodejieba's idf.utf8, the table behind
 * tools/ask/data/general-idf.json) is written into the model for the topic features. Deterministic, so a test checks
 * the committed weights. Run: npm run build:ranker
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { loadQuestions } from '../../eval/questions.ts';
import {
  FRESH_FILE,
  groupFolds,
  loadFreshItems,
  loadHeldOutFolder,
  loadOwnItems,
  loadRealItems,
  loadUnseenItems,
  OWN_FILES,
  REAL_DIALOGUE_FILE,
  REAL_QUESTION_FILES,
  SPLIT_SALT,
  UNSEEN_DIALOGUE_FILE,
  UNSEEN_FILE,
  UNSEEN7_FOLDER,
} from '../../eval/real-split.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { PreparedQuery } from '../prepare.ts';
import type { ClauseHit } from '../search.ts';
import { RANK_FEATURES, RERANK_HEAD, rankFeatures, rankQuery, rankValue, type GeneralWordIdf, type RankerModel } from '../rerank.ts';

/** One question: its head of BM25-ranked clauses as feature vectors, and which of them hold a gold fragment. */
export interface Example {
  set: string;
  group: string;
  features: number[][];
  gold: boolean[];
}

/** L2 penalty and gradient-descent schedule (small data: a mild penalty keeps the weights stable). */
const L2 = 0.01;
const ITERATIONS = 2000;
const RATE = 0.5;
export const FOLDS = 5;
const CURATED = ['dev.jsonl', 'questions.jsonl'];
export const HOLDOUT = 'holdout.jsonl';

/**
 * The general-Chinese IDF of every plan word (two characters and up) and every plan term the vocabularies expand to,
 * from nodejieba's table; words it lacks get its mean IDF (as jieba does), so they need no entry.
 */
export function generalWordIdf(engine: Engine): GeneralWordIdf {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/idf.utf8');
  const table = new Map<string, number>();
  let sum = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, idf] = line.split(' ');
    if (!word || !idf) continue;
    table.set(word, Number(idf));
    sum += Number(idf);
  }
  const round = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
  const fallback = Number(round(sum / table.size));
  const words = new Set([...engine.deps.lexicon.words].filter((w) => w.length >= 2));
  for (const list of [engine.vocab.colloquial, engine.vocab.english]) for (const [, terms] of list) for (const t of terms) words.add(t);
  const byIdf = new Map<string, string[]>();
  for (const w of [...words].sort()) {
    const idf = table.get(w);
    if (idf === undefined) continue;
    const key = round(idf);
    if (!byIdf.has(key)) byIdf.set(key, []);
    byIdf.get(key)!.push(w);
  }
  return { fallback, byIdf: Object.fromEntries([...byIdf].sort((a, b) => Number(a[0]) - Number(b[0])).map(([k, ws]) => [k, ws.join('|')])) };
}

/** Extra feature columns per head clause (retrieval/build/ranker-ablation.ts tries candidates this way). */
export type ExtraFeatures = (query: PreparedQuery, hits: ClauseHit[]) => number[][];

/** Every question with gold, as an example (features from the engine without its ranker; `extra` appended). */
export async function examples(engine: Engine, general: GeneralWordIdf, extra?: ExtraFeatures, head = RERANK_HEAD): Promise<Example[]> {
  const rows: { set: string; group: string; question: string; gold: string[] }[] = [];
  for (const file of [...CURATED, HOLDOUT]) {
    for (const q of loadQuestions(file)) if (q.gold.length > 0) rows.push({ set: file, group: `${file}:${q.id}`, question: q.question, gold: q.gold });
  }
  for (const it of loadRealItems()) {
    if (it.turns.length === 1 && it.gold.length > 0) rows.push({ set: `real-${it.split}`, group: `site:${it.site}`, question: it.turns[0]!, gold: it.gold });
  }
  for (const it of loadFreshItems()) {
    if (it.turns.length === 1 && it.gold.length > 0) rows.push({ set: 'fresh', group: it.site ? `site:${it.site}` : `fresh:${it.id}`, question: it.turns[0]!, gold: it.gold });
  }
  for (const it of loadUnseenItems()) {
    if (it.turns.length === 1 && it.gold.length > 0) rows.push({ set: 'unseen', group: it.site ? `site:${it.site}` : `unseen:${it.id}`, question: it.turns[0]!, gold: it.gold });
  }
  for (const it of loadHeldOutFolder(UNSEEN7_FOLDER, 'unseen7')) {
    if (it.turns.length === 1 && it.gold.length > 0) rows.push({ set: 'unseen7', group: it.site ? `site:${it.site}` : `unseen7:${it.id}`, question: it.turns[0]!, gold: it.gold });
  }
  for (const it of loadOwnItems()) {
    if (it.turns.length === 1 && it.gold.length > 0) rows.push({ set: 'own', group: `own:${it.id}`, question: it.turns[0]!, gold: it.gold });
  }
  const out: Example[] = [];
  for (const r of rows) {
    const query = engine.prepare(r.question);
    const hits = await engine.search(query, head);
    if (hits.length === 0) continue;
    const q = rankQuery(query, engine.deps.lexicon, engine.idf, general);
    const top = hits[0]!.score;
    const more = extra?.(query, hits);
    out.push({
      set: r.set,
      group: r.group,
      features: hits.map((h, j) => [...rankFeatures(q, top > 0 ? h.score / top : 0, h.text, h.sentences.map((s) => s.text), h.phrasing !== undefined), ...(more?.[j] ?? [])]),
      gold: hits.map((h) => r.gold.some((g) => h.text.includes(g))),
    });
  }
  return out;
}

/** Pairwise logistic regression: the gold clause above each wrong one of the same question; one weight per column. */
export function fitWeights(train: Example[]): number[] {
  const d = train[0]?.features[0]?.length ?? 0;
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
      // Plain loops (the same sums in the same order as reduce/forEach, so the same weights; ~5× faster).
      let z = 0;
      for (let k = 0; k < d; k++) z += x[k]! * w[k]!;
      const err = 1 / (1 + Math.exp(-z)) - 1;
      for (let k = 0; k < d; k++) grad[k]! += err * x[k]!;
    }
    for (let k = 0; k < d; k++) w[k]! -= RATE * (grad[k]! / pairs.length + L2 * w[k]!);
  }
  return w;
}

/** The ranker fitted on `train`: RANK_FEATURES' weights, rounded. */
function fit(train: Example[]): RankerModel {
  return { features: [...RANK_FEATURES], weights: fitWeights(train).map((v) => Math.round(v * 1e6) / 1e6) };
}

/** The rank of the first gold clause (by the model, or by BM25 when none); -1 when none is in the head. */
export function goldRankOf(e: Example, model: Pick<RankerModel, 'weights'> | null): number {
  const order = e.features.map((_, j) => j);
  if (model) {
    const value = e.features.map((f) => rankValue(f, model));
    // Ties keep BM25 order, as retrieval/search.ts's stable sort does.
    order.sort((a, b) => value[b]! - value[a]! || a - b);
  }
  return order.findIndex((j) => e.gold[j]);
}


/** sha1 of each input file. */
function inputHashes(): Record<string, string> {
  const files = [...CURATED, HOLDOUT, ...REAL_QUESTION_FILES, REAL_DIALOGUE_FILE, FRESH_FILE, UNSEEN_FILE, UNSEEN_DIALOGUE_FILE, ...OWN_FILES, ...UNSEEN7_FILES].map((f) => `eval/${f}`);
  return Object.fromEntries([...files, 'seeds/clauses.json'].map((f) => [f, createHash('sha1').update(readFileSync(new URL(`../../${f}`, import.meta.url))).digest('hex')]));
}

/** The sets the figures are reported for (training material; the curated hold-out apart). */
const SETS = [...CURATED, 'real-train', 'real-test', 'fresh', 'unseen', 'unseen7', 'own'] as const;

/** The files of eval/unseen7/ a fit reads (its questions and dialogues). */
const UNSEEN7_FILES = ['unseen7/questions.jsonl', 'unseen7/dialogues.jsonl'];

/** Every set of real wording (all of it training material since session 7). */
const REAL_SETS = new Set(['real-train', 'real-test', 'fresh', 'unseen', 'unseen7']);

/** The fitted ranker with its grouped cross-validated recall@1 and @5 per set, BM25 order beside it. */
export async function fitRanker() {
  const engine = createEngine({ ...PLAN_DATA, ranker: undefined }, { cacheSize: 0 });
  const generalIdf = generalWordIdf(engine);
  const all = await examples(engine, generalIdf);
  const train = all.filter((e) => e.set !== HOLDOUT);
  const fold = groupFolds(train, FOLDS);
  const cvRank = new Array<number>(train.length);
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(train.filter((_, i) => fold[i] !== k));
    train.forEach((e, i) => {
      if (fold[i] === k) cvRank[i] = goldRankOf(e, model);
    });
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const recall = (pick: (e: Example) => boolean, model: RankerModel | null | 'cv', set = train) => {
    const ranks = set.map((e, i) => (!pick(e) ? -2 : model === 'cv' ? cvRank[i]! : goldRankOf(e, model))).filter((r) => r !== -2);
    const at = (k: number) => round(ranks.filter((r) => r >= 0 && r < k).length / ranks.length);
    return { n: ranks.length, recall1: at(1), recall5: at(5) };
  };
  const model = fit(train);
  const holdout = all.filter((e) => e.set === HOLDOUT);
  const perSet = (m: RankerModel | null | 'cv') => ({
    ...Object.fromEntries(SETS.map((s) => [s, recall((e) => e.set === s, m)])),
    'real-train+fresh': recall((e) => e.set === 'real-train' || e.set === 'fresh', m),
    'real all': recall((e) => REAL_SETS.has(e.set), m),
  });
  return {
    ...model,
    generalIdf,
    fittedOn: {
      sets: [...CURATED, `real single questions, train and test sides (eval/real-split.ts, salt ${SPLIT_SALT})`, `fresh (${FRESH_FILE})`, `unseen single questions (${UNSEEN_FILE})`, 'unseen7 single questions (eval/unseen7/questions.jsonl)', `own single messages with gold (${OWN_FILES.join(', ')})`],
      head: RERANK_HEAD,
      inputs: inputHashes(),
    },
    crossValidated: {
      folds: FOLDS,
      groupedBy: 'source site (a curated question or an own message is its own group; fresh and train questions of one site share it)',
      bm25: perSet(null),
      ranker: perSet('cv'),
    },
    holdout: { bm25: recall(() => true, null, holdout), ranker: recall(() => true, model, holdout) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fitted = await fitRanker();
  writeFileSync(new URL('../data/ranker.json', import.meta.url), JSON.stringify(fitted, null, 2) + '\n');
  console.log(JSON.stringify(fitted, null, 2));
}
