/**
 * Scores real items (eval/real-split.ts) the way ../shared/eval/README.md judges them: each earlier turn answered
 * first and sent back as the assistant turn, the last turn judged; single questions' retrieval scored on the text
 * alone. Shared by `npm run eval:real` (eval/run-real.ts) and the bars in eval/eval.test.ts.
 */
import type { Engine } from '../retrieval/engine.ts';
import { answerChat, type AnswerDeps, type ChatMessage } from '../tools/ask/answer-chat.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { goldRank, judgeReal, retrievalScore, type RealVerdict } from './metrics.ts';
import type { RealItem } from './real-split.ts';

/** One item with its last answer, its verdict and the rank of its gold clause (-2: not ranked). */
export interface ScoredItem {
  item: RealItem;
  a: Answer;
  v: RealVerdict;
  rank: number;
}

/** Answers each turn in order, the product's own answers as the assistant turns; returns the last answer. */
export async function converse(turns: string[], deps: AnswerDeps): Promise<Answer> {
  const messages: ChatMessage[] = [];
  let answer: Answer | undefined;
  for (const turn of turns) {
    messages.push({ role: 'user', content: turn });
    answer = await answerChat({ messages: [...messages] }, deps);
    messages.push({ role: 'assistant', content: answer.answer });
  }
  return answer!;
}

/** Answers and judges every item. */
export async function scoreItems(items: RealItem[], deps: AnswerDeps, engine: Engine): Promise<ScoredItem[]> {
  // Any cited clause: a plan clause or an article of a law or regulation.
  const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;
  const scored: ScoredItem[] = [];
  for (const item of items) {
    const a = await converse(item.turns, deps);
    const last = item.turns.at(-1)!;
    const v = judgeReal({ id: item.id, question: last, original: null, source_url: null, label: item.label, gold: item.gold, forbid_numbers: item.forbid_numbers, note: item.note }, a, clauseText);
    // Retrieval is scored on the last turn alone for single questions; dialogues are left out (their last turn needs context).
    const rank = item.gold.length > 0 && item.turns.length === 1 ? goldRank({ id: item.id, type: 'topic', question: last, gold: item.gold, facts: [] }, (await engine.search(last, 10)).map((h) => h.text)) : -2;
    scored.push({ item, a, v, rank });
  }
  return scored;
}

/** Whether an answer cites a gold fragment. */
export const citesGold = (s: ScoredItem) => s.a.citations.some((c) => s.item.gold.some((g) => c.quote.includes(g)));
const clarified = (s: ScoredItem) => s.a.status === 'needs_info' && (s.a.followUp as { kind?: string } | undefined)?.kind === 'clarify';

/** The figures of one side of the split: [passed, of] per label, and retrieval recall. */
export interface RealSummary {
  in_plan: [number, number];
  partial: [number, number];
  partialCitesGold: [number, number];
  out_of_scope: [number, number];
  dialogues: [number, number];
  /** Single messages over 500 characters (letters). */
  letters: [number, number];
  misleadingFigures: [number, number];
  quotesVerbatim: [number, number];
  clarified: [number, number];
  recall1: number;
  recall5: number;
  retrievalN: number;
}

/** The figures of one side of the split. */
export function summarize(rows: ScoredItem[]): RealSummary {
  const singles = rows.filter((s) => s.item.turns.length === 1);
  const dialogues = rows.filter((s) => s.item.turns.length > 1);
  const of = (rs: ScoredItem[], label: string) => rs.filter((s) => s.item.label === label);
  const ok = (rs: ScoredItem[]): [number, number] => [rs.filter((s) => s.v.ok).length, rs.length];
  const ranked = singles.filter((s) => s.rank !== -2);
  const r = retrievalScore(ranked.map((s) => s.rank));
  return {
    in_plan: ok(of(singles, 'in_plan')),
    partial: ok(of(singles, 'partial')),
    partialCitesGold: [of(singles, 'partial').filter(citesGold).length, of(singles, 'partial').length],
    out_of_scope: ok(of(singles, 'out_of_scope')),
    dialogues: ok(dialogues),
    letters: ok(singles.filter((s) => s.item.turns[0]!.length > 500)),
    misleadingFigures: [rows.filter((s) => s.v.misleadingFigure).length, rows.filter((s) => s.item.forbid_numbers).length],
    quotesVerbatim: [rows.filter((s) => s.v.quotesVerbatim).length, rows.length],
    clarified: [rows.filter(clarified).length, rows.length],
    recall1: Number(r.r1.toFixed(3)),
    recall5: Number(r.r5.toFixed(3)),
    retrievalN: r.n,
  };
}
