/**
 * Per-sentence data, computed at most once per engine and only when first read: every plan sentence's token
 * set (words, bigrams, characters, figures; segment.ts). The answer composer reads it from the hit instead of
 * segmenting plan text again for every question; start-up pays nothing for it (measured: segmenting all ~290
 * sentences eagerly cost 12–84 ms of a cold engine load, eval/bench.ts).
 */
import type { Corpus } from './corpus.ts';
import type { T2sTable } from './normalize.ts';
import { segment, type Lexicon } from './segment.ts';

/** The token set of a sentence, by sentence id (`clauseId#n`); empty for an unknown id. */
export type SentenceTokens = (sid: string) => ReadonlySet<string>;

/** Segments each sentence on first request and remembers it. */
export function createSentenceTokens(corpus: Corpus, lexicon: Lexicon, t2s: T2sTable): SentenceTokens {
  const text = new Map(corpus.sentences.map((s) => [s.sid, s.text]));
  const memo = new Map<string, ReadonlySet<string>>();
  return (sid) => {
    let tokens = memo.get(sid);
    if (!tokens) {
      tokens = new Set(segment(text.get(sid) ?? '', lexicon, t2s));
      memo.set(sid, tokens);
    }
    return tokens;
  };
}
