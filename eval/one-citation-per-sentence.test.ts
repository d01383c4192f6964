/**
 * No answer cites one sentence twice: over every eval answer (the curated sets, the real-wording hold-out and every
 * real item, dialogues answered turn by turn), no two citations of one answer quote the same sentence of the same
 * clause (one quote equal to or part of the other), and citations are numbered 1…n.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { sameSentence } from '../tools/ask/compose.ts';
import { answerChat, type ChatMessage } from '../tools/ask/answer-chat.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { loadQuestions, loadRealQuestions, QUESTION_SETS, REAL_SETS } from './questions.ts';
import { loadRealItems } from './real-split.ts';

const deps = createAnswerDeps(createEngine(PLAN_DATA), {});

/** Every conversation of the eval sets, as its user turns. */
const conversations: { id: string; turns: string[] }[] = [
  ...Object.values(QUESTION_SETS).flatMap((file) => loadQuestions(file).map((q) => ({ id: `${file}:${q.id}`, turns: [q.question] }))),
  ...Object.values(REAL_SETS).flatMap((file) => loadRealQuestions(file).map((q) => ({ id: `${file}:${q.id}`, turns: [q.question] }))),
  ...loadRealItems().map((it) => ({ id: `${it.file}:${it.id}`, turns: it.turns })),
];

/** The pairs of citation numbers in an answer that quote one sentence. */
function twice(a: Answer): string[] {
  const out: string[] = [];
  for (const x of a.citations) {
    for (const y of a.citations) {
      if (x.n < y.n && x.id === y.id && (sameSentence(x.quote, y.quote) || sameSentence(y.quote, x.quote))) out.push(`[${x.n}]=[${y.n}] ${x.id}`);
    }
  }
  return out;
}

describe('one citation per sentence', () => {
  it(`holds for every eval answer (${conversations.length} conversations)`, async () => {
    const problems: string[] = [];
    for (const { id, turns } of conversations) {
      const messages: ChatMessage[] = [];
      for (const turn of turns) {
        messages.push({ role: 'user', content: turn });
        const a = await answerChat({ messages: [...messages] }, deps);
        messages.push({ role: 'assistant', content: a.answer });
        for (const p of twice(a)) problems.push(`${id}: ${p}`);
        if (a.citations.some((c, i) => c.n !== i + 1)) problems.push(`${id}: numbered ${a.citations.map((c) => c.n).join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
