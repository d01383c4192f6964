/**
 * The extractive answer as a draft: the lead (the plan sentence that answers the question's focus), the
 * supporting sentences, what the plan leaves unspecified, and the caveat saying where to ask; rendered to Chinese text with
 * [n] markers once, at the end. Figures reach the answer text only when they measure what was asked; every
 * quote is the verbatim sentence. No model, no network.
 */
import type { Engine } from '../../retrieval/engine.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Citation } from '../schemas/citation.ts';
import { MISSING_TEXT, PLAN_CAVEAT } from '../wording.ts';
import { figuresIn, hasFigure } from './figures.ts';
import type { Question } from './question.ts';
import { planNormalized, planWords } from './plan-text.ts';
import { bestWindow } from './spans.ts';

/** One selected point: the words shown (null when no figure-free words could be shown), the verbatim sentence and its clause. */
export interface Point {
  text: string | null;
  sentence: string;
  hit: ClauseHit;
  score: number;
}

/** The answer before it becomes text. */
export interface AnswerDraft {
  /** What the plan leaves unspecified of what was asked (one sentence), when it does. */
  missing: string | null;
  lead: Point;
  support: Point[];
  /** Lines added after the plan's points (eligibility), each with its own citations numbered after the points. */
  extra: { lines: string[]; citations: Omit<Citation, 'n'>[] } | null;
  /** The article of a law or regulation that sets what was asked (tools/ask/articles.ts), shown after the plan's caveat. */
  rules?: { lines: string[]; citations: Omit<Citation, 'n'>[] } | null;
  /** The follow-up question's line, when one is asked. */
  followUp: string | null;
}

/** How many clauses and sentences are considered, and how many points an answer makes at most. */
const CLAUSES_CONSIDERED = 3;
const SENTENCES_PER_CLAUSE = 4;
const MAX_POINTS = 3;
/** A supporting point must score at least this share of the lead's score (measured on eval answers). */
const SUPPORT_RATIO = 0.7;
/** The share for a point that names a focus word no earlier point names (measured on the real-wording set). */
const NEW_FOCUS_RATIO = 0.5;
/**
 * Weight of the share of the question's focus a sentence names, beside its BM25 and window overlap (each
 * normalised to the best candidate). A sentence that shares many characters but not the focus must not lead
 * ("老人看病能报销多少" is not answered by a nursing-bed ratio); measured on the eval sets' lead citations.
 */
const FOCUS_WEIGHT = 1.5;
/** Weight on a window that holds a figure measuring what was asked, in the unit asked. */
const FIGURE_BONUS = 1.5;
/** Added to a sentence whose figure measures what was asked ("几岁" → "18周岁"): it answers, its neighbours only relate. */
const MEASURE_BONUS = 1;

/** Figures in the unit of each asked unit: money for 元, shares for %, years for 年, dates for 日, durations for 天. */
const UNIT_FIGURE_TABLE: Readonly<Record<string, RegExp>> = {
  元: /\d(?:[\d.]*)\s*(?:元|万元|亿元)/,
  '元/人': /\d(?:[\d.]*)\s*(?:元|万元)/,
  '%': /\d(?:[\d.]*)%|百分之|分之/,
  年: /\d{4}\s*[年—–-]/,
  日: /\d+\s*月\s*\d+\s*日|\d{4}-\d{1,2}-\d{1,2}/,
  天: /\d+(?:\.\d+)?\s*(?:天|日|小时|分钟|个工作日)/,
};

/** A number followed by a count unit ("91个", "18周岁"), made once per unit: this runs for every sentence considered. */
const COUNT_IN = new Map<string, RegExp>();
function countIn(unit: string): RegExp {
  let re = COUNT_IN.get(unit);
  if (!re) COUNT_IN.set(unit, (re = new RegExp(`\\d\\s*周?${unit}`)));
  return re;
}

/**
 * Whether a text holds a figure in a unit (null: no figure answers; '': any figure does): with the question's
 * unit, whether its figures measure what was asked.
 */
function figureInUnit(unit: string | null, text: string): boolean {
  if (unit === null) return false;
  const figures = figuresIn(text);
  if (figures.length === 0) return false;
  if (unit === '') return true;
  const table = UNIT_FIGURE_TABLE[unit];
  // "几岁" is answered by "18周岁", "几个" by "91个", and a count in 万/亿 by "3万人".
  return table ? table.test(text) : figures.some((f) => f.includes(unit)) || countIn(unit).test(text);
}

/**
 * The sentences of a hit worth considering: its best-matching ones and, when a figure is asked for, any other
 * sentence of the clause whose figure is in the unit asked (the issuing date "2021年6月10日" shares no word with
 * "哪天印发的"; it answers all the same).
 */
function sentencesOf(q: Question, hit: ClauseHit, engine: Engine): { text: string; score: number }[] {
  const best = hit.sentences.slice(0, SENTENCES_PER_CLAUSE);
  if (q.unit === null) return best;
  const more = (engine.corpus.get(hit.id)?.sentences ?? []).filter((t) => !best.some((s) => s.text === t) && figureInUnit(q.unit, t));
  return [...best, ...more.map((text) => ({ text, score: 0 }))];
}

/** The IDF-weighted share of the focus groups a text names. */
export function focusShare(q: Question, text: string, engine: Engine): number {
  if (q.focus.length === 0) return 0;
  const weight = (g: string[]) => engine.idf(g[0]!);
  const total = q.focus.reduce((s, g) => s + weight(g), 0);
  const names = q.focus.map((g) => g.some((w) => text.includes(w)));
  // A compound's head counts only with its modifier ("创业补贴" is not named by "生活补贴").
  const named = names.map((n, i) => n && (q.modifierOf[i]! < 0 || names[q.modifierOf[i]!]!));
  return q.focus.filter((_, i) => named[i]).reduce((s, g) => s + weight(g), 0) / (total || 1);
}

/**
 * Picks the points that answer the question, best first: the lead must name the focus when any candidate
 * does; a window shows a figure only when that figure measures what was asked, otherwise the figure-free
 * words of the sentence are shown (the citation still quotes the whole sentence). `leadFrom` (a staff
 * correction's clauses) restricts the lead to those clauses.
 */
export function selectPoints(q: Question, hits: ClauseHit[], engine: Engine, leadFrom: readonly string[] = []): Point[] {
  const qTokens = new Set(q.prepared.tokens);
  const overlap = (text: string) => {
    let s = 0;
    // Words and bigrams only: single characters help recall in search but blur which words answer.
    for (const t of planWords(engine, text)) if (t.length > 1 && qTokens.has(t)) s += engine.idf(t);
    return s;
  };
  // The numbers the person wrote (digits only: "16岁" names the 16 of "16周岁").
  const named = new Set(figuresIn(q.simplified).map((f) => f.replace(/\D/g, '')).filter((d) => d !== ''));
  const raw = hits.slice(0, Math.max(CLAUSES_CONSIDERED, leadFrom.length)).flatMap((hit) =>
    sentencesOf(q, hit, engine).map((s) => {
      // A clause found through an everyday phrasing the question rewords speaks to its focus in other words.
      const focus = Math.max(focusShare(q, s.text, engine), hit.phrasing ? focusShare(q, planNormalized(engine, hit.phrasing), engine) : 0);
      // A figure is shown only where it measures what was asked, in a sentence that names the focus, or where
      // every figure is one the person named ("听说要延长到18岁" → "从16周岁延长至18周岁").
      const shows = (text: string) => !hasFigure(text) || (focus > 0 && (figureInUnit(q.unit, text) || figuresIn(text).every((f) => named.has(f.replace(/\D/g, '')))));
      const scored = (text: string) => (shows(text) ? (overlap(text) + 1) * (hasFigure(text) ? FIGURE_BONUS : 1) : -1);
      const window = bestWindow(s.text, scored);
      const measures = focus > 0 && figureInUnit(q.unit, s.text);
      // A clause whose everyday phrasing the question rewords adds the phrasing's share of its score to each of its
      // sentences: they say in the plan's words what the phrasing asks in the person's.
      const bm25 = s.score + (hit.phrasing ? hit.score - (hit.sentences[0]?.score ?? 0) : 0);
      return { text: window.score >= 0 && shows(window.text) ? window.text : null, sentence: s.text, hit, bm25, cover: Math.max(0, window.score), focus, measures };
    }),
  );
  if (raw.length === 0) return [];
  const maxBm25 = Math.max(...raw.map((c) => c.bm25)) || 1;
  const maxCover = Math.max(...raw.map((c) => c.cover)) || 1;
  const namesFocus = raw.some((c) => c.focus > 0);
  const candidates = raw
    .map((c) => ({ ...c, score: c.bm25 / maxBm25 + c.cover / maxCover + FOCUS_WEIGHT * c.focus + (c.measures ? MEASURE_BONUS : 0) }))
    .sort((a, b) => b.score - a.score);
  const corrected = candidates.filter((c) => leadFrom.includes(c.hit.id));
  const lead = corrected[0] ?? candidates.find((c) => !namesFocus || c.focus > 0)!;
  const points: Point[] = [lead];
  // Support adds what the points so far leave out: a sentence naming a focus word none of them names is taken
  // first, and from further below the lead ("技能提升补贴": the lead speaks of 失业保险, the support of 技能提升).
  const open = candidates.filter(
    (c) => c.sentence !== lead.sentence && (!namesFocus || c.focus > 0) && (corrected.length === 0 || leadFrom.includes(c.hit.id)),
  );
  while (points.length < MAX_POINTS) {
    const said = points.map((p) => p.sentence).join('');
    const addsFocus = (c: (typeof open)[number]) => q.focus.some((g) => !g.some((w) => said.includes(w)) && g.some((w) => c.sentence.includes(w)));
    const next = open.find((c) => addsFocus(c) && c.score >= lead.score * NEW_FOCUS_RATIO) ?? open.find((c) => c.score >= lead.score * SUPPORT_RATIO);
    if (!next) break;
    points.push(next);
    open.splice(open.indexOf(next), 1);
  }
  return points.map(({ text, sentence, hit, score }) => ({ text, sentence, hit, score }));
}

/** A calendar date or a year named in a question. */
const DATE_NAMED = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{2}\s*年/g;

/**
 * What the plan leaves unspecified of what was asked, judged from the lead and support: the plan states goals
 * and directions, so amounts, steps, places, definitions and deadlines are usually not there.
 */
export function missingOf(q: Question, points: Point[], engine: Engine): string | null {
  const said = points.map((p) => p.sentence).join('');
  // A date the person names ("9月30日是什么纪念日") that the plan's sentences never mention is not answered by them.
  const dates = (q.simplified.match(DATE_NAMED) ?? []).map((d) => d.replace(/\s/g, '').replace(/号$/, '日'));
  const first = attributeMissing(q, { asked: q.asked, unit: q.unit }, points, said, engine);
  // The other parts of the question: the first thing they ask that the plan does not give.
  const more = q.alsoAsked.map((a) => attributeMissing(q, a, points, said, engine)).find((m) => m !== null) ?? null;
  return first ?? more ?? (dates.some((d) => !said.includes(d)) ? MISSING_TEXT.date : null);
}

/**
 * "符合条件的优抚对象" names who is meant without saying what the conditions are: it answers no question about
 * them. What is left of the text after taking such phrases out.
 */
const WITHOUT_CONDITION_REFERENCES = (text: string) => text.replace(/符合(?:相关|规定)?条件的?/g, '');

/** What the plan leaves unspecified of one asked attribute. */
function attributeMissing(q: Question, { asked, unit }: Question['alsoAsked'][number], points: Point[], said: string, engine: Engine): string | null {
  switch (asked) {
    case 'amount':
      // An amount's unit is 元, or 元/人 when one person's share is asked (unitFor in question.ts).
      return UNIT_FIGURE_TABLE[unit ?? '元']!.test(said) || (/免费/.test(q.simplified) && /免费/.test(said)) ? null : MISSING_TEXT.amount;
    case 'ratio':
    case 'count':
    case 'time':
      return points.some((p) => p.text !== null && figureInUnit(unit, p.text)) ? null : MISSING_TEXT[asked];
    case 'condition':
      return /条件|对象|符合/.test(WITHOUT_CONDITION_REFERENCES(said)) && focusShare(q, points[0]!.sentence, engine) >= 1 ? null : MISSING_TEXT.condition;
    case 'procedure':
    case 'place':
    case 'who':
    case 'definition':
      return MISSING_TEXT[asked];
    default:
      // A yes/no or open question is answered directly only when the lead names all of its focus.
      return focusShare(q, points[0]!.sentence, engine) >= 1 ? null : MISSING_TEXT.general;
  }
}

/**
 * The draft for the points. `corrected`: staff chose these clauses as the answer, so an open or yes/no question
 * is answered by them; what they leave unspecified of an amount, a procedure or a date is still said.
 */
export function draftAnswer(q: Question, points: Point[], engine: Engine, corrected = false): AnswerDraft {
  const [lead, ...support] = points;
  const missing = corrected && (q.asked === 'general' || q.asked === 'yes_no') ? null : missingOf(q, points, engine);
  return { missing, lead: lead!, support, extra: null, followUp: null };
}

/** A point's words in the answer text: its figure-free window, or a pointer to the quote. */
function shown(p: Point, n: number): string {
  return p.text === null ? `（原文见引用[${n}]）` : `${p.text}[${n}]`;
}

/**
 * Renders a draft to the answer text and its numbered citations: the only place answer text is written. A
 * verified model answer (`body`, citations numbered from 1) takes the place of the extractive points.
 */
export function renderDraft(d: AnswerDraft, body?: { answer: string; citations: Citation[] }): { answer: string; citations: Citation[] } {
  const points = [d.lead, ...d.support];
  const citations: Citation[] = body ? [...body.citations] : points.map((p, i) => ({ n: i + 1, id: p.hit.id, path: p.hit.path, quote: p.sentence }));
  const lines: string[] = [];
  if (d.missing) lines.push(d.missing);
  if (body) lines.push(body.answer);
  else {
    lines.push(`${d.missing ? '规划相关的表述是：' : '根据规划，'}${shown(d.lead, 1)}。`);
    if (d.support.length > 0) lines.push(`规划还提出：${d.support.map((p, i) => shown(p, i + 2)).join('；')}。`);
  }
  if (d.extra) {
    const start = citations.length + 1;
    lines.push(...d.extra.lines.map((l) => l.replace(/\[\+(\d+)\]/g, (_, k: string) => `[${start + Number(k)}]`)));
    citations.push(...d.extra.citations.map((c, i) => ({ ...c, n: start + i })));
  }
  lines.push(PLAN_CAVEAT);
  if (d.rules) {
    const start = citations.length + 1;
    lines.push(...d.rules.lines.map((l) => l.replace(/\[\+(\d+)\]/g, (_, k: string) => `[${start + Number(k)}]`)));
    citations.push(...d.rules.citations.map((c, i) => ({ ...c, n: start + i })));
  }
  if (d.followUp) lines.push(d.followUp);
  return { answer: lines.join('\n'), citations: citations.map((c) => (c.doc ? c : { ...c, doc: 'plan' })) };
}
