/** Referral offices: the kind of office that sets the rules, by the question's words or the plan chapter it leads with. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { NO_MATCH_TEXT } from '../wording.ts';
import { answerChat } from './answer-chat.ts';
import { parseOfficesTsv } from './build/build-offices.ts';
import { figuresIn } from './figures.ts';
import { officeFor } from './offices.ts';

const engine = createEngine(PLAN_DATA);
const ask = (text: string) => answerChat({ messages: [{ role: 'user', content: text }] }, { engine, eligibility: false });

describe('officeFor', () => {
  // Questions written for this table (general wording, not the eval sets').
  const byWords: [string, string][] = [
    ['低保户一个月能领多少', '民政部门'],
    ['特困人员怎么认定', '民政部门'],
    ['养老院收费标准是多少', '民政部门'],
    ['失业金怎么申请', '人力社保部门'],
    ['社保断缴了怎么办', '人力社保部门'],
    ['公司拖欠工资找谁', '人力社保部门'],
    ['住院报销比例是多少', '医保部门'],
    ['孩子打疫苗要钱吗', '卫生健康部门'],
    ['家庭医生怎么签约', '卫生健康部门'],
    ['外地孩子怎么入学', '教育部门'],
    ['贫困生助学金怎么申请', '教育部门'],
    ['公租房排队要多久', '住房城乡建设部门'],
    ['农村危房改造补助多少', '住房城乡建设部门'],
    ['退役军人有什么优待', '退役军人事务部门'],
    ['残疾证怎么办理', '残联'],
    ['法律援助怎么申请', '司法行政部门'],
    // The longer word wins where two end together: 养老保险 is not 养老服务's office, 退役军人 not just 军人.
    ['城乡居民养老保险每月多少钱', '人力社保部门'],
    // A story first, the question last: the word named last decides.
    ['我已经领了生育津贴，可单位不发工资，怎么办', '人力社保部门'],
    ['我社保一直在这边交，孩子能上公办学校吗', '教育部门'],
  ];
  it.each(byWords)('%s → %s', (question, office) => {
    expect(officeFor(question)).toBe(office);
  });

  it("falls back to the lead clause's chapter or item, the most specific heading first", () => {
    expect(officeFor('这个怎么弄', '4.1.2')).toBe('教育部门');
    expect(officeFor('这个怎么弄', '9.1.4')).toBe('医保部门');
    expect(officeFor('这个怎么弄', '9.1.1')).toBe('卫生健康部门');
    expect(officeFor('这个怎么弄', '10.1.2')).toBe('人力社保部门');
    expect(officeFor('这个怎么弄', '1.2.1')).toBeNull();
    expect(officeFor('这个怎么弄')).toBeNull();
  });
});

describe('seeds/offices.tsv is checked as it is read', () => {
  const ids = new Set(['4', '4.1']);
  it('rejects a figure in an office name, an unknown heading, a repeated word, a bad row', () => {
    expect(() => parseOfficesTsv('word\t低保\t民政部门12349', ids)).toThrow(/figure/);
    expect(() => parseOfficesTsv('clause\t99\t教育部门', ids)).toThrow(/heading/);
    expect(() => parseOfficesTsv('word\t低保\t民政部门\nword\t低保\t民政部门', ids)).toThrow(/twice/);
    expect(() => parseOfficesTsv('word\t低保', ids)).toThrow(/bad line/);
    expect(parseOfficesTsv('# c\nword\t低保\t民政部门\nclause\t4.1\t教育部门\n', ids)).toEqual({ words: [['低保', '民政部门']], clauses: [['4.1', '教育部门']] });
  });
});

describe('referrals say who', () => {
  // Issue 20 item 5's topics, asked in general wording written for this table (not from an eval set): whether the
  // answer refers (no_match) or cites the plan and says what it leaves out, it names the office that sets the rule.
  const topics: [string, string][] = [
    ['特困供养怎么申请', '民政部门'],
    ['养老机构入住要什么条件', '民政部门'],
    ['低保边缘户怎么认定', '民政部门'],
    ['失业保险金每月领多少', '人力社保部门'],
    ['工资被拖欠怎么办', '人力社保部门'],
    ['看病报销要带什么材料', '医保部门'],
    ['孩子打疫苗去哪里', '卫生健康部门'],
    ['医院挂号难怎么办', '卫生健康部门'],
    ['小学入学要准备哪些材料', '教育部门'],
    ['大学生助学贷款怎么申请', '教育部门'],
    ['公租房租金多少', '住房城乡建设部门'],
    ['危房改造怎么申请', '住房城乡建设部门'],
    ['退役军人安置怎么办理', '退役军人事务部门'],
    ['残疾人护理补贴多少钱', '残联'],
    ['法律援助去哪里申请', '司法行政部门'],
  ];
  it.each(topics)('%s → %s', async (question, office) => {
    const a = await ask(question);
    expect(a.answer).toContain(`${office}负责`);
    expect(a.citations.some((c) => c.quote.includes(office))).toBe(false);
  });

  it('a partial answer names the office beside 12345 and 浙里办, outside every quote', async () => {
    const a = await ask('申请公租房需要哪些手续');
    expect(a.status).toBe('answered');
    const line = a.answer.split('\n').find((l) => l.includes('住房城乡建设部门'));
    expect(line).toMatch(/12345.*浙里办/);
    expect(a.citations.some((c) => c.quote.includes('住房城乡建设部门'))).toBe(false);
  });

  it('an out-of-scope question whose topic has an office names it, with no figure but 12345', async () => {
    const a = await ask('丙肝疫苗多少钱一针');
    expect(a.status).toBe('no_match');
    expect(a.answer).toContain('卫生健康部门');
    expect(figuresIn(a.answer)).toEqual(['12345']);
  });

  it('an out-of-scope question with no known office keeps the plain referral', async () => {
    const a = await ask('今年的个税起征点是多少');
    expect(a.status).toBe('no_match');
    expect(a.answer).toBe(NO_MATCH_TEXT);
  });

  it('a request to do something or see a record names the office that handles it', async () => {
    const a = await ask('我的失业金什么时候到账');
    expect(a.status).toBe('no_match');
    expect(a.answer).toContain('人力社保部门');
    expect(figuresIn(a.answer)).toEqual(['12345']);
  });

  it('an answer the plan gives in full names no office', async () => {
    const a = await ask('县里会建社会福利中心吗');
    expect(a.answer).not.toContain('民政部门负责');
  });
});
