/**
 * Composition, as tables: a yes/no question about whether something will exist, grow, be open or be free is
 * answered by the sentence that states it (its figure included when the figure is what states it); "规划没有写…"
 * only when the cited sentences do not state what was asked; the lead is never empty. Questions written from
 * the plan's text for this table, with look-alikes that share the topic but ask what the plan does not say.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { MISSING_TEXT } from '../wording.ts';
import { answerChat } from './answer-chat.ts';
import { figuresIn } from './figures.ts';

const engine = createEngine(PLAN_DATA);
const ask = (text: string) => answerChat({ messages: [{ role: 'user', content: text }] }, { engine, eligibility: false });
/** Every "规划没有…" line the answer opens with. */
const SAYS_SILENT = /^规划没有/;
const MISSING_LINES = new Set<string>(Object.values(MISSING_TEXT));
/** The answer's own figures: the referral hotline is not one. */
const answerFigures = (text: string) => figuresIn(text).filter((f) => f !== '12345');

describe('yes/no questions about whether something will be are answered by the sentence that states it', () => {
  // [question, words the answer text must show (from the stating sentence), the clause that states it]
  const rows: [string, string[], string][] = [
    ['村里能收寄快递吗', ['邮政（快递）进村服务覆盖率达到100%'], '13.1.1'],
    ['县里会建社会福利中心吗', ['至少建有1家社会福利中心'], '10.1.1'],
    ['每个县都会有社会福利中心吗', ['至少建有1家社会福利中心'], '10.1.1'],
    ['托育机构会增加吗', ['加快建设托幼一体的托育机构'], '3.2.1'],
    ['学校体育设施会向社会开放吗', ['学校体育设施100%向社会开放'], '8.1.2'],
    ['行政村会有体育设施吗', ['推进行政村体育设施全覆盖'], '8.1.1'],
    ['公共场所会有母婴室吗', ['推进公共场所母婴设施配置全覆盖'], '3.2.2'],
    ['婚前检查免费吗', ['免费开展婚前孕前优生健康检查'], '3.1.1'],
    ['广电网络覆盖会不会扩大', ['扩大广电5G网络覆盖面'], '7.1.1'],
    // An everyday word of little weight (家门口, 还会, 老百姓) is not what is asked; the sentence that provides the
    // topic leads, not one naming it in passing ("推动…托育管理等专业人才数据采集").
    ['家门口有没有托育点', ['加快建设托幼一体的托育机构'], '3.2.1'],
    ['公办幼儿园以后还会多建吗', ['加快发展公办幼儿园'], '4.1.1'],
    ['学校操场会向老百姓开放吗', ['学校体育设施100%向社会开放'], '8.1.2'],
  ];
  it.each(rows)('%s', async (question, shows, clause) => {
    const a = await ask(question);
    expect(a.status).toBe('answered');
    const [first] = a.answer.split('\n');
    expect(first, 'says the plan is silent although it speaks').not.toMatch(SAYS_SILENT);
    for (const words of shows) expect(a.answer).toContain(words);
    expect(a.citations[0]!.id).toBe(clause);
    // Every figure shown is one the lead sentence states.
    for (const f of answerFigures(a.answer)) expect(a.citations[0]!.quote).toContain(f);
  });
});

describe('"规划没有写…" only when the cited sentences do not state what was asked', () => {
  // The plan speaks: the attribute asked is in the cited sentence.
  const speaks: [string, string][] = [
    ['法律援助打什么电话', '“12348”公共法律服务热线'],
    ['法律援助热线是多少', '“12348”公共法律服务热线'],
    ['托育机构会增加吗', '托育机构'],
  ];
  it.each(speaks)('speaks: %s', async (question, shows) => {
    const a = await ask(question);
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain(shows);
  });

  // Honest look-alikes: the same topics, asked what the plan does not state; each says so and shows no figure
  // that answers something else (a coverage rate is not a location, a count of centres is not a number of beds).
  const silent: [string, string][] = [
    ['村里的快递点在哪', MISSING_TEXT.place],
    ['社会福利中心有多少张床位', MISSING_TEXT.count],
    ['学校体育设施开放时间是几点', MISSING_TEXT.time],
    ['法律援助要什么材料', MISSING_TEXT.procedure],
    ['灵活就业人员的养老保险可以补交吗', MISSING_TEXT.general],
    ['读技校以后有前途吗', MISSING_TEXT.general],
    // "Can I get it" asks who qualifies: "对纳入资助对象的学生提供国家助学金" names them without the conditions.
    ['我家孩子读普高，国家助学金能拿吗', MISSING_TEXT.condition],
    ['外地户口的孩子能上公办小学吗', MISSING_TEXT.condition],
    // The plan's direction is not the admission rules asked for.
    ['幼儿园托班入园规定', MISSING_TEXT.general],
    // Free, yes — but "哪些人" asks who, and the plan does not say.
    ['哪些人能做免费的婚前检查', MISSING_TEXT.condition],
  ];
  it.each(silent)('silent: %s', async (question, missing) => {
    const a = await answerChat({ messages: [{ role: 'user', content: question }] }, { engine, eligibility: false });
    expect(a.answer.split('\n')[0]).toBe(missing);
    expect(answerFigures(a.answer)).toEqual([]);
  });
});

describe('the lead is never empty', () => {
  const rows = ['县里会建社会福利中心吗', '广电网络有什么作用', '残疾人两项补贴是什么意思', '社会福利中心有多少张床位', '特困人员每月能领多少钱'];
  it.each(rows)('%s', async (question) => {
    const a = await ask(question);
    if (a.status === 'no_match') return;
    const lines = a.answer.split('\n').filter((l) => !MISSING_LINES.has(l));
    expect(a.answer).not.toMatch(/（原文见引用\[\d+\]）/);
    expect(lines[0]).not.toMatch(/^(?:根据规划，|规划相关的表述是：)\s*[。[]/);
    // The lead line holds words of the plan, not only a pointer.
    expect(lines[0]!.replace(/\[\d+\]|根据规划，|规划相关的表述是：|。/g, '').length).toBeGreaterThan(4);
  });
});

describe('a yes/no question whether someone can get something shows no figure of a sentence about it', () => {
  // The figure of a sentence that states a measure (16→18周岁, 覆盖率100%) does not say who qualifies.
  const rows = ['我一个人带两个孩子，能申请低保吗', '我妈能申请特困供养吗', '外地人能报销医保吗'];
  it.each(rows)('%s', async (question) => {
    const a = await ask(question);
    const body = a.answer.split('\n').filter((l) => !l.startsWith('说明：') && !l.startsWith('具体规定见') && !l.startsWith('以上法规'));
    expect(answerFigures(body.join('\n'))).toEqual([]);
  });
});

describe('a supporting sentence names the thing asked about, not only the people or story around it', () => {
  // [question, a clause that names only the question's other words, the thing asked]
  const rows: [string, string, string][] = [
    ['城镇居民能申请低保吗', '2.1.3', '低保'],
    ['农村老人能领养老金吗', '2.1.4', '养老'],
  ];
  it.each(rows)('%s', async (question, passing, thing) => {
    const a = await ask(question);
    expect(a.citations.map((c) => c.id)).not.toContain(passing);
    for (const c of a.citations) expect(c.quote).toMatch(new RegExp(`${thing}|最低生活保障`));
  });
});

describe('an everyday word weighs as much as the plan term it stands for, not as an unseen word', () => {
  // 孩子 is not a plan word: weighed at an unseen word's IDF it outweighed 近视, and the lead was a sentence on 婴幼儿.
  it('小孩近视了有人管吗 leads with the sentence on 近视', async () => {
    const a = await ask('小孩近视了有人管吗');
    expect(a.citations[0]!.id).toBe('9.2.3');
    expect(a.citations[0]!.quote).toContain('近视');
  });
});

describe('a figure saying how far a thing is provided answers whether it will be there (issue 20 item 4)', () => {
  // [question, the words with the figure the answer shows, the clause that states it]. Written for this table.
  const rows: [string, string, string][] = [
    // A count per place: the places agree (市 in 设区市); an everyday word holding a plan word (福利院: 福利) stands for it.
    ['区域性儿童福利院会建吗', '每个设区市建有1—2家区域性儿童福利机构', '3.1.4'],
    // A rate reached, in a window naming the topic; 全部 asks how far, which 100% says.
    ['退役军人适应性培训参加的人多吗', '退役军人适应性培训参训率达到100%', '12.1.1'],
    ['食品安全能追溯吗', '主要食品安全追溯覆盖率达到95%', '13.1.3'],
    ['公共体育设施会全部开放吗', '100%向社会开放', '8.1.2'],
    // The plan's bracketed character read either way: 居住（小）区 names 居住小区.
    ['居住小区会配养老服务设施吗', '确保设施达标率达到100%', '10.1.1'],
    // A share reached (占比达到30%); "小区里" is 小区 and a locative, not an unknown word 区里 asked about.
    ['基层护理床位会增加吗', '基层医疗卫生机构护理床位占比达到30%', '9.1.2'],
    ['小区里的养老设施会达标吗', '确保设施达标率达到100%', '10.1.1'],
    // A rate with its unit of measure before the figure (接种率以乡镇为单位达到95%).
    ['疫苗接种会普及到乡镇吗', '国家免疫规划疫苗接种率以乡镇为单位达到95%', '3.1.2'],
    // How far: a travel time is a distance's answer.
    ['偏远农村公共服务圈有多远', '1.5小时偏远农村基本公共服务圈', '2.1.4'],
    // The story before the clause that asks (带娃, 跑跑步) and a word said twice (体育场地) need not be in the answer.
    ['周末想带娃去学校操场跑跑步，学校的体育场地会对外开放吗？', '学校体育设施100%向社会开放', '8.1.2'],
  ];
  it.each(rows)('%s', async (question, shows, clause) => {
    const a = await ask(question);
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0], 'says the plan is silent although it speaks').not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain(shows);
    expect(a.citations[0]!.id).toBe(clause);
    for (const f of answerFigures(a.answer)) expect(a.citations.map((c) => c.quote).join('')).toContain(f);
  });

  it('a question hinging on a word the plan never uses shows no provision figure ("会取消吗")', async () => {
    const a = await ask('精神卫生福利设施会取消吗');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.general);
    expect(answerFigures(a.answer)).toEqual([]);
  });

  // Look-alikes: the same topics, asked what a figure of how far it is provided does not say (a price, a subsidy).
  const other: [string, string][] = [
    ['退役军人培训有补贴吗', MISSING_TEXT.general],
    ['快递进村要加钱吗', MISSING_TEXT.amount],
    ['家庭医生签约要钱吗', MISSING_TEXT.amount],
    // Whether someone counts as one of a group: no count of the group's facilities says it.
    ['我爸算残疾人吗', MISSING_TEXT.condition],
    // How far training reaches 退役军人 (the window before) is no answer for a mother asking about training.
    ['像我这样四十多岁、想重新找工作的妇女，能不能参加职业技能培训？', MISSING_TEXT.general],
  ];
  it.each(other)('no provision figure for another question: %s', async (question, missing) => {
    const a = await ask(question);
    expect(a.answer.split('\n')[0]).toBe(missing);
    expect(answerFigures(a.answer)).toEqual([]);
  });

  it("the page's byline leads only a question about the plan's issuing", async () => {
    const traced = await ask('食品能查到来源吗');
    expect(traced.citations.map((c) => c.quote).join('')).not.toContain('发布日期');
    const issued = await ask('规划是什么时候发布的');
    expect(issued.citations[0]!.quote).toContain('发布日期');
  });

  it('where the person lives, named only as "near it", is no topic; near a hospital is', async () => {
    const near = await ask('我们社区附近以后会多建托育机构吗');
    expect(near.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(near.answer).toContain('加快建设托幼一体的托育机构');
    const hospital = await ask('医院附近有没有养老院');
    expect(hospital.answer.split('\n')[0]).toBe(MISSING_TEXT.general);
    expect(answerFigures(hospital.answer)).toEqual([]);
  });

  it('a supporting figure names what the lead names of the question: a rate on 婴幼儿 alone does not support one on their vaccines', async () => {
    const a = await ask('娃打疫苗能普及到多少');
    expect(a.answer).toContain('疫苗接种率以乡镇为单位达到95%');
    expect(a.answer).not.toContain('90%');
  });

  it('enjoying asked of a topic is stated by 享有 as by 享受', async () => {
    const a = await ask('没落户的人以后能和本地人一样享受基本公共服务吗');
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain('逐步享有与户籍人口同等的基本公共服务');
  });

  it('asking whether one pays is answered by a sentence saying it is free', async () => {
    const a = await ask('孕前优生检查要自己花钱吗');
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain('免费开展婚前孕前优生健康检查');
  });

  it('城乡 speaks of the countryside for what is missing, but a sentence naming 农村 still leads', async () => {
    const pension = await ask('农村老人的基础养老金会调整吗');
    expect(pension.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(pension.answer).toContain('基础养老金正常调整机制');
    const kindergarten = await ask('农村的幼儿园会不会多建一些');
    expect(kindergarten.citations[0]!.quote).toContain('农村幼儿园补短提升工程');
  });
});

describe('never silent when the plan speaks, said in everyday words (session 8)', () => {
  // [question, the words with the figure the answer shows, the clause that states it]. Written for this table.
  const rows: [string, string, string][] = [
    // Who the question is about is named in the story before it (退伍 → 退役军人): a rate for them is no one else's.
    ['我表哥刚退伍，有没有技能培训可以参加？', '退役军人适应性培训参训率达到100%', '12.1.1'],
    // "近一些" asks how far: the travel time of a service circle answers it.
    ['住在偏远农村，以后上学办事会不会近一些？', '1.5小时偏远农村基本公共服务圈', '2.1.4'],
    // A place with its locative (商场里 read 商|场里) is where, not what is asked.
    ['商场里会有母婴室吗', '推进公共场所母婴设施配置全覆盖', '3.2.2'],
    // A verb with its result after 能 (打上) asks whether one gets the thing named before it.
    ['疫苗接种在乡镇都能打上吗', '国家免疫规划疫苗接种率以乡镇为单位达到95%', '3.1.2'],
    // A rate for a list of groups holding the asker's (残疾人), of what the part before said (签约).
    ['我家有残疾人，有没有家庭医生可以签', '老年人、慢性病患者、残疾人等重点人群签约率达到70%', '9.1.1'],
  ];
  it.each(rows)('%s', async (question, shows, clause) => {
    const a = await ask(question);
    expect(a.status).toBe('answered');
    expect(a.answer.split('\n')[0], 'says the plan is silent although it speaks').not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain(shows);
    expect(a.citations[0]!.id).toBe(clause);
  });

  it('a clause that asks and names nothing ("…，有没有？") asks about the words before it; taking part is what one does with it', async () => {
    const a = await ask('我妈想参加职业技能培训，有没有？');
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain('职业技能培训');
  });

  it('a rate for groups that do not hold the asker is not shown, nor a bare "到2025年"', async () => {
    const a = await ask('我儿子是学生，有没有家庭医生可以签');
    expect(answerFigures(a.answer)).toEqual([]);
    expect(a.answer).toContain('提升家庭医生签约覆盖面和服务质量[1]');
  });

  it('a count of no unit asked of money (有补贴吗，一天多少) is a sum: no rate of the sentence answers it', async () => {
    const a = await ask('退役军人参加培训有补贴吗，一天多少');
    expect(answerFigures(a.answer)).toEqual([]);
    expect(a.answer.split('\n')[0]).toMatch(/^规划没有/);
  });

  it('a term (期限) is a duration: no calendar year of the plan answers it', async () => {
    const a = await ask('创业担保贷款的期限是多少');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.time);
    expect(answerFigures(a.answer)).toEqual([]);
  });

  it('a verb the plan never uses, with no 能 before it, still asks what the plan does not state', async () => {
    const a = await ask('城乡居民养老保险可以补交吗');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.general);
  });
});

describe('what the cited text says is shown and answers (issue 20 item 4, session 8 review)', () => {
  it('whether a claim the person heard is true is answered by the words stating it, figure included', async () => {
    const a = await ask('有人说全省新增财力多数都用到了民生上，是不是真的？');
    expect(a.answer.split('\n')[0]).toBe('根据规划，全省财政新增财力三分之二以上用于民生事业支出[1]。');
  });

  it('a count of the levels just listed (省市县三级) is shown when the person names the levels or asks whether it will be there', async () => {
    const a = await ask('省里市里县里的健康信息平台会升级吗');
    expect(a.answer).toContain('升级完善省市县三级全民健康信息平台[1]');
    const named = await ask('在省里、市里、县里不同的医院看病，健康信息能不能放到一个平台上？');
    expect(named.answer.split('\n')[0]).toBe('根据规划，升级完善省市县三级全民健康信息平台，打造省医疗健康大数据中心[1]。');
    // Asked where to go, the count of levels is no answer: it is not shown.
    const where = await ask('救灾物资储备库在哪里');
    expect(where.answer.split('\n')[0]).toBe(MISSING_TEXT.place);
    expect(answerFigures(where.answer)).toEqual([]);
  });

  it('a level of government asked about (乡镇) is named by its character in a list of levels (省市县乡四级)', async () => {
    const a = await ask('我们乡镇会有救灾物资储备点吗');
    expect(a.answer.split('\n')[0]).toBe('根据规划，强化城乡应急处置设施和救灾物资储备设施体系建设，推进省市县乡四级救灾物资储备库（点）建设[1]。');
  });

  it('asked whom to turn to (能找谁), the hotline the plan names answers; no procedure is said to be missing', async () => {
    const a = await ask('我们村有法律顾问吗？遇到法律问题可以找谁？');
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain('“12348”公共法律服务热线');
  });

  it('a hotline is shown only for the thing whose number was asked: no 12348 (legal services) for a 心理援助 line', async () => {
    const a = await ask('有没有心理援助的热线号码？');
    expect(a.answer).not.toContain('12348');
    const legal = await ask('请不起律师，有没有电话能咨询法律援助？');
    expect(legal.answer).toContain('“12348”公共法律服务热线');
  });

  it('asked which items a named set holds (哪两项), a sentence listing them answers', async () => {
    const a = await ask('残疾人的两项补贴指的是哪两项？');
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.answer).toContain('困难残疾人生活补贴和重度残疾人护理补贴');
  });

  it('系统 is named by 体系: the rate of the market\'s 质量追溯体系 answers, not another rate beside it', async () => {
    const a = await ask('农贸市场会搞质量追溯系统吗');
    expect(a.answer.split('\n')[0]).toBe('根据规划，到2025年，城区农贸市场质量追溯体系、快速检测体系建成率达到95%[1]。');
  });

  it('a supporting sentence about people of a status the question does not name (残疾儿童, 特殊教育) is left out', async () => {
    const a = await ask('外地户口的小孩在这边上学，有什么政策？');
    for (const c of a.citations) expect(c.quote).not.toMatch(/残疾|特殊教育|留守|困境/);
  });

  it('whether one can pay in oneself is answered by the sentence naming the asker among the people it provides for', async () => {
    const a = await ask('我开网约车的，能自己交养老保险吗');
    expect(a.answer.split('\n')[0]).not.toMatch(SAYS_SILENT);
    expect(a.citations[0]!.quote).toContain('灵活就业人员');
  });

  it('a sum asked of one kind of money (就业补贴) is not measured by a sum of another in the sentence (创业担保贷款20亿元)', async () => {
    const a = await ask('毕业生就业补贴一般有多少钱？');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.amount);
    expect(answerFigures(a.answer)).toEqual([]);
  });

  it('whether one can pay in, with no sentence naming the asker, says the conditions are not stated', async () => {
    const a = await ask('我在工地上打零工，工伤保险能自己交吗');
    expect(a.answer.split('\n')[0]).toBe(MISSING_TEXT.condition);
  });
});

describe('the eligibility lines are about what was asked', () => {
  it('a service for the asker in another matter (就业帮扶 for 残疾人) is not listed under a question on 家庭医生', async () => {
    const a = await answerChat({ messages: [{ role: 'user', content: '我有残疾，行动不便，想签家庭医生可以吗？' }] }, { engine });
    expect(a.answer).toContain('家庭医生签约服务');
    expect(a.answer).not.toMatch(/就业|康复辅助器具/);
  });
});

describe('a term asked (期限)', () => {
  it('is answered by the years when the years are what is asked, and never by a calendar year otherwise', async () => {
    const period = await ask('这个规划的期限是几年到几年');
    expect(period.answer).toContain('2021—2025年');
    const loan = await ask('创业担保贷款的期限是多久');
    expect(figuresIn(loan.answer.split('说明：')[0]!).filter((f) => /^20\d\d/.test(f))).toEqual([]);
  });
});

