/** Inverse document frequency of tokens over the plan's sentences, for weighting overlaps in answers. */
import type { AnyOrama } from '@orama/orama';
import type { index as oramaIndex } from '@orama/orama/components';
import { SENTINEL } from './tokenizer.ts';

/** IDF of a token; unseen tokens get the maximum. */
export type Idf = (token: string) => number;

/**
 * Reads document frequencies from the sentence index itself: the body field holds each sentence's distinct
 * tokens (tokenizer.ts de-duplicates at index time), so Orama's per-field token occurrence count is the
 * number of sentences that contain the token. Nothing to count at start-up (before: every sentence was
 * segmented again at load; retrieval/idf.test.ts checks the two agree).
 */
export function createIdf(db: AnyOrama, sentences: number): Idf {
  const occurrences = (db.data.index as oramaIndex.Index).tokenOccurrences['body'] ?? {};
  return (token) => Math.log(1 + (sentences + 0.5) / ((occurrences[token + SENTINEL] ?? 0) + 0.5));
}
