/** Inverse document frequency of tokens over the plan's sentences, for weighting overlaps in answers. */
import type { SentenceTokens } from './sentences.ts';

/** IDF of a token; unseen tokens get the maximum. */
export type Idf = (token: string) => number;

/** Counts in how many sentences each token occurs, from the token sets computed at load (sentences.ts). */
export function createIdf(sentences: SentenceTokens): Idf {
  const df = new Map<string, number>();
  for (const tokens of sentences.values()) for (const t of tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.size;
  return (token) => Math.log(1 + (n + 0.5) / ((df.get(token) ?? 0) + 0.5));
}
