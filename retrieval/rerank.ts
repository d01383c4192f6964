/**
 * The learned re-ranking of the best clauses: BM25 finds them, a small linear ranker orders the first RERANK_HEAD by
 * what the question asks. Its features say whether a clause is about the question's words, not only whether it
 * matches them somewhere: the share of the question's plan words the clause says (IDF-weighted), the same for the
 * words of the part that asks (asking.ts), the best share found in one matched sentence, and whether an everyday
 * phrasing of the clause matched. Weights are fitted at build time on the curated sets and the train side of the
 * real items (retrieval/build/fit-ranker.ts → retrieval/data/ranker.json, with grouped cross-validated recall@1).
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
] as const;

/** The fitted ranker (generated JSON). */
export interface RankerModel {
  features: string[];
  weights: number[];
}

/** How many of the best clauses by BM25 are re-ranked: the gold clause is in the first ten for ~90% of questions. */
export const RERANK_HEAD = 10;

/** What the features of a question need, computed once per question. */
export interface RankQuery {
  words: string[];
  wordIdf: number[];
  focus: string[];
  focusIdf: number[];
}

/** The question's plan words (two characters and up) and expansion terms, and those of its asking part, with IDF. */
export function rankQuery(query: PreparedQuery, lexicon: Lexicon, idf: Idf): RankQuery {
  const planWords = (tokens: readonly string[]) => tokens.filter((t) => t.length >= 2 && lexicon.words.has(t));
  const words = [...new Set([...planWords(query.own), ...query.expansions])];
  const focus = [...new Set(planWords(query.focus))];
  return { words, wordIdf: words.map(idf), focus, focusIdf: focus.map(idf) };
}

/** IDF-weighted share of `words` that `text` says (0 when there are none). */
function share(text: string, words: readonly string[], weights: readonly number[]): number {
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
  for (const s of sentences) sentenceShare = Math.max(sentenceShare, share(s, q.words, q.wordIdf));
  return [relScore, share(text, q.words, q.wordIdf), share(text, q.focus, q.focusIdf), sentenceShare, phrasing ? 1 : 0];
}

/** The ranker's value for a feature vector (higher ranks first). */
export function rankValue(features: readonly number[], model: RankerModel): number {
  let v = 0;
  for (let i = 0; i < features.length; i++) v += model.weights[i]! * features[i]!;
  return v;
}
