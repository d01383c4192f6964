/**
 * `npx tsx eval/run-search.ts`: what `POST /api/search` returns by default (every document in force, k = 5),
 * through the app, on the curated dev set and on the train side of the real items (single
 * questions; eval/real-split.ts):
 * - dev: the gold plan clause at 1 and in the first 5, and how often a plan clause comes first (a plan question);
 * - real: items with a gold plan clause that find it in the first 5; items with a gold article
 *   (eval/reg-labels-train.jsonl) that find one of them in the first 5.
 * `--fit`: the same on the real items for each candidate PLAN_PREFERENCE (tools/documents.ts), with folds grouped by
 * source site: on each fold, the preference best on the other folds (ties: the larger, the plan first), scored on the
 * held-out fold; the dev set's plan-first rate beside. The test side is never read.
 */
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from '../server/app.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { PLAN_DOC } from '../retrieval/documents/catalog.ts';
import { PLAN_PREFERENCE, searchDocuments } from '../tools/documents.ts';
import { loadQuestions } from './questions.ts';
import { groupFolds, loadRealItems } from './real-split.ts';
import { goldArticleIds, regLabelsById } from './reg-labels.ts';

const K = 5;
const engine = createEngine(PLAN_DATA);
const library = engine.documents!;

interface Hit {
  id: string;
  doc: string;
  text: string;
}
interface Item {
  question: string;
  group: string;
  /** Substrings of the gold plan clauses. */
  plan: string[];
  /** Gold article ids. */
  articles: string[];
}

const labels = regLabelsById(new URL('reg-labels-train.jsonl', import.meta.url));
const real: Item[] = loadRealItems()
  .filter((i) => i.split !== 'test' && i.turns.length === 1)
  .map((i) => {
    const label = labels.get(i.id);
    const articles = label?.reg_answerable ? goldArticleIds(library, label) : [];
    return { question: i.turns[0]!, group: i.site || i.id, plan: i.gold, articles };
  })
  .filter((i) => i.plan.length || i.articles.length);
const dev = loadQuestions('dev.jsonl').filter((q) => q.gold.length);

const findsPlan = (item: Item, hits: Hit[]) => hits.some((h) => h.doc === PLAN_DOC && item.plan.some((g) => h.text.includes(g)));
const findsArticle = (item: Item, hits: Hit[]) => hits.some((h) => item.articles.includes(h.id));
const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}% (${n}/${of})`;

/** Dev figures: gold at 1, gold in 5, a plan clause first. */
function devFigures(lists: Hit[][]) {
  let r1 = 0;
  let r5 = 0;
  let planFirst = 0;
  dev.forEach((q, n) => {
    const at = lists[n]!.findIndex((h) => h.doc === PLAN_DOC && q.gold.some((g) => h.text.includes(g)));
    if (at === 0) r1++;
    if (at >= 0) r5++;
    if (lists[n]![0]?.doc === PLAN_DOC) planFirst++;
  });
  return { r1, r5, planFirst, n: dev.length };
}
/** Real figures over some items: plan gold found, article gold found. */
function realFigures(items: number[], lists: Hit[][]) {
  const withPlan = items.filter((n) => real[n]!.plan.length);
  const withArticle = items.filter((n) => real[n]!.articles.length);
  return {
    plan: withPlan.filter((n) => findsPlan(real[n]!, lists[n]!)).length,
    planOf: withPlan.length,
    article: withArticle.filter((n) => findsArticle(real[n]!, lists[n]!)).length,
    articleOf: withArticle.length,
  };
}

if (process.argv.includes('--fit')) {
  const candidates = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24];
  const run = async (questions: string[], preference: number) => Promise.all(questions.map((q) => searchDocuments(engine, q, K, undefined, { planPreference: preference })));
  const realLists = new Map<number, Hit[][]>();
  const devLists = new Map<number, Hit[][]>();
  for (const p of candidates) {
    realLists.set(p, await run(real.map((i) => i.question), p));
    devLists.set(p, await run(dev.map((q) => q.question), p));
  }
  const FOLDS = 5;
  const fold = groupFolds(real, FOLDS);
  const found = (items: number[], p: number) => {
    const f = realFigures(items, realLists.get(p)!);
    return f.plan + f.article;
  };
  const all = real.map((_, n) => n);
  console.log(`real items (train side, single questions): ${real.length}; dev: ${dev.length}`);
  console.log('preference  real: plan gold in 5   article gold in 5   | dev: plan first  gold in 5');
  for (const p of candidates) {
    const r = realFigures(all, realLists.get(p)!);
    const d = devFigures(devLists.get(p)!);
    console.log(`${String(p).padStart(10)}  ${pct(r.plan, r.planOf).padEnd(20)} ${pct(r.article, r.articleOf).padEnd(20)} | ${pct(d.planFirst, d.n).padEnd(16)} ${pct(d.r5, d.n)}`);
  }
  let cvFound = 0;
  const chosen: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const trainItems = all.filter((n) => fold[n] !== f);
    const heldOut = all.filter((n) => fold[n] === f);
    // The larger preference on a tie: the plan first unless the articles clearly do better.
    const best = [...candidates].reverse().reduce((a, b) => (found(trainItems, b) > found(trainItems, a) ? b : a));
    chosen.push(best);
    cvFound += found(heldOut, best);
  }
  const golds = real.filter((i) => i.plan.length).length + real.filter((i) => i.articles.length).length;
  console.log(`grouped ${FOLDS}-fold CV by site: preferences chosen ${chosen.join(', ')}; held-out golds found ${cvFound} of ${golds} (plan + article); shipped ${PLAN_PREFERENCE}, on every item (training figure): ${found(all, PLAN_PREFERENCE)}`);
} else {
  const app = createApp({ engine });
  const search = async (query: string, docs?: string[]): Promise<Hit[]> => {
    const res = await app.request('/api/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, k: K, ...(docs ? { docs } : {}) }) });
    if (res.status !== 200) throw new Error(`/api/search ${res.status} for ${query}`);
    return ((await res.json()) as { results: Hit[] }).results;
  };
  for (const [name, docs] of [['default (every document in force)', undefined], ['the plan alone (docs: ["plan"])', ['plan']]] as const) {
    const d = devFigures(await Promise.all(dev.map((q) => search(q.question, docs ? [...docs] : undefined))));
    const r = realFigures(real.map((_, n) => n), await Promise.all(real.map((i) => search(i.question, docs ? [...docs] : undefined))));
    console.log(`/api/search ${name}, k=${K}:`);
    console.log(`  dev (${d.n}): gold at 1 ${pct(d.r1, d.n)}, in 5 ${pct(d.r5, d.n)}, a plan clause first ${pct(d.planFirst, d.n)}`);
    console.log(`  real train side: plan gold in 5 ${pct(r.plan, r.planOf)}, article gold in 5 ${pct(r.article, r.articleOf)}`);
  }
}
