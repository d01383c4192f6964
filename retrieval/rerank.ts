/**
 * The learned re-ranking of the best clauses: BM25 finds them, a small linear ranker orders the first RERANK_HEAD by
 * what the question asks. Its features say whether a clause is about the question's words, not only whether it
 * matches them somewhere: the share of the question's plan words the clause says (IDF-weighted), the same for the
 * words of the part that asks (asking.ts), the best share found in one matched sentence, whether an everyday
 * phrasing of the clause matched, and the two shares again with each word weighted by its plan IDF times its
 * general-Chinese IDF (a word rare in the plan but everyday in Chinese, 服务 or 发展 aside, names a topic less than one
 * rare in both: 低保, 托育). Weights are fitted at build time on the curated sets, the train side of the real items and
 * the other training material (retrieval/build/fit-ranker.ts → retrieval/data/ranker.json, with grouped
 * cross-validated recall@1).
 */
import type { Idf } from './idf.ts';
import type { PreparedQuery } from './prepare.ts';
import type { Lexicon } from './segment.ts';

/** The features, in the model's order; each is about 0–1. */
export const RANK_FEATURES = [
  'relScore', // the clause's BM25 (+ phrasing) score over the best clause's
  'textShare', // IDF-weighted share of the question's plan words (and expansion terms) the clause's text says
  'focusShare', // the same for the plan words of the part that asks (retrieval/asking.ts), attribute words left out
  'sentenceShare', // the best textShare of one matched sentence: the words asked found together, not scattered
  'phrasing', // 1 when an everyday phrasing of the clause matched
  'topicTextShare', // textShare with each word weighted by plan IDF × general-Chinese IDF
  'topicFocusShare', // focusShare weighted the same way
  'topicSentenceShare', // sentenceShare weighted the same way: the topic's rare words said together in one sentence
] as const;

/**
 * General-Chinese IDF of the plan's words and the vocabulary's plan terms (nodejieba's table, read at build time),
 * grouped by IDF rounded to one decimal ({ "8.4": "低保|托育" }); `fallback` (the table's mean) for words it lacks.
 */
export interface GeneralWordIdf {
  fallback: number;
  byIdf: Record<string, string>;
}

/** The fitted ranker (generated JSON). */
export interface RankerModel {
  features: string[];
  weights: number[];
  /** Absent: every word's general IDF counts as 1 (the topic shares equal the plain ones). */
  generalIdf?: GeneralWordIdf;
}

/** The general IDF table unpacked once per model. */
const unpacked = new WeakMap<GeneralWordIdf, Map<string, number>>();

/** A word's general-Chinese IDF under `table` (1 for every word when there is no table). */
export function generalIdfOf(table: GeneralWordIdf | undefined): (word: string) => number {
  if (!table) return () => 1;
  let words = unpacked.get(table);
  if (!words) {
    words = new Map();
    for (const [idf, list] of Object.entries(table.byIdf)) for (const w of list.split('|')) words.set(w, Number(idf));
    unpacked.set(table, words);
  }
  const map = words;
  return (word) => map.get(word) ?? table.fallback;
}

/** How many of the best clauses by BM25 are re-ranked: the gold clause is in the first ten for ~90% of questions. */
export const RERANK_HEAD = 10;

/** What the features of a question need, computed once per question. */
export interface RankQuery {
  words: string[];
  wordIdf: number[];
  focus: string[];
  focusIdf: number[];
  /** wordIdf and focusIdf times each word's general-Chinese IDF. */
  wordTopic: number[];
  focusTopic: number[];
}

/** The question's plan words (two characters and up) and expansion terms, and those of its asking part, with IDF. */
export function rankQuery(query: PreparedQuery, lexicon: Lexicon, idf: Idf, general?: GeneralWordIdf): RankQuery {
  const planWords = (tokens: readonly string[]) => tokens.filter((t) => t.length >= 2 && lexicon.words.has(t));
  const words = [...new Set([...planWords(query.own), ...query.expansions])];
  const focus = [...new Set(planWords(query.focus))];
  const wordIdf = words.map(idf);
  const focusIdf = focus.map(idf);
  const g = generalIdfOf(general);
  return { words, wordIdf, focus, focusIdf, wordTopic: words.map((w, i) => wordIdf[i]! * g(w)), focusTopic: focus.map((w, i) => focusIdf[i]! * g(w)) };
}

/** IDF-weighted share of `words` that `text` says (0 when there are none). */
export function share(text: string, words: readonly string[], weights: readonly number[]): number {
  let said = 0;
  let all = 0;
  for (let i = 0; i < words.length; i++) {
    all += weights[i]!;
    if (text.includes(words[i]!)) said += weights[i]!;
  }
  return all === 0 ? 0 : said / all;
}

/** One clause's feature vector, in RANK_FEATURES order. */
export function rankFeatures(q: RankQuery, relScore: number, text: string, sentences: readonly string[], phrasing: boolean): number[] {
  let sentenceShare = 0;
  let topicSentenceShare = 0;
  for (const s of sentences) {
    sentenceShare = Math.max(sentenceShare, share(s, q.words, q.wordIdf));
    topicSentenceShare = Math.max(topicSentenceShare, share(s, q.words, q.wordTopic));
  }
  return [
    relScore,
    share(text, q.words, q.wordIdf),
    share(text, q.focus, q.focusIdf),
    sentenceShare,
    phrasing ? 1 : 0,
    share(text, q.words, q.wordTopic),
    share(text, q.focus, q.focusTopic),
    topicSentenceShare,
  ];
}

/** The ranker's value for a feature vector (higher ranks first). */
export function rankValue(features: readonly number[], model: Pick<RankerModel, 'weights'>): number {
  let v = 0;
  for (let i = 0; i < features.length; i++) v += model.weights[i]! * features[i]!;
  return v;
}
