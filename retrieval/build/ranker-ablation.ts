/**
 * Ablation of the clause re-ranker's features (retrieval/README.md, "Ranking by what is asked"): the candidates of
 * issue 20 item 2 computed beside the shipped features for every training question's BM25 head, each added to the
 * five features of session 5 and to the eight kept, each kept feature dropped, recall@1 / @5 in the grouped CV of
 * build/fit-ranker.ts (training material only; the curated hold-out with the model fitted on all of it).
 * Node-only; not a build step.
 *
 *   npx tsx retrieval/build/ranker-ablation.ts           # the table
 *   npx tsx retrieval/build/ranker-ablation.ts --head 20 # a longer BM25 head
 */
import { PLAN_DATA } from '../../server/plan-data.ts';
import { groupFolds } from '../../eval/real-split.ts';
import { askingPart } from '../asking.ts';
import { createEngine } from '../engine.ts';
import { generalIdfOf, RANK_FEATURES, RERANK_HEAD, rankQuery, share } from '../rerank.ts';
import { examples, fitWeights, FOLDS, generalWordIdf, goldRankOf, HOLDOUT, type Example } from './fit-ranker.ts';

const engine = createEngine({ ...PLAN_DATA, ranker: undefined }, { cacheSize: 0 });
const general = generalWordIdf(engine);
const gen = generalIdfOf(general);

/** The object of 申请/领/办/交 …, the subject of 有没有/会不会/是什么 …: the topic phrase asked about. */
const VERB_OBJECT = /(?:申请|申领|领取|领|办理|办|交纳|缴纳|缴|交|享受|参加|报销|补办)([\u4e00-\u9fff]{2,10}?)(?=[吗呢嘛？?，,。!！]|需要|要|的|有|怎么|如何|多少|标准|条件|流程|手续|材料|$)/g;
const SUBJECT_ASK = /([\u4e00-\u9fff]{2,10}?)(?:有没有|会不会|是什么|是啥|是否|能不能|可不可以|怎么办|怎么样|如何|怎么|有哪些|有什么|多少)/g;

/** Candidate features, by name, in column order after RANK_FEATURES. */
const CANDIDATES = [
  'generalOnlyTextShare', // textShare with words weighted by general IDF alone
  'headingFocus', // the asking words in the clause's heading path
  'headingWords', // all the question's words in the heading path
  'lastHeadingFocus', // the asking words in the clause's own heading
  'centralFocus', // the asking words in the first clause (before ，：) of a sentence, or in a heading
  'repeatedFocus', // the asking words the clause says at least twice
  'leadSentenceFocus', // the asking words in the clause's first sentence
  'passingFocus', // focusShare minus the central or repeated share: said in passing
  'topicShare', // the topic phrase's words (object of 申请 …, subject of 有没有 …) in the clause
  'topicHeading', // … in the heading path
  'topicCentral', // … central (as centralFocus)
  'lastAskingWords', // the last two asking words (the head of the noun phrase)
  'firstAskingWords', // the first two asking words
  'depth', // the clause's level in the tree (path length / 3)
  'prefaceOrReview', // chapters 0 and 1 (the notice, the review of the last plan)
  'longestRun', // longest run of the question's Han characters the clause says (capped at 8) / 8
  'askingBigrams', // share of the asking part's character bigrams the clause says
  'clauseLength', // log(1 + the clause's characters) / 6: a long clause names many topics in passing
  'focusDensity', // IDF-weighted occurrences of the asking words per 100 characters of the clause (capped at 1)
  'topicDensity', // the same with plan IDF × general IDF
] as const;

const extra = (query: Parameters<Parameters<typeof examples>[2] & object>[0], hits: Parameters<Parameters<typeof examples>[2] & object>[1]): number[][] => {
  const q = rankQuery(query, engine.deps.lexicon, engine.idf, general);
  const text = query.text;
  const asking = askingPart(text);
  const planWords = (t: string) => [...new Set(engine.segment(t, true).filter((w) => w.length >= 2 && engine.deps.lexicon.words.has(w)))];
  const topicSet = new Set<string>();
  for (const re of [VERB_OBJECT, SUBJECT_ASK]) for (const m of asking.matchAll(re)) for (const w of planWords(m[1]!)) topicSet.add(w);
  const topic = [...topicSet];
  const topicIdf = topic.map(engine.idf);
  const end = (w: string) => text.lastIndexOf(w) + w.length;
  const byEnd = q.focus.filter((w) => text.includes(w)).sort((a, b) => end(b) - end(a) || b.length - a.length).slice(0, 2);
  const byStart = q.focus.filter((w) => text.includes(w)).sort((a, b) => text.indexOf(a) - text.indexOf(b)).slice(0, 2);
  const topicWeight = (ws: string[]) => ws.map((w) => engine.idf(w) * gen(w));
  const runsOf = (t: string) => t.replace(/[^\u4e00-\u9fff]+/g, '|').split('|').filter((r) => r.length >= 2);
  const runs = runsOf(text);
  const askingRuns = runsOf(asking);
  const bigrams = [...new Set(askingRuns.flatMap((r) => [...r].slice(1).map((c, i) => r[i]! + c)))];
  return hits.map((h) => {
    const sentences = h.text.split(/[。；;！？]/).filter((s) => s !== '');
    const headings = h.path.join('|');
    const central = sentences.map((s) => s.split(/[，,：:]/)[0]!).join('|') + '|' + headings;
    const repeated = q.focus.filter((w) => h.text.split(w).length > 2).join('|');
    const focusShare = share(h.text, q.focus, q.focusIdf);
    const centralShare = share(central, q.focus, q.focusIdf);
    let longest = 0;
    for (const r of runs) for (let i = 0; i < r.length; i++) for (let j = i + longest + 1; j <= r.length && h.text.includes(r.slice(i, j)); j++) longest = j - i;
    const f: Record<(typeof CANDIDATES)[number], number> = {
      generalOnlyTextShare: share(h.text, q.words, q.words.map(gen)),
      headingFocus: share(headings, q.focus, q.focusIdf),
      headingWords: share(headings, q.words, q.wordIdf),
      lastHeadingFocus: share(h.path.at(-1) ?? '', q.focus, q.focusIdf),
      centralFocus: centralShare,
      repeatedFocus: share(repeated, q.focus, q.focusIdf),
      leadSentenceFocus: share(sentences[0] ?? '', q.focus, q.focusIdf),
      passingFocus: Math.max(0, focusShare - Math.max(centralShare, share(repeated, q.focus, q.focusIdf))),
      topicShare: topic.length > 0 ? share(h.text + headings, topic, topicIdf) : focusShare,
      topicHeading: topic.length > 0 ? share(headings, topic, topicIdf) : share(headings, q.focus, q.focusIdf),
      topicCentral: topic.length > 0 ? share(central, topic, topicIdf) : centralShare,
      lastAskingWords: share(h.text, byEnd, topicWeight(byEnd)),
      firstAskingWords: share(h.text, byStart, topicWeight(byStart)),
      depth: h.path.length / 3,
      prefaceOrReview: /^[01]\./.test(h.id) ? 1 : 0,
      longestRun: Math.min(longest, 8) / 8,
      askingBigrams: bigrams.length > 0 ? bigrams.filter((b) => h.text.includes(b)).length / bigrams.length : 0,
      clauseLength: Math.log1p(h.text.length) / 6,
      focusDensity: density(h.text, q.focus, q.focusIdf),
      topicDensity: density(h.text, q.focus, q.focusTopic),
    };
    return CANDIDATES.map((c) => f[c]);
  });
};

/** IDF-weighted occurrences of `words` per 100 characters of `text`, over the words' total weight (capped at 1). */
function density(text: string, words: readonly string[], weights: readonly number[]): number {
  let said = 0;
  let all = 0;
  words.forEach((w, i) => {
    all += weights[i]!;
    said += weights[i]! * (text.split(w).length - 1);
  });
  return all === 0 || text.length === 0 ? 0 : Math.min(1, (100 * said) / all / text.length);
}

const headArg = process.argv.indexOf('--head');
const head = headArg >= 0 ? Number(process.argv[headArg + 1]) : RERANK_HEAD;
const all = await examples(engine, general, extra, head);
const NAMES = [...RANK_FEATURES, ...CANDIDATES] as string[];
const train = all.filter((e) => e.set !== HOLDOUT);
const holdout = all.filter((e) => e.set === HOLDOUT);
const fold = groupFolds(train, FOLDS);
/** Every set of real wording (train, test, fresh, unseen: all training material since session 7). */
const REAL = new Set(['real-train', 'real-test', 'fresh', 'unseen', 'unseen7']);
const only = (e: Example, cols: number[]): Example => ({ ...e, features: e.features.map((f) => cols.map((c) => f[c]!)) });

/** Grouped-CV gold ranks of the training examples with these columns, and the hold-out's under the full fit. */
function evaluate(names: string[]) {
  const cols = names.map((n) => NAMES.indexOf(n));
  const sub = train.map((e) => only(e, cols));
  const rank = new Array<number>(sub.length);
  for (let k = 0; k < FOLDS; k++) {
    const weights = fitWeights(sub.filter((_, i) => fold[i] !== k));
    sub.forEach((e, i) => {
      if (fold[i] === k) rank[i] = goldRankOf(e, { weights });
    });
  }
  const weights = fitWeights(sub);
  const at = (rs: number[], k: number) => (rs.filter((r) => r >= 0 && r < k).length / rs.length).toFixed(3);
  const of = (pick: (e: Example) => boolean) => rank.filter((_, i) => pick(train[i]!));
  const real = of((e) => REAL.has(e.set));
  const hold = holdout.map((e) => goldRankOf(only(e, cols), { weights }));
  return `real ${at(real, 1)}/${at(real, 5)}  train ${at(of((e) => e.set === 'real-train'), 1)}  test ${at(of((e) => e.set === 'real-test'), 1)}  fresh ${at(of((e) => e.set === 'fresh'), 1)}  unseen ${at(of((e) => e.set === 'unseen'), 1)}  unseen7 ${at(of((e) => e.set === 'unseen7'), 1)}  project ${at(of((e) => e.set === 'questions.jsonl'), 1)}  dev ${at(of((e) => e.set === 'dev.jsonl'), 1)}  hold-out ${at(hold, 1)}`;
}

const FIVE = RANK_FEATURES.slice(0, 5) as string[];
const SEVEN = RANK_FEATURES.slice(0, 7) as string[];
const KEPT = [...RANK_FEATURES] as string[];
console.log(`head ${head}; grouped ${FOLDS}-fold CV recall@1 (all real single questions: @1/@5)`);
console.log(`BM25 order: ${evaluate([])}`);
console.log(`five (session 5): ${evaluate(FIVE)}`);
console.log(`seven (session 6): ${evaluate(SEVEN)}`);
console.log(`eight (kept, session 7): ${evaluate(KEPT)}`);
// `--only a,b`: just these candidates, added to the kept features.
const onlyArg = process.argv.indexOf('--only');
if (onlyArg >= 0) {
  for (const name of process.argv[onlyArg + 1]!.split(',')) console.log(`  kept + ${name}: ${evaluate([...KEPT, name])}`);
  process.exit(0);
}
for (const name of KEPT) console.log(`  kept − ${name}: ${evaluate(KEPT.filter((n) => n !== name))}`);
for (const name of [...KEPT.slice(5), ...CANDIDATES]) {
  if (!KEPT.includes(name)) console.log(`  kept + ${name}: ${evaluate([...KEPT, name])}`);
  console.log(`  five + ${name}: ${evaluate([...FIVE, name])}`);
}
