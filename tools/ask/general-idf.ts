/**
 * Everyday words the plan never uses, with their general-language IDF (tools/ask/data/general-idf.json, built
 * from nodejieba's table by tools/ask/build/build-general-idf.ts). A question that hinges on such a word
 * (公积金, 驾照, 学杂费) is about something the plan does not address, however well its other words match.
 */

import { execAll } from '../../retrieval/regex.ts';
import type { Lexicon } from '../../retrieval/segment.ts';

/** The plan's words and their beginnings (the engine's lexicon, retrieval/segment.ts). */
type PlanLexicon = Pick<Lexicon, 'words' | 'prefixes'>;

/** The compressed table: IDF (one decimal) → words joined by "|". */
export type GeneralIdfTable = Record<string, string>;

/** Lookup of plan-absent everyday words. */
export interface GeneralIdf {
  /** IDF of a word absent from the plan, or undefined when the word is in the plan or not an everyday word. */
  idf(word: string): number | undefined;
  /**
   * Plan-absent words of a Simplified text, most specific (highest IDF) first. The text is segmented over
   * the plan's lexicon and this table together, with the fewest words (so "收费标准是" is 收费|标准|是, never 准是).
   */
  absentWords(text: string, plan: PlanLexicon): { word: string; idf: number }[];
  /** The words of a Simplified text, segmented over the plan's lexicon and this table with the fewest words. */
  words(text: string, plan: PlanLexicon): string[];
}

/** What a plan-absent word adds to a segmentation's cost: less than a word, so it only breaks ties. */
const ABSENT_TIE = 0.01;

/** Longest word considered, in characters (the table keeps 2–3; plan words run longer). */
const MAX_WORD = 8;

/**
 * Interrogatives, discourse words and the ways people name themselves and their family: in the table (the plan
 * never asks questions or says 我妈) but they name no topic. General Chinese, not taken from any question list.
 */
const QUESTION_WORDS = new Set([
  '我爸', '我妈', '老爸', '老妈', '我家', '我们', '咱们', '俺家', '家人', '老伴', '我儿', '我女儿', '我儿子', '我老公', '我老婆',
  '哪些', '哪个', '哪里', '哪儿', '哪种', '几种', '多少', '多少钱',
  // How many, with its classifier: "多少所好的中职学校" is 多少所|好的|…, never 多少|所好|的.
  ...[...'个所家处项张条座间名'].flatMap((c) => [`多少${c}`, `几${c}`]), '多长', '多久', '多大', '怎么办', '怎样', '怎么样', '什么样', '为什么', '为何', '到底', '是不是', '是否', '能否', '可否', '该不该', '能不能', '可不可以', '各个', '会不会', '有没有', '算不算', '这方面', '那方面', '请问', '最好', '最新',
]);

/**
 * A word made only of numerals, demonstratives, time and count units and negation ("每月", "半年", "这类", "不给") says how
 * much, how often or when, not what about: such words are never counted as plan-absent topics.
 */
const QUANTITY_WORD = /^[一二两三四五六七八九十百千万几半每多数整上下本这那此个类种样些次月年天日号周岁星期钟头不没给]+$/;

/** A modal and a one-character verb ("能上", "会有", "要带"): how, not what; never a plan-absent topic. */
const MODAL_VERB = /^[能会要想该可得][\u4e00-\u9fff]$/;

/** Runs of CJK ideographs (U+4E00–U+9FFF: one UTF-16 unit each, so string positions are characters). */
const CJK_RUN = /[\u4e00-\u9fff]+/g;

/** Unpacks the table once at start-up. */
export function createGeneralIdf(table: GeneralIdfTable): GeneralIdf {
  const words = new Map<string, number>();
  for (const [idf, list] of Object.entries(table)) for (const w of list.split('|')) words.set(w, Number(idf));
  // Past this length only a plan word (or the beginning of one) can still be a word.
  let longestOther = 1;
  for (const w of [...words.keys(), ...QUESTION_WORDS]) longestOther = Math.max(longestOther, w.length);
  const segmentWords = (text: string, { words: planWords, prefixes }: PlanLexicon): string[] => {
    const out: string[] = [];
    for (const m of execAll(CJK_RUN, text)) {
      const run = m[0];
      // Fewest-words segmentation by dynamic programming: best[i] = fewest words covering run[0..i). Between
      // two segmentations with as many words, the one with fewer plan-absent words wins ("能|上门", not "能上|门"),
      // then the one whose last word is shorter. Words are tried from each start while they can still be words.
      const best = new Array<number>(run.length + 1).fill(Infinity);
      const from = new Array<number>(run.length + 1).fill(0);
      best[0] = 0;
      const reach = (start: number, end: number, cost: number) => {
        // `<=`: of equal costs the later start (the shorter last word) wins, as it did when each end tried its
        // words shortest first.
        if (cost <= best[end]!) (best[end] = cost), (from[end] = start);
      };
      for (let start = 0; start < run.length; start++) {
        reach(start, start + 1, best[start]! + 1);
        for (let len = 2; len <= MAX_WORD && start + len <= run.length; len++) {
          const w = run.slice(start, start + len);
          const plan = planWords.has(w);
          const absent = !plan && words.has(w);
          if (plan || absent || QUESTION_WORDS.has(w)) reach(start, start + len, best[start]! + 1 + (absent ? ABSENT_TIE : 0));
          if (len >= longestOther && !prefixes.has(w)) break;
        }
      }
      const found: string[] = [];
      for (let end = run.length; end > 0; end = from[end]!) found.push(run.slice(from[end]!, end));
      for (let i = found.length - 1; i >= 0; i--) out.push(found[i]!);
    }
    return out;
  };
  return {
    idf: (word) => words.get(word),
    words: segmentWords,
    absentWords(text, plan) {
      const found = new Map<string, number>();
      for (const w of segmentWords(text, plan)) {
        const idf = words.get(w);
        if (idf !== undefined && !QUESTION_WORDS.has(w) && !QUANTITY_WORD.test(w) && !MODAL_VERB.test(w)) found.set(w, idf);
      }
      return [...found.entries()].map(([word, idf]) => ({ word, idf })).sort((a, b) => b.idf - a.idf);
    },
  };
}
