/**
 * Query expansion: everyday Chinese words and English phrases mapped to the plan's own vocabulary
 * (seeds/dict/colloquial.tsv, seeds/dict/english.tsv). People name their situation ("失业金", "低保户",
 * "没落户") in words the plan never uses; BM25 cannot bridge that gap by itself.
 */
import { createCharTable, type CharTable } from './char-keys.ts';
import { normalize, type T2sTable } from './normalize.ts';

/** Compiled vocabularies: [everyday word or English phrase, plan terms]. */
export interface Vocabulary {
  colloquial: [string, string[]][];
  english: [string, string[]][];
}

/** Parses a dictionary TSV: `word<TAB>term term …`, # comments. */
export function parseVocabularyTsv(tsv: string): [string, string[]][] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((line) => {
      const [word, terms] = line.split('\t');
      if (!word || !terms) throw new Error(`vocabulary: bad line "${line}"`);
      return [word.trim().toLowerCase(), terms.trim().split(/\s+/)];
    });
}

/** The plan terms a query's everyday words and English phrases stand for, without repeats. */
export function expandQuery(query: string, vocab: Vocabulary, t2s: T2sTable): string[] {
  return expandNormalized(normalize(query, t2s), vocab);
}

/**
 * Positions of the everyday words in their vocabulary, by first character; built once per vocabulary. A question
 * then looks only at the few words that start with one of its characters, instead of searching it for all ~200
 * (a third of preparing a query, measured).
 */
const byFirstChar = new WeakMap<Vocabulary['colloquial'], { at: CharTable; lists: number[][] }>();

function firstCharIndex(colloquial: Vocabulary['colloquial']): { at: CharTable; lists: number[][] } {
  let index = byFirstChar.get(colloquial);
  if (!index) {
    // By the first character's code unit (never 0 in a word), an integer key: see char-keys.ts.
    const made = { at: createCharTable(colloquial.length), lists: [] as number[][] };
    colloquial.forEach(([word], i) => {
      const code = word.charCodeAt(0);
      const list = made.at.get(code);
      if (list >= 0) made.lists[list]!.push(i);
      else {
        made.at.set(code, made.lists.length);
        made.lists.push([i]);
      }
    });
    byFirstChar.set(colloquial, (index = made));
  }
  return index;
}

/** The plan terms for text already normalised (normalize.ts), without repeats. */
export function expandNormalized(norm: string, vocab: Vocabulary): string[] {
  const terms = new Set<string>();
  const index = firstCharIndex(vocab.colloquial);
  // Taken in vocabulary order, as a scan of the whole list finds them: term order is search's token order.
  const found: number[] = [];
  for (let c = 0; c < norm.length; c++) {
    const list = index.at.get(norm.charCodeAt(c));
    if (list >= 0) for (const i of index.lists[list]!) if (!found.includes(i) && norm.startsWith(vocab.colloquial[i]![0], c)) found.push(i);
  }
  for (const i of found.sort((a, b) => a - b)) vocab.colloquial[i]![1].forEach((t) => terms.add(t));
  if (/[a-z]{2,}/.test(norm)) {
    // Hyphens count as spaces on both sides: "family-doctor" and "family doctor" are one phrase.
    const padded = ` ${norm.replace(/[^a-z0-9%]+/g, ' ')} `;
    for (const [phrase, mapped] of vocab.english) {
      const key = phrase.replace(/-/g, ' ');
      // Whole words only, allowing a plural "s": "veterans" matches "veteran", "cat" never matches "education".
      if (padded.includes(` ${key} `) || padded.includes(` ${key}s `)) mapped.forEach((t) => terms.add(t));
    }
  }
  return [...terms];
}
