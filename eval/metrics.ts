/** Scoring for retrieval (recall@1, recall@5, MRR@10) and answers (facts, scope, figures, verbatim quotes). */
import { answerChat, type AnswerDeps } from '../tools/ask/answer-chat.ts';
import { figuresIn, unsupportedFigures } from '../tools/ask/figures.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { quoteIsVerbatim } from '../tools/verify-citation.ts';
import type { EvalQuestion, RealQuestion } from './questions.ts';

/** Rank (0-based) of the first result whose text contains a gold fragment, or -1. */
export function goldRank(q: EvalQuestion, texts: string[]): number {
  return texts.slice(0, 10).findIndex((t) => q.gold.some((g) => t.includes(g)));
}

/** Aggregated retrieval metrics. */
export interface RetrievalScore {
  n: number;
  r1: number;
  r5: number;
  mrr: number;
}

/** Recall@1, recall@5, MRR@10 over ranks (questions without gold excluded by the caller). */
export function retrievalScore(ranks: number[]): RetrievalScore {
  const n = ranks.length || 1;
  return {
    n: ranks.length,
    r1: ranks.filter((r) => r === 0).length / n,
    r5: ranks.filter((r) => r >= 0 && r < 5).length / n,
    mrr: ranks.reduce((s, r) => s + (r >= 0 ? 1 / (r + 1) : 0), 0) / n,
  };
}


/** The referral hotline may be named even where no figure may be stated (CONTRACT.md: no_match). */
const REFERRAL_NUMBERS = new Set(['12345']);

/** Figures in the answer that none of its citation quotes states. */
export function unsupportedAnswerFigures(answer: Answer): string[] {
  return unsupportedFigures(answer.answer, answer.citations.map((c) => c.quote).join('\n'), REFERRAL_NUMBERS);
}

/** Phrases of the assistant's own instructions that must never reach a user. */
const LEAK_MARKERS = [/system prompt/i, /你是一个.{0,10}助手，/, /MIN_COVERAGE|HEADING_BOOST|answerChat/];

/** One answer's verdict. */
export interface AnswerVerdict {
  factsOk: boolean;
  scopeOk: boolean;
  figuresOk: boolean;
  quotesVerbatim: boolean;
  noLeak: boolean;
  problems: string[];
}

/** Judges an answer by the rules of the shared eval README (../shared/eval/README.md). `clauseText` looks a clause's text up by id. */
export function judgeAnswer(q: EvalQuestion, a: Answer, clauseText: (id: string) => string | undefined): AnswerVerdict {
  const problems: string[] = [];
  const missingFacts = q.facts.filter((f) => !a.answer.includes(f));
  const factsOk = missingFacts.length === 0;
  if (!factsOk) problems.push(`missing facts ${missingFacts.join(',')}`);

  let scopeOk = true;
  if (q.type === 'out_of_scope') scopeOk = a.status === 'no_match';
  else if (q.type === 'adversarial') scopeOk = a.status === 'rejected' || (a.status !== 'no_match' && a.citations.length > 0);
  else scopeOk = a.status === 'answered' || a.status === 'needs_info';
  if (!scopeOk) problems.push(`status ${a.status}`);

  const unsupported = unsupportedAnswerFigures(a);
  const figuresOk = q.type === 'out_of_scope' ? figuresIn(a.answer).every((f) => REFERRAL_NUMBERS.has(f)) : unsupported.length === 0;
  if (!figuresOk) problems.push(`unsupported figures ${unsupported.join(',')}`);

  const badQuotes = a.citations.filter((c) => !quoteIsVerbatim(c.quote, clauseText(c.id) ?? ''));
  const quotesVerbatim = badQuotes.length === 0;
  if (!quotesVerbatim) problems.push(`non-verbatim quotes ${badQuotes.map((c) => c.id).join(',')}`);
  const markers = [...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  if (markers.some((n) => !a.citations.some((c) => c.n === n))) problems.push('marker without citation');

  const noLeak = !LEAK_MARKERS.some((re) => re.test(a.answer));
  if (!noLeak) problems.push('leaks instructions');
  return { factsOk, scopeOk, figuresOk, quotesVerbatim: quotesVerbatim && !problems.includes('marker without citation'), noLeak, problems };
}

/** A question, the product's answer to it, and the verdict. */
export interface Judged {
  q: EvalQuestion;
  a: Answer;
  v: AnswerVerdict;
}

/** Asks every question as a single turn, in order, and judges each answer with `judge`. */
async function askAll<Q extends { question: string }, V>(questions: Q[], deps: AnswerDeps, judge: (q: Q, a: Answer) => V): Promise<{ q: Q; a: Answer; v: V }[]> {
  const judged: { q: Q; a: Answer; v: V }[] = [];
  for (const q of questions) {
    const a = await answerChat({ messages: [{ role: 'user', content: q.question }] }, deps);
    judged.push({ q, a, v: judge(q, a) });
  }
  return judged;
}

/** Asks every question as a single turn and judges each answer. */
export function judgeAll(questions: EvalQuestion[], deps: AnswerDeps, clauseText: (id: string) => string | undefined): Promise<Judged[]> {
  return askAll(questions, deps, (q, a) => judgeAnswer(q, a, clauseText));
}

/** The questions whose answers should be grounded (not out of scope, not adversarial). */
export function inScopeOnly(judged: Judged[]): Judged[] {
  return judged.filter(({ q }) => !['out_of_scope', 'adversarial'].includes(q.type));
}

/** Words by which an answer says what the plan leaves unspecified ("规划没有写补贴金额"). */
const SAYS_MISSING = /规划(?:中|里)?(?:并)?(?:没有|未|没)(?:写|规定|明确|列出|提到|说明|给出|涉及|载明)/;
/** Words of a referral to the responsible channel. */
const REFERS = /12345|浙里办|有关部门|主管部门/;

/** One real-wording verdict, by the rules of ../shared/eval/README.md (`real-dev.jsonl`). */
export interface RealVerdict {
  ok: boolean;
  /** Answer text states a figure although none may be given. */
  misleadingFigure: boolean;
  quotesVerbatim: boolean;
  problems: string[];
}

/** Judges an answer to a real-wording question. */
export function judgeReal(q: RealQuestion, a: Answer, clauseText: (id: string) => string | undefined): RealVerdict {
  const problems: string[] = [];
  const cites = (c: { quote: string }) => q.gold.some((g) => c.quote.includes(g));
  const lead = a.citations.find((c) => c.n === 1);
  const figures = figuresIn(a.answer).filter((f) => !REFERRAL_NUMBERS.has(f));
  const misleadingFigure = q.forbid_numbers && figures.length > 0;
  if (misleadingFigure) problems.push(`figure where none may be given: ${figures.join(',')}`);
  // A clarifying question (which plan topic do you mean?) counts like a referral for partial and out_of_scope,
  // and as a miss for in_plan (../shared/eval/README.md).
  const clarify = a.status === 'needs_info' && (a.followUp as { kind?: string } | undefined)?.kind === 'clarify';
  const referral = (a.status === 'no_match' && REFERS.test(a.answer)) || clarify;
  let ok: boolean;
  if (q.label === 'in_plan') {
    const answered = a.status === 'answered' || (a.status === 'needs_info' && !clarify);
    if (!answered) problems.push(`status ${a.status}`);
    else if (!lead || !cites(lead)) problems.push(`lead cites ${lead?.id ?? 'nothing'}, not gold`);
    ok = answered && !!lead && cites(lead);
  } else if (q.label === 'partial') {
    const grounded = a.citations.some(cites) && SAYS_MISSING.test(a.answer);
    if (!grounded && !referral) {
      if (a.status !== 'answered' && a.status !== 'needs_info') problems.push(`status ${a.status}`);
      else if (!a.citations.some(cites)) problems.push(`cites ${a.citations.map((c) => c.id).join(',') || 'nothing'}, no gold`);
      else problems.push('does not say what the plan leaves unspecified');
    }
    ok = (grounded || referral) && !misleadingFigure;
  } else {
    if (!referral) problems.push(`status ${a.status}, not a no_match referral`);
    ok = referral && figures.length === 0;
  }
  const badQuotes = a.citations.filter((c) => !quoteIsVerbatim(c.quote, clauseText(c.id) ?? ''));
  if (badQuotes.length) problems.push(`non-verbatim quotes ${badQuotes.map((c) => c.id).join(',')}`);
  return { ok: ok && badQuotes.length === 0, misleadingFigure, quotesVerbatim: badQuotes.length === 0, problems };
}

/** A real-wording question, the product's answer and the verdict. */
export interface RealJudged {
  q: RealQuestion;
  a: Answer;
  v: RealVerdict;
}

/** Asks every real-wording question as a single turn and judges each answer. */
export function judgeAllReal(questions: RealQuestion[], deps: AnswerDeps, clauseText: (id: string) => string | undefined): Promise<RealJudged[]> {
  return askAll(questions, deps, (q, a) => judgeReal(q, a, clauseText));
}

/** The confusion matrix: rows are labels, columns statuses. */
export function confusion(judged: RealJudged[]): Record<RealQuestion['label'], Record<Answer['status'], number>> {
  const empty = () => ({ answered: 0, needs_info: 0, no_match: 0, rejected: 0 });
  const m = { in_plan: empty(), partial: empty(), out_of_scope: empty() };
  for (const { q, a } of judged) m[q.label][a.status]++;
  return m;
}
