/**
 * The extractive answer: the sentences of the plan that answer the question, cut to the words that
 * answer it, each with a numbered citation whose quote is the verbatim sentence. No model, no network.
 * Figures appear only inside text copied from the cited sentence.
 */
import type { Idf } from '../../retrieval/idf.ts';
import type { ClauseHit, SearchDeps } from '../../retrieval/search.ts';
import { queryTokens } from '../../retrieval/search.ts';
import { segment } from '../../retrieval/segment.ts';
import type { Citation } from '../schemas/citation.ts';
import { bestWindow } from './spans.ts';
import { hasFigure } from './figures.ts';
import { PLAN_CAVEAT } from '../wording.ts';
import { askedUnit, asksAmount, asksFigure } from './intent.ts';

/** One selected point: the answering words, the verbatim sentence they come from, and its clause. */
export interface Point {
  text: string;
  sentence: string;
  hit: ClauseHit;
  score: number;
}

/** How many clauses and sentences are considered, and how many points an answer makes at most. */
const CLAUSES_CONSIDERED = 3;
const SENTENCES_PER_CLAUSE = 4;
const MAX_POINTS = 3;
/** A supporting point must score at least this share of the lead's score (measured on eval answers). */
const SUPPORT_RATIO = 0.7;
/** Weight on a window's coverage when it holds a figure and the question asks for one. */
const FIGURE_BONUS = 1.5;
/** Further weight when the figure is in the unit the question counts in. */
const UNIT_BONUS = 1.5;

const HAS_MONEY = /\d+(\.\d+)?\s*(元|万元|亿元)/;

/**
 * Picks the points that answer the question, best first. A sentence's rank mixes its BM25 score with how
 * much of the question its best window covers (each normalised to the best candidate), so a short
 * sentence that merely shares a word does not outrank the one that answers.
 */
export function selectPoints(question: string, hits: ClauseHit[], deps: SearchDeps, idf: Idf): Point[] {
  const qTokens = new Set(queryTokens(question, deps));
  const wantsFigure = asksFigure(question);
  const unit = askedUnit(question);
  const inUnit = unit ? new RegExp(`\\d(?:[\\d.—–-]*\\d)?${unit === '%' ? '%' : unit}`) : null;
  const overlap = (text: string) => {
    let s = 0;
    // Words and bigrams only: single characters help recall in search but blur which words answer.
    for (const t of new Set(segment(text, deps.lexicon, deps.t2s))) if (t.length > 1 && qTokens.has(t)) s += idf(t);
    // A question asking "how many" is answered by the words that hold a figure.
    if (!wantsFigure || !hasFigure(text)) return s;
    return inUnit?.test(text) ? s * FIGURE_BONUS * UNIT_BONUS : s * FIGURE_BONUS;
  };
  const raw: { text: string; sentence: string; hit: ClauseHit; bm25: number; cover: number }[] = [];
  for (const hit of hits.slice(0, CLAUSES_CONSIDERED)) {
    for (const s of hit.sentences.slice(0, SENTENCES_PER_CLAUSE)) {
      const window = bestWindow(s.text, overlap);
      raw.push({ text: window.text, sentence: s.text, hit, bm25: s.score, cover: window.score });
    }
  }
  if (raw.length === 0) return [];
  const maxBm25 = Math.max(...raw.map((c) => c.bm25)) || 1;
  const maxCover = Math.max(...raw.map((c) => c.cover)) || 1;
  const candidates: Point[] = raw
    .map((c) => ({ text: c.text, sentence: c.sentence, hit: c.hit, score: c.bm25 / maxBm25 + c.cover / maxCover }))
    .sort((a, b) => b.score - a.score);
  const lead = candidates[0]!;
  const points = [lead];
  for (const c of candidates.slice(1)) {
    if (points.length >= MAX_POINTS || c.score < lead.score * SUPPORT_RATIO) break;
    if (points.some((p) => p.sentence === c.sentence)) continue;
    points.push(c);
  }
  return points;
}

/** Citations for points, numbered from `start`; one per sentence. */
export function citePoints(points: Point[], start = 1): Citation[] {
  return points.map((p, i) => ({ n: start + i, id: p.hit.id, path: p.hit.path, quote: p.sentence }));
}

/** Chinese prose for the points: a direct first sentence, then the supporting points, each with [n]. */
export function composeText(question: string, points: Point[]): string {
  const [lead, ...rest] = points;
  if (!lead) return '';
  const lines: string[] = [];
  const noAmount = asksAmount(question) && !points.some((p) => HAS_MONEY.test(p.text));
  if (noAmount) lines.push('规划没有规定具体的金额或标准。');
  lines.push(`${noAmount ? '规划相关的表述是：' : '根据规划，'}${lead.text}[1]。`);
  if (rest.length > 0) lines.push(`规划还提出：${rest.map((p, i) => `${p.text}[${i + 2}]`).join('；')}。`);
  lines.push(PLAN_CAVEAT);
  return lines.join('\n');
}
