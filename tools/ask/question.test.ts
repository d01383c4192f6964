/** Question analysis: what is asked, what it is about, transactions, and the decisions they drive. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { answerChat } from './answer-chat.ts';
import { focusShare, missingOf, selectPoints } from './compose.ts';
import { MISSING_TEXT } from '../wording.ts';
import { figuresIn } from './figures.ts';
import { createGeneralIdf, type GeneralIdfTable } from './general-idf.ts';
import { analyzeQuestion, askedAttribute, type AskedAttribute } from './question.ts';
import generalIdfTable from './data/general-idf.json' with { type: 'json' };

const engine = createEngine(PLAN_DATA);
const generalIdf = createGeneralIdf(generalIdfTable as GeneralIdfTable);
const analyze = (text: string) => analyzeQuestion(text, undefined, engine, generalIdf);
const ask = (text: string) => answerChat({ messages: [{ role: 'user', content: text }] }, { engine });

describe('the unit of an amount asked', () => {
  // One person's amount (a loan's 额度, its 贴息, what comes each month) is never answered by a total in 亿元.
  it.each([
    ['助学贷款的额度是多少', '元/人'],
    ['创业贷款贴息标准是多少', '元/人'],
    ['养老金每月发多少钱', '元/人'],
    ['全省每年投入多少钱建养老院', '元'],
  ])('%s → %s', (text, unit) => {
    expect(analyze(text).unit).toBe(unit);
  });
});

describe('asked attribute', () => {
  // Sentences written for this table, not taken from the eval sets.
  const rows: [string, AskedAttribute][] = [
    ['残疾人两项补贴一个月发多少钱', 'amount'],
    ['孩子打疫苗要自己掏钱吗，是免费的吗', 'amount'],
    ['社区养老服务站的覆盖率是多少', 'ratio'],
    ['医保异地结算办下来要多久', 'time'],
    ['托育补贴什么时候开始发', 'time'],
    ['图书馆周末几点关门', 'time'],
    ['全省要建几家康复医院', 'count'],
    ['镇上只剩几家卫生院了，会不会被撤掉', 'yes_no'],
    ['公租房怎么申请，要带什么材料', 'procedure'],
    ['工资被拖欠了怎么投诉', 'procedure'],
    ['家庭医生怎么签约', 'procedure'],
    ['居住证怎么样申请', 'procedure'],
    ['残疾证如何去办理', 'procedure'],
    ['婚检在哪个医院做', 'place'],
    ['法律援助中心在哪里', 'place'],
    ['农民工的工伤保险由谁来交', 'who'],
    ['什么是普惠托育', 'definition'],
    ['低保和低保边缘有什么区别', 'definition'],
    ['申请廉租房要满足什么条件', 'condition'],
    ['外地人能不能享受本地的公共服务', 'condition'],
    ['社区里会不会建老年食堂', 'yes_no'],
    ['养老服务今后有什么打算', 'general'],
    ['国家的创业扶持政策是什么', 'general'],
  ];
  it.each(rows)('%s → %s', (text, asked) => expect(askedAttribute(engine.normalize(text))).toBe(asked));
});

describe('question analysis', () => {
  it('reads transactions and personal records as such, not questions about the plan', () => {
    expect(analyze('我的社保缴费记录怎么查').transaction).toBe(true);
    expect(analyze('生育津贴申请了一个月了，钱什么时候到账').transaction).toBe(true);
    expect(analyze('帮我预约一下社区医院的体检').transaction).toBe(true);
    expect(analyze('体育场馆能在网上预约吗').transaction).toBe(false);
    expect(analyze('我想查一下社保交了几年').transaction).toBe(true);
    // Wanting to look something up, then asking what will be provided, is a question about the plan.
    expect(analyze('我想查家谱资料，图书馆以后会开放古籍吗').transaction).toBe(false);
    expect(analyze('残疾人护理补贴有多少').transaction).toBe(false);
  });

  it('reads how many with its classifier as one question word, not a word of the topic ("多少所好的" is not 多少|所好|的)', () => {
    expect(analyze('要建多少所好的高职学校').absent.map((a) => a.word)).not.toContain('所好');
    expect(analyze('能开几所好的幼儿园').absent).toEqual([]);
  });

  it('keeps asked-attribute words out of the focus and groups everyday words with the plan terms they stand for', () => {
    const q = analyze('低保户的补助标准是多少');
    expect(q.focus.flat()).not.toContain('标准');
    expect(q.focus.some((g) => g[0] === '低保户' && g.includes('低保'))).toBe(true);
    // In a plan for Zhejiang, 浙江 names no topic.
    expect(analyze('浙江的养老服务补贴标准').focus.flat()).not.toContain('浙江');
  });

  it('segments with the fewest words, so no plan word is read across a word boundary', () => {
    expect(analyze('城乡居民生活用水怎么收费').focus.flat()).not.toContain('民生');
  });

  it('reads a generic head noun as belonging to the word written before it', () => {
    const q = analyze('创业补贴有哪些');
    const head = q.focus.findIndex((g) => g[0] === '补贴');
    expect(q.focus[q.modifierOf[head]!]![0]).toBe('创业');
    // Two topics side by side are not a compound: 近视 is not a kind of 小孩.
    const r = analyze('小孩近视越来越多怎么办');
    expect(r.modifierOf.every((m) => m === -1)).toBe(true);
  });

  it('finds the everyday words the plan never uses', () => {
    expect(analyze('住房公积金贷款怎么办理').absent.map((a) => a.word)).toContain('公积金');
    // How much, how often, when: never a topic the plan lacks.
    expect(analyze('残疾人补贴每月发，半年了还不给').absent.map((a) => a.word)).toEqual([]);
    // An everyday word the vocabulary maps to plan terms (瘫痪 → 失能) names what the plan covers.
    expect(analyze('老人瘫痪在床，有没有长期护理').absent.map((a) => a.word)).not.toContain('瘫痪');
    // A modal and a one-character verb says how, not what.
    expect(analyze('没有本地户口，孩子能上公办小学吗').absent.map((a) => a.word)).not.toContain('能上');
    // Between as many words, the plan's own word wins: 能|上门, not 能上|门.
    expect(analyze('老人行动不便，医生能上门看病吗').absent.map((a) => a.word)).not.toContain('能上');
    expect(analyze('幼儿园收费标准').absent.map((a) => a.word)).not.toContain('幼儿园');
  });
});

describe('decisions', () => {
  it('leads with the sentence that names the focus, not one that shares characters', async () => {
    const elderly = await ask('我爸一个人住，社区有没有上门照看的服务');
    expect(['answered', 'needs_info']).toContain(elderly.status);
    expect(elderly.citations[0]!.quote).toMatch(/居家养老|独居|上门/);
    const care = await ask('孩子两岁，家门口有托育的地方吗');
    expect(care.citations[0]!.quote).toMatch(/托育|婴幼儿照护|托位/);
  });

  it('states no figure that answers a different question than the one asked', async () => {
    for (const text of ['老人住院能报销多少', '特困人员每个月补多少钱', '公办养老院一个月收多少钱', '社保断缴了怎么补']) {
      const a = await ask(text);
      expect(figuresIn(a.answer).filter((f) => f !== '12345'), `${text}: ${a.answer}`).toEqual([]);
    }
  });

  it('says what the plan leaves unspecified before quoting what it does say', async () => {
    const a = await ask('残疾人护理补贴怎么申请');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toMatch(/^规划没有写/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('does not credit a sentence on another kind of subsidy with the subsidy asked about', async () => {
    const q = analyze('创业补贴有哪些');
    expect(focusShare(q, '落实困难残疾人生活补贴和重度残疾人护理补贴标准动态调整机制。', engine)).toBe(0);
    expect(focusShare(q, '完善落实就业创业扶持政策。', engine)).toBeGreaterThan(0);
  });

  it('says the plan does not mention a date the person asks about', async () => {
    const missing = async (text: string) => {
      const q = analyze(text);
      return missingOf(q, selectPoints(q, await engine.search(q.prepared, 8), engine), engine);
    };
    expect(await missing('12月13日是烈士纪念日吗')).toBe(MISSING_TEXT.date);
    expect(await missing('有烈士纪念日吗')).toBeNull();
  });

  it('says what the plan leaves unspecified of every part of a question, not only the first', async () => {
    const q = analyze('婚前检查免费吗？在哪个医院做');
    expect(q.alsoAsked.map((a) => a.asked)).toContain('place');
    const a = await ask('婚前检查免费吗？在哪个医院做');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.place);
  });

  it('does not take "符合条件的…" for a statement of the conditions', async () => {
    const a = await ask('中职学生免学费要满足什么条件');
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.condition);
  });

  it('shows a figure the person named themselves', async () => {
    const a = await ask('广电5G网络覆盖会不会扩大');
    expect(a.answer).toContain('5G网络');
    // …but not a figure they did not name where it states nothing asked: the same sentence, asked openly, shows none.
    // (Asked as a yes/no question — "会不会扩大" — the window that states it is the answer, 5G and all: compose.test.ts.)
    expect(figuresIn((await ask('广电网络覆盖情况怎么样')).answer).filter((f) => f !== '12345')).toEqual([]);
  });

  it('does not show a total in 亿元 to someone asking what one person can get', async () => {
    const a = await ask('高校毕业生创业能贷多少钱');
    expect(a.status).toBe('answered');
    expect(figuresIn(a.answer).filter((f) => /亿/.test(f))).toEqual([]);
    expect(a.answer).toContain(MISSING_TEXT.amount);
  });

  it('shows a figure that measures what was asked', async () => {
    const a = await ask('小宝宝的发育监测筛查率到2025年要达到多少');
    expect(a.status).toBe('answered');
    expect(figuresIn(a.answer).length).toBeGreaterThan(0);
  });

  it('refers transactions and questions the plan never addresses', async () => {
    expect((await ask('我的养老金这个月怎么还没到账')).status).toBe('no_match');
    expect((await ask('住房公积金贷款利率是多少')).status).toBe('no_match');
  });
});
