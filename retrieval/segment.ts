/**
 * Segmentation shared by the index build and every query, on Node and on Workers alike: the lexicon
 * (words nodejieba found in the plan at build time, plus the plan's terms) matched at every position, plus
 * character unigrams and bigrams, plus whole number tokens ("85%", "2025年", "1.5小时").
 * Measured on this plan (README, eval): word-only tokenizers miss colloquial phrasings; n-grams on both
 * sides recover them, and lexicon words add precision on top.
 */
import { normalize, type T2sTable } from './normalize.ts';
import { charKey, createCharTable, runKey, type CharTable } from './char-keys.ts';
import { execAll } from './regex.ts';

/** The build-time lexicon: words of two or more characters. */
export interface Lexicon {
  words: ReadonlySet<string>;
  maxLength: number;
  /** The beginnings of the longer words, two characters and up (`养老`, `养老服` of `养老服务`): where segmentation can stop looking. */
  prefixes: ReadonlySet<string>;
  /**
   * Every lexicon word, word beginning and query stop word with what it is (WORD | PREFIX | STOP bits): one
   * lookup per slice where segmentation asked up to four sets (a tenth of a search on the server, cold caches).
   */
  kinds: ReadonlyMap<string, number>;
  /** The same for characters and bigrams, by char-keys.ts key: one slot read instead of a map lookup. */
  charKinds: CharTable;
}

const WORD = 1;
const PREFIX = 2;
const STOP = 4;

/** Builds a lexicon from a word list, keeping words of two characters or more (single characters flood results). */
export function createLexicon(words: Iterable<string>): Lexicon {
  const kept = new Set<string>();
  const prefixes = new Set<string>();
  let maxLength = 2;
  for (const w of words) {
    const len = [...w].length;
    if (len < 2 || !/[\u3400-\u9fff]/.test(w)) continue;
    kept.add(w);
    maxLength = Math.max(maxLength, len);
  }
  for (const w of kept) for (let end = 2; end < w.length; end++) prefixes.add(w.slice(0, end));
  const kinds = new Map<string, number>();
  const mark = (w: string, kind: number) => kinds.set(w, (kinds.get(w) ?? 0) | kind);
  kept.forEach((w) => mark(w, WORD));
  prefixes.forEach((w) => mark(w, PREFIX));
  QUERY_STOP.forEach((w) => mark(w, STOP));
  const charKinds = createCharTable(kinds.size);
  for (const [w, kind] of kinds) if (charKey(w) >= 0) charKinds.set(charKey(w), kind);
  return { words: kept, maxLength, prefixes, kinds, charKinds };
}

const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN_WORD = /[a-z][a-z'-]*/g;
// A figure with its unit is one token, so "85%" does not match "85个" and "2025年" stays a year.
const NUMBER = /\d+(?:\.\d+)?(?:[—–-]\d+(?:\.\d+)?)?(%|周岁|小时|[年月日岁个家所项人处万亿元名])?/g;

/** Question words and particles that say nothing about the topic; dropped from queries only. */
const QUERY_STOP = new Set([
  '我', '你', '他', '她', '它', '的', '了', '吗', '呢', '吧', '啊', '呀', '么', '是', '有', '能', '会', '要', '想', '在', '和', '与', '都', '还', '就', '又', '也', '请', '问', '些', '哪', '啥', '咋', '谁', '怎', '么', '什', '多', '少', '该', '给',
  '什么', '怎么', '怎样', '如何', '哪些', '哪里', '多少', '能否', '可以', '能不能', '是否', '有没有', '请问', '一下', '我们', '我家', '现在', '这个', '那个', '需要', '应该', '知道', '告诉', '为什么', '时候', '几个', '几家', '几处', '多少钱',
]);

/** Tokens of one text; `query` drops question words and particles. Deterministic, runtime-independent. */
export function segment(text: string, lexicon: Lexicon, t2s: T2sTable, query = false): string[] {
  return segmentNormalized(normalize(text, t2s), lexicon, query);
}

/** Tokens of text already normalised (normalize.ts): a prepared query segments without normalising again. */
export function segmentNormalized(norm: string, lexicon: Lexicon, query = false): string[] {
  const tokens: string[] = [];
  const { kinds, charKinds } = lexicon;
  // Question words are dropped as they come (one pass, no second array); the order is the order found.
  const stop = query ? STOP : 0;
  const kept = (t: string) => !stop || !((kinds.get(t) ?? 0) & STOP);
  for (const m of execAll(NUMBER, norm)) {
    if (kept(m[0])) tokens.push(m[0]);
    if (m[1] && kept(m[0].slice(0, -m[1].length))) tokens.push(m[0].slice(0, -m[1].length));
  }
  for (const m of execAll(LATIN_WORD, norm)) if (kept(m[0])) tokens.push(m[0]);
  for (const m of execAll(CJK_RUN, norm)) {
    // CJK_RUN covers U+3400–U+9FFF only, one UTF-16 unit per character, so plain string slices are characters
    // (slicing the string, not joining arrays of characters: a third of a query's segmentation time, profiled).
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      if (!stop || !(Math.max(0, charKinds.get(runKey(run, i, 1))) & stop)) tokens.push(run[i]!);
      if (i + 1 >= run.length) continue;
      const bigram = run.slice(i, i + 2);
      const kind = Math.max(0, charKinds.get(runKey(run, i, 2)));
      if (!(kind & stop)) {
        tokens.push(bigram);
        // A two-character lexicon word is pushed again: real words weigh more than chance bigrams.
        if (kind & WORD) tokens.push(bigram);
      }
      // Longer slices only while they still begin some word: most positions begin none past two characters.
      if (!(kind & PREFIX)) continue;
      for (let len = 3; len <= lexicon.maxLength && i + len <= run.length; len++) {
        const word = run.slice(i, i + len);
        const k = kinds.get(word) ?? 0;
        if (k & WORD && !(k & stop)) tokens.push(word);
        if (!(k & PREFIX)) break;
      }
    }
  }
  return tokens;
}

