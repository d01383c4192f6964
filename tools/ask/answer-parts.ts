/**
 * Several questions in one message ("低保怎么申请？需要什么材料？多久批下来？", or a letter that asks twice) get
 * one Answer in parts: each part under the question it answers, citations numbered once across the parts, a
 * sentence cited by an earlier part cited again by its number (never twice), one caveat at the end.
 */
import type { Answer } from '../schemas/answer.ts';
import type { Citation } from '../schemas/citation.ts';
import { PLAN_CAVEAT } from '../wording.ts';
import { hasFigure } from './figures.ts';

/** Statuses from best to worst: the whole answer is as good as its best part. */
const RANK: Answer['status'][] = ['answered', 'needs_info', 'no_match', 'rejected'];

/** One part: the question it answers and its answer. */
export interface AnswerPart {
  question: string;
  answer: Answer;
}

/** Joins the parts' answers into one Answer; `resolvedQuestion` lists the questions answered. */
export function joinParts(parts: AnswerPart[]): Answer {
  const citations: Citation[] = [];
  const numberOf = (c: Citation): number => {
    const seen = citations.find((x) => x.id === c.id && x.quote === c.quote);
    if (seen) return seen.n;
    citations.push({ ...c, n: citations.length + 1 });
    return citations.length;
  };
  const sections: string[] = [];
  // A line an earlier part already shows (the same eligibility result, the same referral) is not shown again; a part
  // left with nothing of its own points to the part whose answer it shares, never stands empty under its heading.
  const shownUnder = new Map<string, string>();
  for (const [i, { question, answer }] of parts.entries()) {
    const renumber = new Map(answer.citations.map((c) => [c.n, numberOf(c)]));
    const heading = headingOf(question, i);
    const lines = answer.answer
      .split('\n')
      .filter((line) => line !== PLAN_CAVEAT)
      .map((line) => line.replace(/\[(\d+)\]/g, (m, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : m)));
    const body = lines.filter((line) => !shownUnder.has(line) && shownUnder.set(line, heading));
    const shared = lines.length > 0 && body.length === 0 ? shownUnder.get(lines[0]!) : undefined;
    sections.push(heading, ...body, ...(shared ? [sameAnswerText(shared)] : []));
  }
  const status = RANK.find((s) => parts.some((p) => p.answer.status === s)) ?? 'no_match';
  const asking = parts.find((p) => p.answer.status === 'needs_info' && p.answer.followUp);
  // The plan's caveat when a part cites the plan (a referral may cite only an article of a law).
  const anyCited = parts.some((p) => p.answer.citations.some((c) => (c.doc ?? 'plan') === 'plan'));
  const unique = <T>(xs: T[]) => [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()];
  return {
    answer: [...sections, ...(anyCited ? [PLAN_CAVEAT] : [])].join('\n'),
    status,
    citations,
    toolCalls: unique(parts.flatMap((p) => p.answer.toolCalls)),
    ...(status === 'needs_info' && asking?.answer.followUp ? { followUp: asking.answer.followUp } : {}),
    notices: unique(parts.flatMap((p) => p.answer.notices ?? [])),
    source: parts.some((p) => p.answer.source === 'llm') ? 'llm' : 'extractive',
    resolvedQuestion: parts.map((p) => p.question).join('；'),
  };
}

/** A part whose whole answer an earlier part already shows: "同上文关于“…”的答复。" */
function sameAnswerText(earlierHeading: string): string {
  return `同上文${earlierHeading.replace(/：$/, '')}的答复。`;
}

/** Longest heading quoted from a question. */
const HEADING_CHARS = 40;

/**
 * The line above a part: the question in the person's words, its clauses that carry a figure left out (the
 * answer text states no figure its citations lack, and the person's own 2880元 is no exception there).
 */
function headingOf(question: string, index: number): string {
  const clauses = question.split(/[，,；;：:\s]+/).map((c) => c.replace(/[？?。！!]+$/, '')).filter((c) => c !== '' && !hasFigure(c));
  let text = '';
  for (const c of clauses.reverse()) {
    if (text !== '' && text.length + c.length > HEADING_CHARS) break;
    text = text === '' ? c : `${c}，${text}`;
  }
  return text === '' ? (index === 0 ? '关于您的问题：' : '关于您的下一个问题：') : `关于“${text.slice(-HEADING_CHARS)}”：`;
}
