/**
 * Question analysis for search, done once per question: normalise (全半角, 繁→简), segment the person's words,
 * expand everyday and English words to the plan's terms. Search, scope and the answer composer all read the
 * result instead of normalising and segmenting the question again.
 */
import { askingFocus, askingPart } from './asking.ts';
import { expandNormalized, type Vocabulary } from './expand.ts';
import { normalize, type T2sTable } from './normalize.ts';
import { segmentNormalized, type Lexicon } from './segment.ts';

/** A question analysed for search. */
export interface PreparedQuery {
  /** The question as given. */
  raw: string;
  /** Normalised: half-width, Simplified, lower case, single spaces. */
  text: string;
  /** Tokens of the person's own words (question words and particles dropped), in order, repeats kept. */
  own: string[];
  /** Plan terms the everyday and English vocabularies mapped the question to, without repeats. */
  expansions: string[];
  /** Tokens of the expansion terms, in order. */
  expansionTokens: string[];
  /**
   * The tokens of the part that names what is asked (asking.ts: the asking clauses, attribute words blanked);
   * equal to `own` for a plain question that names its topic and nothing else.
   */
  focus: string[];
  /**
   * What search scores: the person's tokens once, the focus tokens once more (together OWN_WORDS_WEIGHT times for a
   * plain question), then the expansion tokens once.
   */
  tokens: string[];
  /** Whether the question has Latin-script words (English, pinyin): English questions are judged by coverage. */
  latin: boolean;
}

/** What preparing a query needs; `termTokens` memoises expansion terms' tokens (a few hundred terms). */
export interface PrepareDeps {
  lexicon: Lexicon;
  t2s: T2sTable;
  vocab: Vocabulary;
  termTokens?: Map<string, string[]>;
}

/**
 * How many times the question's own tokens count against one count for expansion terms (Orama scores a
 * repeated query token again). The person's words say what they mean; expansions only bridge vocabulary.
 */
export const OWN_WORDS_WEIGHT = 2;

/** Analyses a question once: normalise, segment, expand. */
export function prepareQuery(raw: string, deps: PrepareDeps): PreparedQuery {
  const text = normalize(raw, deps.t2s);
  const own = segmentNormalized(text, deps.lexicon, true);
  const expansions = expandNormalized(text, deps.vocab);
  const expansionTokens: string[] = [];
  for (const term of expansions) {
    let termTokens = deps.termTokens?.get(term);
    if (!termTokens) {
      termTokens = segmentNormalized(normalize(term, deps.t2s), deps.lexicon, true);
      deps.termTokens?.set(term, termTokens);
    }
    expansionTokens.push(...termTokens);
  }
  // The part that asks counts twice, the story before it and the attribute asked once: "我一个人带两个孩子，能申请
  // 低保吗" is about 低保. A question whose asking part names no topic ("怎么申请？") counts all its words twice.
  // Expansions stay those of the whole text: dropping the story's (孩子 → 婴幼儿) lost more questions than it won,
  // whose topic is named only in the story ("打算去做孕前优生检查，…这个检查包括哪些项目").
  const asking = askingFocus(askingPart(text), deps.lexicon.words);
  const focus = asking === text || asking === '' ? own : segmentNormalized(asking, deps.lexicon, true);
  const tokens: string[] = [...own];
  for (let i = 1; i < OWN_WORDS_WEIGHT; i++) tokens.push(...(focus.length > 0 ? focus : own));
  tokens.push(...expansionTokens);
  return { raw, text, own, focus, expansions, expansionTokens, tokens, latin: /[a-z]{2,}/.test(text) };
}

/** Whether a search argument is already prepared. */
export function isPreparedQuery(query: string | PreparedQuery): query is PreparedQuery {
  return typeof query !== 'string';
}
