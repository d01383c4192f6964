/**
 * Eligibility speaks only of the person who asked: a general question that names a group gets the policy and a
 * one-tap offer of the check, never eligibility lines or a question about the person; a stated situation (the
 * speaker's, a relative's, a neighbour's) gets the lines, for that person. The table is tools/eligibility/situation-cases.ts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createAnswerDeps } from '../../server/answer-deps.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { GENERAL_QUESTIONS, STATED_SITUATIONS } from '../eligibility/situation-cases.ts';
import type { Answer } from '../schemas/answer.ts';
import { ELIGIBILITY_CHECK_HEADING, ELIGIBILITY_CHECK_OFFER, ELIGIBILITY_STATUS_TEXT } from '../wording.ts';
import { answerChat } from './answer-chat.ts';

const deps = createAnswerDeps(createEngine(PLAN_DATA), {});
const ask = (...turns: string[]) =>
  answerChat({ messages: turns.map((content, i) => ({ role: i % 2 === 0 ? ('user' as const) : ('assistant' as const), content })) }, deps);
/** Converses turn by turn, the product's own answers as the assistant turns. */
async function converse(...turns: string[]): Promise<Answer[]> {
  const messages: { role: 'user' | 'assistant'; content: string }[] = [];
  const answers: Answer[] = [];
  for (const content of turns) {
    messages.push({ role: 'user', content });
    const a = await answerChat({ messages: [...messages] }, deps);
    answers.push(a);
    messages.push({ role: 'assistant', content: a.answer });
  }
  return answers;
}

/** The heading line of the eligibility lines, if any ("结合您说的情况：", "按您母亲的情况："). */
const heading = (a: Answer) => a.answer.split('\n').find((l) => /^(结合您说的情况：|按.+的情况：)$/.test(l));
const judged = (a: Answer) => Object.values(ELIGIBILITY_STATUS_TEXT).some((s) => a.answer.includes(`：${s}`));

describe('eligibility scope', () => {
  it(`has a table of at least 40 general questions and 20 stated situations`, () => {
    expect(GENERAL_QUESTIONS.length).toBeGreaterThanOrEqual(40);
    expect(STATED_SITUATIONS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(GENERAL_QUESTIONS)('judges nobody for a general question: %s', async (q) => {
    const a = await ask(q);
    expect(heading(a), a.answer).toBeUndefined();
    expect(judged(a), a.answer).toBe(false);
    expect(a.status).not.toBe('needs_info');
    expect(a.followUp).toBeUndefined();
    expect(a.toolCalls.filter((t) => t.name === 'check_eligibility')).toEqual([]);
    if (a.offers) expect(a.offers).toEqual([ELIGIBILITY_CHECK_OFFER]);
  });

  it.each(STATED_SITUATIONS)('judges the person a stated situation is about: $question', async ({ question, whose }) => {
    const a = await ask(question);
    expect(heading(a), a.answer).toBe(whose === 'self' ? '结合您说的情况：' : `按${whose}的情况：`);
    expect(a.offers).toBeUndefined();
    expect(a.toolCalls.some((t) => t.name === 'check_eligibility')).toBe(true);
  });

  it('offers the check under a general question that names a group, keeping the answer answered', async () => {
    // (残疾证一二三四级标准 stood here: the session 6 decision refers it to 残联, and rightly — the plan sets no grades.)
    for (const q of ['高校毕业生就业政策', '孤儿有什么待遇', '退役军人有哪些待遇', '残疾人有什么补贴']) {
      const a = await ask(q);
      expect(a.status, q).toBe('answered');
      expect(a.offers, q).toEqual([ELIGIBILITY_CHECK_OFFER]);
    }
  });

  it('"按我的情况查一查" starts the questions for that group, and the answer to them judges the person', async () => {
    const [first, check, reply] = await converse('高校毕业生就业政策', ELIGIBILITY_CHECK_OFFER, '是');
    expect(first!.offers).toEqual([ELIGIBILITY_CHECK_OFFER]);
    expect(check!.status).toBe('needs_info');
    expect(check!.answer).toContain(ELIGIBILITY_CHECK_HEADING);
    expect(check!.followUp).toMatchObject({ field: 'collegeGraduate', options: ['是', '否'] });
    // The policy answered again, from the question before the request.
    expect(check!.citations.map((c) => c.id)).toContain('5.1.1');
    expect(heading(reply!)).toBe('结合您说的情况：');
    expect(JSON.stringify(reply!.toolCalls)).toContain('"collegeGraduate":true');
  });

  it('a "否" to the group question rules the person out instead of judging them in', async () => {
    const [, , reply] = await converse('孤儿有什么待遇', ELIGIBILITY_CHECK_OFFER, '否');
    expect(reply!.answer).not.toContain('符合规划所述对象');
  });

  it('cites no sentence twice (the reported 高校毕业生 answer quoted 5.1.1 under [1] and [2])', async () => {
    const a = await ask('我是高校毕业生，有什么就业政策');
    const keys = a.citations.map((c) => `${c.id}|${c.quote.replace(/。$/, '')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows a service whose sentence names no group as the engine\'s reading, not as 符合', async () => {
    const a = await ask('我是残疾人');
    const rental = a.answer.split('\n').find((l) => l.includes('康复辅助器具社区租赁'));
    expect(rental, a.answer).toBeDefined();
    expect(rental).not.toContain(ELIGIBILITY_STATUS_TEXT.eligible);
    expect(rental).not.toMatch(/（符合：/);
  });
});
