/** Scoring for retrieval (recall@1, recall@5, MRR@10) and answers (facts, scope, figures, verbatim quotes). */
import { answerChat, type AnswerDeps } from '../tools/ask/answer-chat.ts';
import { figuresIn, unsupportedFigures } from '../tools/ask/figures.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { quoteIsVerbatim } from '../tools/verify-citation.ts';
import type { EvalQuestion } from './questions.ts';

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

/** Asks every question as a single turn and judges each answer. */
export async function judgeAll(questions: EvalQuestion[], deps: AnswerDeps, clauseText: (id: string) => string | undefined): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const q of questions) {
    const a = await answerChat({ messages: [{ role: 'user', content: q.question }] }, deps);
    judged.push({ q, a, v: judgeAnswer(q, a, clauseText) });
  }
  return judged;
}

/** The questions whose answers should be grounded (not out of scope, not adversarial). */
export function inScopeOnly(judged: Judged[]): Judged[] {
  return judged.filter(({ q }) => !['out_of_scope', 'adversarial'].includes(q.type));
}
