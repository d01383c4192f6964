/** Inverse document frequency of tokens over the plan's sentences, for weighting overlaps in answers. */
import type { Corpus } from './corpus.ts';
import type { T2sTable } from './normalize.ts';
import { segment, type Lexicon } from './segment.ts';

/** IDF of a token; unseen tokens get the maximum. */
export type Idf = (token: string) => number;

/** Counts in how many sentences each token occurs (build once at start-up, ~300 sentences). */
export function createIdf(corpus: Corpus, lexicon: Lexicon, t2s: T2sTable): Idf {
  const df = new Map<string, number>();
  for (const s of corpus.sentences) for (const t of new Set(segment(s.text, lexicon, t2s))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = corpus.sentences.length;
  return (token) => Math.log(1 + (n + 0.5) / ((df.get(token) ?? 0) + 0.5));
}
