import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_ASK_LINES, ELIGIBILITY_CHECK_OFFER } from '../wording.ts';
import { FIELD_QUESTIONS } from './questions.ts';
import { GENERAL_QUESTIONS, STATED_SITUATIONS } from './situation-cases.ts';
import { isCheckRequest, whoseSituation, type SituationTurn } from './whose-situation.ts';

const user = (content: string): SituationTurn => ({ role: 'user', content });
const assistant = (content: string): SituationTurn => ({ role: 'assistant', content });
/** Whether any person's facts were read. */
const factsOf = (turns: SituationTurn[]) => {
  const { stated, answered } = whoseSituation(turns);
  const other = stated?.subject === 'other' ? (stated.others.at(-1)?.profile ?? {}) : {};
  return { ...(stated?.profile ?? {}), ...other, ...answered };
};

describe('whoseSituation', () => {
  it.each(GENERAL_QUESTIONS)('reads no one\'s facts from a general question: %s', (q) => {
    expect(factsOf([user(q)])).toEqual({});
  });

  it.each(STATED_SITUATIONS)('reads the facts of a stated situation: $question', ({ question, whose }) => {
    const { stated } = whoseSituation([user(question)]);
    expect(stated).not.toBeNull();
    expect(stated!.subject).toBe(whose === 'self' ? 'self' : 'other');
    expect(Object.keys(factsOf([user(question)])).length).toBeGreaterThan(0);
  });

  it('names the group a general question asks about, to offer the check', () => {
    expect(whoseSituation([user('高校毕业生就业政策')]).named).toMatchObject({ collegeGraduate: true });
    expect(whoseSituation([user('孤儿有什么待遇')]).named).toMatchObject({ orphan: true });
    expect(whoseSituation([user('退役军人有哪些待遇')]).named).toMatchObject({ veteran: true });
  });

  it('keeps the topic once a turn names the person: a later terse turn is still about them', () => {
    expect(factsOf([user('我是低保户'), assistant('……'), user('住房困难')])).toMatchObject({ lowIncome: 'dibao', housingDifficulty: true });
    // …but a terse turn before anyone is named stays nobody's.
    expect(factsOf([user('住房困难怎么办'), assistant('……'), user('公租房怎么申请')])).toEqual({});
  });

  it('reads a reply to the chat\'s own question as the person\'s, a bare 是/否 as the answer to a yes/no question', () => {
    const asked = `${ELIGIBILITY_ASK_LINES.ask}${FIELD_QUESTIONS.collegeGraduate.replace(/（[^）]*）/g, '')}`;
    expect(factsOf([user('高校毕业生就业政策'), assistant(asked), user('是')])).toEqual({ collegeGraduate: true });
    expect(factsOf([user('高校毕业生就业政策'), assistant(asked), user('不是')])).toEqual({ collegeGraduate: false });
    expect(factsOf([user('公租房申请条件'), assistant(FIELD_QUESTIONS.residence), user('城镇')])).toEqual({ residence: 'urban' });
    // The same 是 with no question before it says nothing.
    expect(factsOf([user('高校毕业生就业政策'), assistant('根据规划……'), user('是')])).toEqual({});
  });

  it('recognises the check request and reads the group from the question before it', () => {
    expect(isCheckRequest(ELIGIBILITY_CHECK_OFFER)).toBe(true);
    expect(isCheckRequest(`${ELIGIBILITY_CHECK_OFFER}。`)).toBe(true);
    expect(isCheckRequest('按我的情况查一查低保')).toBe(false);
    const s = whoseSituation([user('孤儿有什么待遇'), assistant('根据规划……'), user(ELIGIBILITY_CHECK_OFFER)]);
    expect(s.checkRequested).toBe(true);
    expect(s.named).toMatchObject({ orphan: true });
    expect(factsOf([user('孤儿有什么待遇'), assistant('根据规划……'), user(ELIGIBILITY_CHECK_OFFER)])).toEqual({});
  });
});
