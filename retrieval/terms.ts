/**
 * What search knows about each query token, kept in one place: its postings in the sentence index, its postings
 * in the phrasing index and the phrasings that have it as a word. A question looks each token up once here,
 * where the sentence scorer, the phrasing scorer and the phrasing coverage each used to look it up in a map of
 * their own: on a server whose caches have gone cold between requests, those ~230 lookups were a fifth of a search.
 */
import { charKey, createCharTable } from './char-keys.ts';
import type { Postings } from './scorer.ts';

/** One token's search data, filled in as the parts of search first need them. */
export interface Term {
  readonly token: string;
  /** Postings in the sentence index; undefined until first needed, null when the index lacks the token. */
  sentence: Postings | null | undefined;
  /** Postings in the phrasing index of generation `generation` (the index is rebuilt when staff corrections change). */
  phrasing: Postings | null | undefined;
  /** The slots of the phrasings that have this token as a word, same generation. */
  coverage: Int32Array | null | undefined;
  generation: number;
  /** The last question that counted this token's coverage (a repeated token counts once). */
  counted: number;
  /** The token's share of a query's score ceiling in the sentence index (search.ts `scoreCeiling`); undefined until first needed. */
  ceiling: number | undefined;
}

/** The terms of a question's tokens, one per token (repeats share one). */
export interface Terms {
  of(tokens: readonly string[]): Term[];
}

/**
 * Tokens remembered at most: the plan's vocabulary is a few thousand, but questions can hold any string, so past
 * this the memory starts again — between questions, never within one: a question's repeated tokens must share one
 * term (phrasing coverage counts a term once). Terms handed out before stay valid; they are only no longer shared.
 */
const MAX_TERMS = 50_000;

export function createTerms(): Terms {
  // Characters and bigrams (most tokens) by their integer key into `list`; other tokens by string.
  const byKey = createCharTable(4096);
  const list: Term[] = [];
  const byToken = new Map<string, Term>();
  const create = (token: string): Term => ({ token, sentence: undefined, phrasing: undefined, coverage: undefined, generation: -1, counted: 0, ceiling: undefined });
  return {
    of(tokens) {
      if (list.length + byToken.size + tokens.length > MAX_TERMS) {
        byKey.clear();
        list.length = 0;
        byToken.clear();
      }
      const terms: Term[] = new Array(tokens.length);
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t]!;
        const key = charKey(token);
        let term: Term | undefined;
        if (key >= 0) {
          const at = byKey.get(key);
          if (at >= 0) term = list[at]!;
          else {
            term = create(token);
            byKey.set(key, list.length);
            list.push(term);
          }
        } else {
          term = byToken.get(token);
          if (!term) {
            term = create(token);
            byToken.set(token, term);
          }
        }
        terms[t] = term;
      }
      return terms;
    },
  };
}
