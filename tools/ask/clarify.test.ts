/**
 * The clarify outcome: a short open question whose best clauses sit under different headings gets 2–4 plan topics
 * to choose from, and each option, sent back as the next user turn (alone or after the conversation so far), is
 * answered leading with its clause. Questions written for this table; look-alikes that must be answered directly.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { AnswerSchema } from '../schemas/answer.ts';
import { CLARIFY_QUESTION } from '../wording.ts';
import { answerChat, type ChatMessage } from './answer-chat.ts';
import { optionText } from './clarify.ts';
import { figuresIn } from './figures.ts';

const engine = createEngine(PLAN_DATA);
const deps = { engine };
const ask = (messages: ChatMessage[]) => answerChat({ messages }, deps);
const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('bare and vague questions are clarified with plan topics', () => {
  // 低保房: 低保 under social assistance or public rental housing; a question of its conditions leaves the topic open too.
  const rows = ['养老', '文化', '教育', '低保房有什么条件'];
  it.each(rows)('%s', async (question) => {
    const a = await ask([user(question)]);
    expect(AnswerSchema.parse(a)).toEqual(a);
    expect(a.status).toBe('needs_info');
    expect(a.followUp?.kind).toBe('clarify');
    expect(a.followUp?.question).toBe(CLARIFY_QUESTION);
    const options = a.followUp!.options;
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(4);
    expect(new Set(options).size).toBe(options.length);
    // No plan sentence is presented as the answer, and no figure is stated but the referral hotline.
    expect(a.citations).toEqual([]);
    expect(figuresIn(a.answer)).toEqual(['12345']);
    for (const o of options) expect(a.answer).toContain(o);
    expect(a.followUp!.candidates!.map((c) => c.option)).toEqual(options);

    for (const [i, option] of options.entries()) {
      const clause = a.followUp!.candidates![i]!.id;
      const item = clause.split('.').slice(0, 3).join('.');
      // Alone, as a new question…
      const alone = await ask([user(option)]);
      expect(alone.status, option).toBe('answered');
      expect(alone.citations[0]!.id.startsWith(item), option).toBe(true);
      // …and as the next turn of the conversation, as the web page sends it.
      const next = await ask([user(question), { role: 'assistant', content: a.answer }, user(option)]);
      expect(['answered', 'needs_info'], option).toContain(next.status);
      expect(next.followUp?.kind, option).not.toBe('clarify');
      expect(next.citations[0]!.id.startsWith(item), option).toBe(true);
    }
  });
});

describe('questions that say what they ask are answered, not clarified', () => {
  // Specific attributes, the person's own situation, or one clear topic.
  // 幼儿园 alone: the ranker puts 学前教育 (4.1.1) far ahead of 托幼一体 (3.2.1), so it is answered with it.
  const rows = ['幼儿园', '幼儿园收费标准是多少', '县里会建社会福利中心吗', '我今年65岁，能享受居家养老服务吗', '托育机构会增加吗', '法律援助打什么电话', '养老保险待遇会提高吗'];
  it.each(rows)('%s', async (question) => {
    const a = await ask([user(question)]);
    expect(a.followUp?.kind ?? 'none').not.toBe('clarify');
  });
});

describe('optionText', () => {
  it('strips numbering and the inferred mark, and makes a short heading stand on its own', () => {
    expect(optionText('1.促进学前教育优质普惠发展')).toBe('促进学前教育优质普惠发展');
    expect(optionText('2.〔推定〕养老保险')).toBe('养老保险方面的安排');
    expect(optionText('（一）高水平保障学有所教')).toBe('高水平保障学有所教');
  });
});
