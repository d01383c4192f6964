/**
 * Per-sentence data, computed at most once per engine and only when first read: every plan sentence's token
 * set (words, bigrams, characters, figures; segment.ts). The answer composer reads it from the hit instead of
 * segmenting plan text again for every question; start-up pays nothing for it (measured: segmenting all ~290
 * sentences eagerly cost 12–84 ms of a cold engine load, eval/bench.ts).
 */
import type { Corpus } from './corpus.ts';
import type { T2sTable } from './normalize.ts';
import { segment, type Lexicon } from './segment.ts';

/** The token set of a sentence, by its position in `corpus.sentences`; empty for a position out of range. */
export type SentenceTokens = (sentence: number) => ReadonlySet<string>;

/** Segments each sentence on first request and remembers it. */
export function createSentenceTokens(corpus: Corpus, lexicon: Lexicon, t2s: T2sTable): SentenceTokens {
  const memo: (ReadonlySet<string> | undefined)[] = [];
  return (sentence) => (memo[sentence] ??= new Set(segment(corpus.sentences[sentence]?.text ?? '', lexicon, t2s)));
}
