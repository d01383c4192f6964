/**
 * Everyday ways of asking a condition, a definition, a procedure or who pays (asked-parts.ts), and the answer saying
 * plainly what the plan leaves unspecified of them, beside the cited sentence. Questions written for this table.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { MISSING_TEXT } from '../wording.ts';
import { answerChat } from './answer-chat.ts';
import { moreAsked } from './asked-parts.ts';
import { createGeneralIdf, type GeneralIdfTable } from './general-idf.ts';
import { analyzeQuestion } from './question.ts';
import generalIdfTable from './data/general-idf.json' with { type: 'json' };

const engine = createEngine(PLAN_DATA);
const idf = createGeneralIdf(generalIdfTable as GeneralIdfTable);
const read = (text: string) => moreAsked(analyzeQuestion(text, undefined, engine, idf)).map((a) => a.asked);
const ask = (text: string) => answerChat({ messages: [{ role: 'user', content: text }] }, { engine, eligibility: false });

describe('moreAsked', () => {
  it.each([
    ['参加技能培训有什么门槛', ['condition']],
    ['什么样的家庭才算低保边缘家庭', ['condition']],
    ['我爸一个人住，他算吗', ['condition']],
    ['领了失业金还能再领低保吗', ['condition']],
    ['长期护理保险是什么保险', ['definition']],
    ['怎么向社区申请居家养老服务', ['procedure']],
    ['医保是单位交还是个人交', ['who']],
    ['老人需要每年体检吗', ['time']],
  ])('%s → %j', (text, asked) => expect(read(text)).toEqual(asked));

  it.each([
    // What the Question's table reads already, or asks nothing of the kind.
    ['公办幼儿园是什么时候报名'],
    ['低保的标准是什么'],
    ['托育机构会增加吗'],
    ['学校体育设施会向社会开放吗'],
    ['低保怎么申请'],
    // A kind that is not the head of the thing's own name: a sentence naming it as one answers.
    ['金蓝领是什么行动'],
    ['浙里好玩是啥平台'],
    // 结算 is no 算 (counts as).
    ['看病能异地结算吗'],
  ])('%s asks nothing more', (text) => expect(read(text)).toEqual([]));
});

describe('a partial answer says what the plan leaves unspecified, beside the sentence it cites', () => {
  const rows: [string, string][] = [
    ['什么样的家庭才算低保边缘家庭', MISSING_TEXT.condition],
    ['领了失业金还能再领低保吗', MISSING_TEXT.condition],
    ['怎么向社区申请居家养老服务', MISSING_TEXT.procedure],
    ['长期护理保险是什么保险', MISSING_TEXT.definition],
    ['婴幼儿需要每月做健康检查吗', MISSING_TEXT.time],
    // An act of one's own asked how (兑换, 协商): the steps.
    ['时间银行攒的时间怎么兑换', MISSING_TEXT.procedure],
    ['受了工伤怎么跟单位协商', MISSING_TEXT.procedure],
    // What is counted is a word the plan never uses (贴息): none of the plan's figures measures it.
    ['创业担保贷款的贴息是多少', MISSING_TEXT.count],
    // 免费 said of another check-up (婚前孕前) does not say this one is free.
    ['新生儿体检是免费的吗', MISSING_TEXT.amount],
  ];
  it.each(rows)('%s', async (question, missing) => {
    const a = await ask(question);
    expect(a.status).toBe('answered');
    const lines = a.answer.split('\n');
    expect(lines[0]).toBe(missing);
    expect(lines[1]).toMatch(/^规划(?:相关的表述是|在)/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('a verb right after the modal of a yes/no question, which the plan never uses, is what it asks ("会收养…吗")', async () => {
    const a = await ask('政府会收养孤儿吗');
    expect(a.answer.split('\n')[0]).toMatch(/^规划没有/);
  });
});

describe('whether someone can get something is answered by a sentence covering them by name', () => {
  it('城镇低保户 named by the sentence on 公租房: no condition said to be missing', async () => {
    const a = await ask('我家是城镇低保户，能申请公租房吗');
    expect(a.answer.split('\n')[0]).not.toMatch(/^规划没有/);
    expect(a.citations[0]!.quote).toContain('城镇低保');
  });
  it('外地户口, which no sentence on 公租房 names: the condition is missing', async () => {
    const a = await ask('我是外地户口，能申请公租房吗');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.condition);
  });
});
