/**
 * Per-sentence data computed once when the engine loads: every plan sentence's token set (words, bigrams,
 * characters, figures; segment.ts). The answer composer and IDF read it instead of segmenting plan text
 * again for every question (before: each chat question re-segmented up to 12 sentences, tools/ask/compose.ts).
 */
import type { Corpus } from './corpus.ts';
import type { T2sTable } from './normalize.ts';
import { segment, type Lexicon } from './segment.ts';

/** Token sets of the plan's sentences, by sentence id (`clauseId#n`). */
export type SentenceTokens = ReadonlyMap<string, ReadonlySet<string>>;

/** Segments every sentence once (~290 sentences). */
export function createSentenceTokens(corpus: Corpus, lexicon: Lexicon, t2s: T2sTable): SentenceTokens {
  return new Map(corpus.sentences.map((s) => [s.sid, new Set(segment(s.text, lexicon, t2s))]));
}
