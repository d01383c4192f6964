/**
 * The extractive answer as a draft: the lead (the plan sentence that answers the question's focus), the
 * supporting sentences, what the plan leaves unspecified, and the caveat saying where to ask; rendered to Chinese text with
 * [n] markers once, at the end. Figures reach the answer text only when they measure what was asked; every
 * quote is the verbatim sentence. No model, no network.
 */
import { askedAbsent, askingClauseStart } from './asked-absent.ts';
import { moreAsked } from './asked-parts.ts';
import { groupIdf } from './group-idf.ts';
import type { Engine } from '../../retrieval/engine.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Citation } from '../schemas/citation.ts';
import { MISSING_TEXT, PLAN_CAVEAT, officeReferral } from '../wording.ts';
import { figuresIn, hasFigure } from './figures.ts';
import { officeFor } from './offices.ts';
import { ASKS_WHETHER_PAID, type Question } from './question.ts';
import { planNormalized, planWords } from './plan-text.ts';
import { bestWindow } from './spans.ts';
import { withStandIns } from './stand-ins.ts';

/** One selected point: the words shown (null when no figure-free words could be shown), the verbatim sentence and its clause. */
export interface Point {
  text: string | null;
  sentence: string;
  hit: ClauseHit;
  score: number;
}

/** The answer before it becomes text. */
export interface AnswerDraft {
  /** What the plan leaves unspecified of what was asked (one sentence), when it does. */
  missing: string | null;
  lead: Point;
  support: Point[];
  /** Lines added after the plan's points (eligibility), each with its own citations numbered after the points. */
  extra: { lines: string[]; citations: Omit<Citation, 'n'>[] } | null;
  /** The article of a law or regulation that sets what was asked (tools/ask/articles.ts), shown after the plan's caveat. */
  rules?: { lines: string[]; citations: Omit<Citation, 'n'>[] } | null;
  /** The follow-up question's line, when one is asked. */
  followUp: string | null;
  /** The kind of office that sets the rules of what the plan leaves unspecified (民政部门 …), named beside 12345. */
  office: string | null;
}

/** How many clauses and sentences are considered, and how many points an answer makes at most. */
const CLAUSES_CONSIDERED = 3;
const SENTENCES_PER_CLAUSE = 4;
const MAX_POINTS = 3;
/** A supporting point must score at least this share of the lead's score (measured on eval answers). */
const SUPPORT_RATIO = 0.7;
/** The share for a point that names a focus word no earlier point names (measured on the real-wording set). */
const NEW_FOCUS_RATIO = 0.5;
/**
 * Weight of the share of the question's focus a sentence names, beside its BM25 and window overlap (each
 * normalised to the best candidate). A sentence that shares many characters but not the focus must not lead
 * ("老人看病能报销多少" is not answered by a nursing-bed ratio); measured on the eval sets' lead citations.
 */
const FOCUS_WEIGHT = 1.5;
/** Weight on a window that holds a figure measuring what was asked, in the unit asked. */
const FIGURE_BONUS = 1.5;
/** Added to a sentence whose figure measures what was asked ("几岁" → "18周岁"): it answers, its neighbours only relate. */
const MEASURE_BONUS = 1;

/** Figures in the unit of each asked unit: money for 元, shares for %, years for 年, dates for 日, durations for 天. */
const UNIT_FIGURE_TABLE: Readonly<Record<string, RegExp>> = {
  元: /\d(?:[\d.]*)\s*(?:元|万元|亿元)/,
  '元/人': /\d(?:[\d.]*)\s*(?:元|万元)/,
  '%': /\d(?:[\d.]*)%|百分之|分之/,
  年: /\d{4}\s*[年—–-]/,
  日: /\d+\s*月\s*\d+\s*日|\d{4}-\d{1,2}-\d{1,2}/,
  天: /\d+(?:\.\d+)?\s*(?:天|日|小时|分钟|个工作日)/,
  /** A term: a number of days, months or years, never a calendar year (2025年 has four digits). */
  期间: /(?<![\d.])\d{1,3}(?:\.\d+)?\s*(?:天|日|小时|个工作日|个月|年)/,
  /** How far ("要跑多远"): a distance, or the travel time the plan sets as a service circle ("1.5小时…服务圈"). */
  距离: /\d+(?:\.\d+)?\s*(?:公里|千米|米|小时|分钟)/,
};

/** A question asking how far something is ("办事要跑多远", "离家多远"): a figure in 距离 measures it. */
const ASKS_DISTANCE = /多远|多近|远不远|近不近|几公里|多少公里|多少米|(?:近|方便)(?:一点|一些|些)|更近/;

/** The unit a figure must be in to measure what was asked: the Question's, or 距离 for how far. */
function unitOf(q: Question): string | null {
  // "创业贷款的利息是多少": what is counted (利息) is a word the plan never uses, so none of its figures measures it.
  if (q.absent.some((a) => new RegExp(`${a.word}(?:是|为)(?:多少|几)`).test(q.simplified))) return null;
  // "有补贴吗 一天多少": a count of no unit asked of money is a sum of money, not any figure of the sentence (参训率100%).
  if (q.unit === '' && /补贴|补助|津贴|工资|薪|钱|费用|[^基]金/.test(q.simplified)) return '元';
  // A term (贷款的期限, 有效期) is a duration: a calendar year ("到2025年") does not measure it — unless the years are
  // what is asked ("规划的期限是几年到几年": 2021—2025年).
  if (q.unit === '年' && /期限|时限|有效期|年限/.test(q.simplified) && !/几年到几年|哪(?:一|几)?年/.test(q.simplified)) return '期间';
  return q.unit ?? (ASKS_DISTANCE.test(q.simplified) ? '距离' : null);
}

/** Nouns naming money one gets or pays: a sum measures the one the question names, not any other of its sentence. */
const MONEY_NOUN = /补贴|补助|津贴|奖励|奖金|贷款|救助金|抚恤金|养老金|失业金|保险金|工资|学费|费用/;

/**
 * Whether a text's sum can measure the money asked about: it names that money ("大学生就业补贴6000元是多少" is not answered
 * by 每年发放创业担保贷款20亿元). Always so for a unit other than money, or a question naming no money noun.
 */
function sumOfAsked(q: Question, unit: string | null, text: string): boolean {
  if (unit !== '元' && unit !== '元/人') return true;
  const money = q.focus.filter((g) => g.some((w) => MONEY_NOUN.test(w)));
  return money.length === 0 || money.some((g) => namesGroup(g, text));
}

/** A number followed by a count unit ("91个", "18周岁"), made once per unit: this runs for every sentence considered. */
const COUNT_IN = new Map<string, RegExp>();
function countIn(unit: string): RegExp {
  let re = COUNT_IN.get(unit);
  if (!re) COUNT_IN.set(unit, (re = new RegExp(`\\d\\s*周?${unit}`)));
  return re;
}

/**
 * Whether a text holds a figure in a unit (null: no figure answers; '': any figure does): with the question's
 * unit, whether its figures measure what was asked.
 */
function figureInUnit(unit: string | null, text: string): boolean {
  if (unit === null) return false;
  const figures = figuresIn(text);
  if (figures.length === 0) return false;
  if (unit === '') return true;
  const table = UNIT_FIGURE_TABLE[unit];
  // "几岁" is answered by "18周岁", "几个" by "91个", and a count in 万/亿 by "3万人".
  return table ? table.test(text) : figures.some((f) => f.includes(unit)) || countIn(unit).test(text);
}

/**
 * The sentences of a hit worth considering: its best-matching ones and, when a figure is asked for, any other
 * sentence of the clause whose figure is in the unit asked (the issuing date "2021年6月10日" shares no word with
 * "哪天印发的"; it answers all the same).
 */
function sentencesOf(q: Question, hit: ClauseHit, engine: Engine): { text: string; score: number }[] {
  const best = hit.sentences.slice(0, SENTENCES_PER_CLAUSE);
  const unit = unitOf(q);
  if (unit === null) return best;
  const more = (engine.corpus.get(hit.id)?.sentences ?? []).filter((t) => !best.some((s) => s.text === t) && figureInUnit(unit, t));
  return [...best, ...more.map((text) => ({ text, score: 0 }))];
}

/** A place word with a locative suffix ("村里", "县里", "市内"): the place is named by its first part ("进村"). */
const LOCATIVE = /^([\u4e00-\u9fff]{1,2})[里内上]$/;

/** Whether a text names a focus group: one of its words, or the place a locative word names ("村里" → 村). */
function namesGroup(g: string[], text: string): boolean {
  if (g.some((w) => text.includes(w))) return true;
  // A character the plan puts in brackets may be read or left out: "居住（小）区" names 小区 and 居住区.
  if (text.includes('（')) {
    const read = [text.replace(/（([\u4e00-\u9fff]{1,2})）/g, '$1'), text.replace(/（[\u4e00-\u9fff]{1,2}）/g, '')];
    if (g.some((w) => read.some((r) => r.includes(w)))) return true;
  }
  const place = LOCATIVE.exec(g[0]!)?.[1];
  if (place !== undefined && text.includes(place)) return true;
  // A level of government named by its character in a list of levels ("乡镇一级" in 省市县乡四级).
  return LEVEL_WORD.test(g[0]!) && [...text.matchAll(LISTED_LEVELS)].some((m) => m[1]!.includes(g[0]![0]!));
}

/** Words naming a level of government: 乡镇, 县里, 市里 … */
const LEVEL_WORD = /^(?:乡镇|乡里|县城|县级|县里|市级|市里|省级|省里|镇里|镇上|街道)$/;

/**
 * Verbs a yes/no question asks of its topic — will it exist, grow, be open, be spread ("托育机构会增加吗"): what
 * is asked, not what it is about. The sentence that names the topic with the plan's measure for it answers them
 * ("加快建设托幼一体的托育机构"); a sentence that does not name the topic never does.
 */
const YES_NO_PREDICATES = new Set(['增加', '增多', '扩大', '新建', '建设', '建立', '发展', '开放', '提高', '普及', '推广', '覆盖', '实现', '实行', '推行', '保留', '设立', '提供']);

/**
 * A yes/no question whether someone can get, join or use something ("能拿吗", "可以申请吗", "能上公办幼儿园吗"), or pay
 * into it themselves ("我跑外卖的，工伤保险能自己交吗"): it asks who qualifies, which a sentence saying the thing is provided does not settle.
 */
const ASKS_ENTITLEMENT = /(?:能|可以|可不可以|能不能|能否)(?:自己|也|还)?(?:拿|领|享受|享有|申请|办理?|报销|上|进|住|入|交(?![流通往友])|缴|参保)|算不算|(?<![计打清结])算(?:是)?[^，,。？?\s]{1,8}[吗么][？?]?$|属不属于|属于[^，,。？?\s]{1,8}[吗么][？?]?$/;

/** A question asking for a number to call ("打什么电话", "热线是多少"). */
const ASKS_PHONE = /电话|热线|号码|拨打|打几号|phone|hotline/;
/** A text giving a number to call ("“12348”公共法律服务热线"): it measures what a phone question asks. */
const GIVES_PHONE = /\d{3,}[”"]?[\u4e00-\u9fff]{0,10}(?:热线|电话)|(?:热线|电话)[“"]?\d{3,}/;

/**
 * A question whether something is or will be there ("有没有托育点", "会不会多建", "会有…吗"), not whether one can do
 * or get something (能…吗). 会 inside a word (社会, 机会, 协会 …) is not the modal.
 */
const ASKS_EXISTENCE = /有没有|(?<![社机协学大聚都约体理领])会(?:不会|有|[^，。？?！!]{0,8}[吗么])|还有|多[一些建]/;

/** Verbs by which a sentence says a thing will be provided: the yes/no predicates, and 建有/建成/开展/举办. */
const PROVIDES = [...YES_NO_PREDICATES, '建有', '建成', '开展', '举办'];

/**
 * Whether a sentence says the topic of a yes/no question about whether something will be ("家门口有没有托育点")
 * is provided: a verb of PROVIDES with a focus word within eight characters after it, in the same phrase
 * ("加快建设托幼一体的托育机构"; not "推广计划，加强幼儿园…"),
 * not a sentence that names it in passing ("推动…托育管理等专业人才数据采集"). Not for whether someone can get it.
 */
function statesProvision(q: Question, sentence: string, engine: Engine): boolean {
  if (q.asked !== 'yes_no' || !ASKS_EXISTENCE.test(q.simplified) || ASKS_ENTITLEMENT.test(q.simplified)) return false;
  // It names the whole topic ("农村的幼儿园": 农村 too), not one word of it.
  if (focusShare(q, sentence, engine, (g) => YES_NO_PREDICATES.has(g[0]!)) < 1) return false;
  const words = q.focus.filter((g) => !YES_NO_PREDICATES.has(g[0]!)).flat();
  for (const verb of PROVIDES) {
    for (let at = sentence.indexOf(verb); at >= 0; at = sentence.indexOf(verb, at + 1)) {
      const after = sentence.slice(at + verb.length, at + verb.length + 8).split(/[，,；;：:。]/)[0]!;
      if (words.some((w) => after.includes(w))) return true;
    }
  }
  return false;
}

/**
 * A figure that says how far a thing is provided: a count per place ("每个设区市建有1处精神卫生福利设施") or a rate
 * reached ("参训率达到100%", "追溯覆盖率达到95%", "接种率以乡镇为单位达到95%", "100%向社会开放").
 */
const PROVISION_FIGURE = /每个[\u4e00-\u9fff（）]{1,8}?(?:都|均)?(?:建有|建成|设有|配备|至少建有|至少有)[^，。；]{0,3}\d|(?:率|占比|比重|覆盖面)[\u4e00-\u9fff]{0,6}?(?:达到|保持在?|稳定在|提高到|提升至|为)\s*\d+(?:\.\d+)?%|\d+(?:\.\d+)?%\s*向社会开放/;

/** Words asking how far a thing goes ("会全部开放吗", "所有村都有吗"): what a provision figure states, not its topic. */
const HOW_FAR = new Set(['全部', '所有', '全面', '普遍', '全都', '都有', '每个', '各个', '全覆盖', '覆盖']);

/** Taking part (能参加吗): what a participation rate (参训率) states, not the topic. */
const TAKING_PART = new Set(['参加', '参与']);

/** Heads naming a place that provides a service: one names another ("精神卫生福利机构" — "精神卫生福利设施"). */
const FACILITY_HEADS = ['机构', '设施', '中心', '基地', '场所', '站点', '之家'];

/** Heads naming a whole of working parts: one names the other ("质量追溯系统" — "质量追溯体系"). */
const SYSTEM_HEADS = ['体系', '系统'];

/** Whether a window names a focus group, a facility head counting as any other ("机构" is named by "设施"), 系统 as 体系. */
const namesInWindow = (g: string[], text: string) =>
  namesGroup(g, text) || [FACILITY_HEADS, SYSTEM_HEADS].some((heads) => heads.includes(g[0]!) && heads.some((h) => text.includes(h)));

/**
 * Whether a window's figure answers a yes/no question whether something will be there ("每个市都会有儿童福利院吗"):
 * the window names the question's topic and says, with its figure, how far it is provided (PROVISION_FIGURE). Not
 * for whether someone can get something (能申请…吗), nor for a question hinging on a word the plan never uses
 * ("会取消吗"): such a figure answers another question.
 */
function statesProvisionFigure(q: Question, text: string): boolean {
  if (!asksProvision(q) || askedAbsent(q).length > 0) return false;
  // Each comma part with a figure states how far and names the thing asked, not only whom or where it is for:
  // "3岁以下婴幼儿…筛查率达到85%，国家免疫规划疫苗接种率…达到95%" names 孩子 in one part and 疫苗 in the other, and its 85%
  // answers another question; "推动…养老服务设施建设，确保设施达标率达到100%" goes on about the 设施 it named.
  const parts = figureParts(text);
  // With two figures, each states the whole topic, or goes on to the part after it ("退役军人适应性培训参训率达到100%，有
  // 职业技能培训意愿的参训率达到100%"): "主要食品安全追溯覆盖率达到95%" beside "城区农贸市场质量追溯体系…建成率达到95%" measures
  // another thing for a question on the market's 质量追溯.
  const leadsOn = (i: number) => i + 1 < parts.length && GOES_ON.test(parts[i + 1]!);
  return (
    parts.length > 0 &&
    parts.every((p, i) => PROVISION_FIGURE.test(p) && (partStatesProvision(q, p) || (namesThing(q, p) && (parts.length === 1 || leadsOn(i))) || continuesThing(q, p, text))) &&
    partStatesProvision(q, text)
  );
}

/**
 * Whether a figure part measures what an earlier part of its window said of the thing asked: its rate's noun is there
 * ("提升家庭医生签约覆盖面…，到2025年，…重点人群签约率达到70%": 签约).
 */
function continuesThing(q: Question, part: string, window: string): boolean {
  const noun = /([\u4e00-\u9fff]{2})(?:率|占比)/.exec(part)?.[1];
  const at = window.indexOf(part);
  if (noun === undefined || at <= 0) return false;
  const before = window.slice(0, at);
  return before.includes(noun) && namesThing(q, before);
}

/**
 * Whether a text names a focus group other than the people the thing asked is for (孩子, 老人): a part that names only
 * them states something else about them ("3岁以下婴幼儿…筛查率达到85%" for a question on their vaccines). A question
 * naming nothing but people is not checked.
 */
function namesThing(q: Question, text: string): boolean {
  const people = (g: string[]) => g.some((w) => PEOPLE_GROUPS.some((p) => w.includes(p) || p.includes(w)));
  const things = q.focus.filter((g) => !people(g) && !YES_NO_PREDICATES.has(g[0]!) && !HOW_FAR.has(g[0]!) && !TAKING_PART.has(g[0]!) && !FUNCTION_WORDS.has(g[0]!) && !isMeasureWord(g));
  // A part going on about the facility the part before named names it by its head ("确保设施达标率" after 养老服务设施).
  const byHead = (g: string[]) => FACILITY_HEADS.some((h) => g[0]!.endsWith(h) && text.includes(h));
  return things.length === 0 || things.some((g) => namesInWindow(g, text) || byHead(g));
}

/** A window's comma parts that hold a figure, a leading "到2025年" (which only dates the rest) aside. */
const figureParts = (text: string) => text.split(/[，,；;]/).filter((p) => hasFigure(p) && !/^到\d{4}年$/.test(p));

/** Whether one comma part states, with its figure, how far the question's topic is provided. */
function partStatesProvision(q: Question, text: string): boolean {
  if (!PROVISION_FIGURE.test(text)) return false;
  // "每个村都会有…吗" is not answered by a count per 设区市: the places must share a character (市 in 设区市, 县 in 县（市）).
  const askedPlace = /每个([\u4e00-\u9fff]{1,3}?)(?:都|会|能|要|有|建|里)/.exec(q.simplified)?.[1];
  const statedPlace = /每个([\u4e00-\u9fff（）]{1,8}?)(?:都|均)?(?:建有|建成|设有|配备|至少)/.exec(text)?.[1];
  if (askedPlace && statedPlace && ![...askedPlace].some((c) => statedPlace.includes(c))) return false;
  // The window names the whole topic: every focus group but the asked verb, how far and taking part ("退役军人培训有补贴吗"
  // is not answered by 参训率达到100%: 补贴 is not named).
  const aside = notAsked(q);
  const topic = q.focus.filter((g) => !YES_NO_PREDICATES.has(g[0]!) && !isMeasureWord(g) && !HOW_FAR.has(g[0]!) && !TAKING_PART.has(g[0]!) && !FUNCTION_WORDS.has(g[0]!) && !aside(g));
  return topic.length > 0 && topic.every((g) => namesInWindow(g, text));
}

/**
 * A status that singles out some people of a kind ("残疾儿童", "留守儿童", "特殊教育", "特困老人"): a sentence about
 * them is about those, not about the kind a question names.
 */
const PEOPLE_STATUS = ['残疾', '特殊教育', '留守', '困境', '孤儿', '孤残', '孤弃', '流浪', '特困', '低保', '退役军人', '优抚'];

/** People of a kind a question may ask about ("孩子", "老人"); a sentence may speak only of some of them. */
const PEOPLE_KINDS = ['儿童', '孩子', '少年', '未成年', '学生', '老人', '老年人', '妇女', '家庭', '居民'];

/**
 * Whether a supporting sentence is about people of a status the question does not name, when the question asks of a
 * kind of people: "外地户口孩子在杭州上学" is not supported by 扩大轻度残疾儿童普通学校随班就读规模, nor "儿童社保卡" by
 * 农村留守儿童和困境儿童关爱保护制度.
 */
function namesOnlyOthersOfKind(q: Question, sentence: string): boolean {
  if (!PEOPLE_KINDS.some((k) => q.focus.some((g) => g.includes(k)))) return false;
  const asked = (w: string) => q.simplified.includes(w) || q.focus.some((g) => g.some((x) => x.includes(w)));
  // A sentence naming the people the question singles out ("留守儿童") is about them, whoever else it names.
  if (PEOPLE_STATUS.some((w) => sentence.includes(w) && asked(w))) return false;
  return PEOPLE_STATUS.some((w) => sentence.includes(w) && !q.simplified.includes(w) && !q.focus.some((g) => g.some((x) => x.includes(w))));
}

/** A part going on about the subject named before it ("有职业技能培训意愿的参训率达到100%"). */
const GOES_ON = /^(?:到\d{4}年[，,]?)?(?:有|其|并且?|且|以及|同时)/;

/** The plan's groups of people a sentence's provision figure may be about. */
const PEOPLE_GROUPS = ['退役军人', '残疾人', '老年人', '儿童', '婴幼儿', '妇女', '学生', '毕业生', '农民工', '患者', '困难家庭', '困难群众', '特困'];

/**
 * Whether a sentence is about a group of people the question does not name: how far something is provided for them
 * ("退役军人适应性培训参训率达到100%，有职业技能培训意愿的参训率达到100%") is no answer for anyone else (a mother asking
 * whether she can join training).
 */
function aboutOtherPeople(q: Question, sentence: string, window: string, engine: Engine): boolean {
  // A window that starts by going on about the subject before it ("有职业技能培训意愿的参训率达到100%", after
  // 退役军人适应性培训参训率达到100%) is about whom the sentence named before it; any other is about what it names.
  const goesOn = GOES_ON.test(window);
  const at = sentence.indexOf(window);
  const scope = !goesOn || at < 0 ? window : sentence.slice(0, at + window.length);
  const named = namedPeople(q, engine);
  const asker = (p: string) => q.focus.some((g) => g.some((w) => w.includes(p) || p.includes(w))) || named.some((w) => w.includes(p) || p.includes(w));
  const groups = PEOPLE_GROUPS.filter((p) => scope.includes(p));
  // A list of groups that holds the asker's ("老年人、慢性病患者、残疾人等重点人群签约率") is about them too.
  return groups.some((p) => !asker(p)) && !groups.some(asker);
}

/**
 * Who the person says the question is about, anywhere in it — the story told before the question included ("我儿子刚退伍
 * 回来，…有没有培训可以参加": 退伍 → 退役军人): the plan's words for them, and the plan words of the everyday ones.
 */
function namedPeople(q: Question, engine: Engine): string[] {
  const plan = PEOPLE_GROUPS.filter((p) => q.simplified.includes(p));
  const everyday = engine.vocab.colloquial.filter(([word]) => q.simplified.includes(word)).flatMap(([, terms]) => terms);
  return [...plan, ...everyday];
}

/**
 * A yes/no question whether a thing will be there, grow or be open — not whether someone can get it (能申请…吗) nor
 * whether one pays for it ("家庭医生签约要钱吗", "快递进村要加钱吗"): a figure of how far it is provided answers only the first.
 */
function asksProvision(q: Question): boolean {
  return q.asked === 'yes_no' && !ASKS_ENTITLEMENT.test(q.simplified) && !ASKS_WHETHER_PAID.test(q.simplified) && !ASKS_QUALITY.test(q.simplified);
}

/**
 * A yes/no question whether something gets better in some way ("看病会不会方便一点", "办事会更快吗"): a quality, not whether
 * a thing is there; a share or a count of it does not say (a distance answers "近一点", ASKS_DISTANCE).
 */
const ASKS_QUALITY = /(?:更|会不会|能不能|会|能)[\u4e00-\u9fff]{0,2}(?:方便|便利|便宜|容易|简单|省事|快|近|远|好)(?:一点|一些|些|点)?(?:吗|么|呢)?[？?]?$/;

/** A question asking whom to turn to ("碰到法律上的事能找谁", "该找哪个部门"): a hotline the plan names answers it. */
const ASKS_CONTACT = /找谁|联系谁|问谁|求助谁|找哪(?:个|些|家)?(?:部门|单位|机构|地方)/;

/** Whether the text gives a number to call, and the question asks for one or whom to turn to. */
function givesAskedPhone(q: Question, text: string, sentence: string, engine: Engine): boolean {
  return (ASKS_PHONE.test(q.simplified) || ASKS_CONTACT.test(q.simplified)) && GIVES_PHONE.test(text) && phoneOfTopic(q, sentence, engine);
}

/**
 * Whether a sentence giving a number is about what the question asks the number of: "心理援助热线" is not answered by
 * 12348, the legal-service line ("…公共法律服务热线…法律援助…" answers "法律援助打什么电话"). A question naming nothing
 * but the number it wants is not checked.
 */
function phoneOfTopic(q: Question, sentence: string, engine: Engine): boolean {
  // The whole topic of the clause asking for the number ("…法律顾问吗？遇到法律问题可以找谁": 法律), when it names one.
  const clause = q.simplified.split(/[，,。？?！!；;\s]/).find((c) => ASKS_PHONE.test(c) || ASKS_CONTACT.test(c)) ?? q.simplified;
  const inClause = q.focus.some((g) => g.some((w) => clause.includes(w)));
  const aside = (g: string[]) => inClause && !g.some((w) => clause.includes(w));
  const skip = (g: string[]) => g.some((w) => ASKS_PHONE.test(w) || /^(?:号码|电话|热线|联系|找|咨询|拨打|求助)/.test(w)) || FUNCTION_WORDS.has(g[0]!) || YES_NO_PREDICATES.has(g[0]!) || aside(g);
  if (q.focus.every(skip)) return true;
  // A clause asking for a number and naming nothing ("有没有电话可以咨询") asks about the words before it: one of them named.
  const share = focusShare(q, sentence, engine, skip);
  return inClause ? share >= 1 : share > 0;
}

/**
 * Prepositions and other function words the plan's lexicon happens to hold ("有针对自闭症儿童的康复政策吗"): they
 * name no topic, so a sentence is not preferred for holding them ("加强针对老年人、儿童等人群…").
 */
const FUNCTION_WORDS = new Set(['针对', '关于', '对于', '有关', '通过', '根据', '按照', '进行', '以及', '目前', '现在']);

/** The IDF-weighted share of the focus groups a text names; `skip` leaves groups out of the count, as function words always are. */
export function focusShare(q: Question, text: string, engine: Engine, skip: (g: string[]) => boolean = () => false): number {
  const weight = (g: string[]) => groupIdf(g, engine);
  const counted = q.focus.map((g) => !skip(g) && !FUNCTION_WORDS.has(g[0]!));
  const total = q.focus.reduce((s, g, i) => s + (counted[i] ? weight(g) : 0), 0);
  if (total === 0) return 0;
  const names = q.focus.map((g) => namesGroup(g, text));
  // A compound's head counts only with its modifier ("创业补贴" is not named by "生活补贴").
  const named = names.map((n, i) => n && (q.modifierOf[i]! < 0 || names[q.modifierOf[i]!]!));
  return q.focus.filter((_, i) => named[i] && counted[i]).reduce((s, g) => s + weight(g), 0) / total;
}

/**
 * A focus word that only says how often or per whom (每年, 每月, 每人): it names no topic, so a sentence that
 * names only it ("每年发放创业担保贷款20亿元") does not speak of what was asked ("低保每年领多少").
 */
const isMeasureWord = (g: string[]) => /^[每一两年月天日周人次个户元钱]+$/.test(g[0]!);

/**
 * Enjoying what is provided (能和本地人享受一样的…吗): asked of the topic as the predicates are; the plan says 享有 or
 * 享受 ("推动…未落户常住人口逐步享有与户籍人口同等的基本公共服务").
 */
const ENJOYING = new Set(['享受', '享有']);

/**
 * A focus group whose words another group also holds ("体育场地" beside "体育场/体育设施/体育场地"): the question said one
 * thing twice, so it is named when that other group is.
 */
const subsumed = (q: Question) => (g: string[]) => q.focus.some((h) => h !== g && h.length > g.length && g.every((w) => h.includes(w)));

/**
 * Focus groups the question names only in the story told before the clause that asks ("周末想带娃去学校操场跑跑步，
 * 学校的体育场地会对外开放吗": 娃, 带娃): what is asked is the asking clause's topic, or said twice — neither need be
 * named by the sentence that answers it.
 */
const notAsked = (q: Question, storyAsks = true) => {
  const said = subsumed(q);
  const asking = q.simplified.slice(askingClauseStart(q.simplified));
  // A clause that asks and names nothing ("我妈想参加职业技能培训，有没有？") asks about the words before it — for what is
  // missing; a figure is still shown only for the clause that asks ("我是高校毕业生，想创业，政府支持吗" shows no loan sum).
  const story = storyAsks && !q.focus.some((g) => g.some((w) => asking.includes(w)));
  return (g: string[]) => said(g) || (!story && !g.some((w) => asking.includes(w)));
};

/**
 * Whether a text states what a yes/no question asks of its topic: it names every focus word but the asked verb,
 * and the question asks about no everyday word the plan never uses (askedAbsent) — such a word is what is asked
 * ("可以补交吗", "有前途吗"), and no plan sentence states it.
 */
function statesTopic(q: Question, text: string, engine: Engine, storyAsks = true): boolean {
  const aside = notAsked(q, storyAsks);
  // Taking part (参加) is what the person would do with the thing, when asked whether there is one ("有没有培训可以参加"),
  // not whether they may ("能不能参加职业技能培训": who qualifies).
  const takingPart = ASKS_EXISTENCE.test(q.simplified) && !/(?:能|可以|能不能|可不可以|能否)参[加与]/.test(q.simplified);
  const isPredicate = (g: string[]) => YES_NO_PREDICATES.has(g[0]!) || ENJOYING.has(g[0]!) || (takingPart && TAKING_PART.has(g[0]!)) || aside(g);
  return askedAbsent(q).length === 0 && q.focus.some((g) => !isPredicate(g)) && focusShare(q, text, engine, isPredicate) >= 1;
}

/**
 * Whether a text names what the question asks about, not only whom it is for or the story told before it: "我有残疾，…想签
 * 家庭医生可以吗" is about 家庭医生, so a service for 残疾人 in employment is not. True when the question names nothing else.
 */
export function namesAskedTopic(asked: Question, text: string, engine: Engine): boolean {
  const q = withStandIns(asked, engine);
  const aside = notAsked(q);
  const people = (g: string[]) => g.some((w) => PEOPLE_GROUPS.some((p) => w.includes(p) || p.includes(w)) || ANY_PEOPLE.has(w));
  const skip = (g: string[]) => aside(g) || people(g) || YES_NO_PREDICATES.has(g[0]!) || isMeasureWord(g) || FUNCTION_WORDS.has(g[0]!);
  if (q.focus.every(skip)) return true;
  return focusShare(q, text, engine, skip) > 0;
}

/** The object of a verb of asking for something (申请低保, 领失业金, 办居住证, 交社保), up to the particle or a comma. */
const VERB_OBJECT = /(?:申请|申领|领取|领|办理|办|交纳|缴纳|缴|交|享受|参加|报销)(?:到|上|了)?([\u4e00-\u9fff]{2,10}?)(?=[吗么呢嘛？?，,。!！]|需要|要|的|有|怎么|如何|多少|标准|条件|流程|手续|材料|$)/g;
/** The subject of 有没有/会不会/是什么 …: the words before it, from the last comma. */
const SUBJECT_ASKED = /([\u4e00-\u9fff]{2,10})(?:有没有|会不会|是什么|是啥|是否|能不能|可不可以)/g;

/**
 * The focus groups naming the thing asked about: those inside the object of 申请/领/办/交 or the subject of
 * 有没有/会不会 in the question's last clause ("我一个人带两个孩子，能申请低保吗" → 低保). Empty when the question has
 * no such phrase, or it holds no focus word.
 */
export function askedThing(q: Question): string[][] {
  const clause = q.simplified.split(/[，,。；;！!]/).filter((c) => c.trim() !== '').at(-1) ?? '';
  const spans = [...clause.matchAll(VERB_OBJECT), ...clause.matchAll(SUBJECT_ASKED)].map((m) => m[1]!);
  if (spans.length === 0) return [];
  return q.focus.filter((g) => spans.some((span) => span.includes(g[0]!)));
}

/**
 * A count of levels right after the levels it counts ("省市县三级全民健康信息平台", "省市县乡四级"): it restates the list,
 * saying where the thing is provided. It does not keep the words from being shown when the person names those levels
 * themselves ("在县里、市里、省里不同医院看病") or asks whether the thing will be there ("乡镇一级会不会也有…储备点",
 * "有没有…协会"); asked where to go ("储备点在哪"), it is a figure like any other.
 */
const LISTED_LEVELS = /([省市县区乡镇街村]{2,6})[两二三四五]级/g;
const withoutListedLevels = (q: Question, text: string) =>
  text.replace(LISTED_LEVELS, (m, levels: string) => (asksProvision(q) || [...levels].filter((c) => q.simplified.includes(c)).length >= 2 ? '' : m));

/**
 * A question asking whether what the person heard is true ("听说…大头都花在民生上了，是真的吗"): the claim told before it
 * is what is asked, so the plan's words stating it, with their figure, answer it.
 */
const ASKS_CLAIM = /(?:是|是不是)真的|真的(?:吗|么|假的)|属实|有这回事|有这事/;

/** A page's byline: its date and source. */
const BYLINE = /^发布日期[:：]/;
/** A question about the plan's issuing: when, by whom, where it came from. */
const ASKS_ISSUE = /发布|印发|出台|公布|颁布|哪天|日期|时间|哪个部门|谁发|(?:规划|文件)[^，。？?]{0,4}来源/;

/**
 * Picks the points that answer the question, best first: the lead must name the focus when any candidate
 * does; a window shows a figure only when that figure measures what was asked, otherwise the figure-free
 * words of the sentence are shown (the citation still quotes the whole sentence). `leadFrom` (a staff
 * correction's clauses) restricts the lead to those clauses.
 */
export function selectPoints(asked: Question, hits: ClauseHit[], engine: Engine, leadFrom: readonly string[] = []): Point[] {
  const q = withStandIns(asked, engine);
  const unit = unitOf(q);
  const qTokens = new Set(q.prepared.tokens);
  const overlap = (text: string) => {
    let s = 0;
    // Words and bigrams only: single characters help recall in search but blur which words answer.
    for (const t of planWords(engine, text)) if (t.length > 1 && qTokens.has(t)) s += engine.idf(t);
    return s;
  };
  // The numbers the person wrote (digits only: "16岁" names the 16 of "16周岁").
  const named = new Set(figuresIn(q.simplified).map((f) => f.replace(/\D/g, '')).filter((d) => d !== ''));
  // The web page's byline ("发布日期:…来源：省政府办公厅") is no statement of the plan: it answers only when and by whom it was issued.
  const byline = (text: string) => BYLINE.test(text) && !ASKS_ISSUE.test(q.simplified);
  const raw = hits.slice(0, Math.max(CLAUSES_CONSIDERED, leadFrom.length)).flatMap((hit) =>
    sentencesOf(q, hit, engine).filter((s) => !byline(s.text)).map((s) => {
      // A clause found through an everyday phrasing the question rewords speaks to its focus in other words.
      const focus = Math.max(focusShare(q, s.text, engine), hit.phrasing ? focusShare(q, planNormalized(engine, hit.phrasing), engine) : 0);
      // A figure speaks to the question only in a sentence that names its topic, not just its 每年 or 每人.
      const topical = Math.max(focusShare(q, s.text, engine, isMeasureWord), hit.phrasing ? focusShare(q, planNormalized(engine, hit.phrasing), engine, isMeasureWord) : 0);
      // A figure is shown only where it measures what was asked, in a sentence that names the focus, or where
      // every figure is one the person named ("听说要延长到18岁" → "从16周岁延长至18周岁").
      // A yes/no question about whether something will be ("会建社会福利中心吗") is answered by the words that
      // state it, with their figure when the figure is what states it ("至少建有1家社会福利中心"); not one whether
      // someone can get it ("能申请低保吗"): no figure of a sentence about it says who qualifies.
      // A claim the person heard ("听说…，是真的吗") is asked in the story before 是真的吗: its words are the topic.
      const provides = (text: string) => !aboutOtherPeople(q, s.text, text, engine) && (statesProvisionFigure(q, text) || (asksProvision(q) && statesTopic(q, text, engine, ASKS_CLAIM.test(q.simplified)) && figureParts(text).length > 0 && figureParts(text).every((p) => namesThing(q, p))));
      const shows = (text: string) =>
        !hasFigure(withoutListedLevels(q, text)) || (topical > 0 && ((figureInUnit(unit, text) && sumOfAsked(q, unit, text)) || provides(text) || figuresIn(text).every((f) => named.has(f.replace(/\D/g, ''))) || givesAskedPhone(q, text, s.text, engine)));
      const scored = (text: string) => (shows(text) ? (overlap(text) + 1) * (hasFigure(withoutListedLevels(q, text)) ? FIGURE_BONUS : 1) : -1);
      const window = bestWindow(s.text, scored);
      const measures =
        topical > 0 && (figureInUnit(unit, s.text) || givesAskedPhone(q, s.text, s.text, engine) || statesProvision(q, s.text, engine) || (window.score >= 0 && !aboutOtherPeople(q, s.text, window.text, engine) && statesProvisionFigure(q, window.text)));
      // Whether someone can get or pay into something ("我跑外卖算灵活就业，能交养老保险吗") is answered by the sentence naming
      // them as people it provides for ("推进居民、灵活就业人员和进城务工人员等参保"), not by one about the thing alone.
      const covers = q.asked === 'yes_no' && ASKS_ENTITLEMENT.test(q.simplified) && coversAskers(q, s.text, engine, hit.phrasing);
      // A clause whose everyday phrasing the question rewords adds the phrasing's share of its score to each of its
      // sentences: they say in the plan's words what the phrasing asks in the person's.
      const bm25 = s.score + (hit.phrasing ? hit.score - (hit.sentences[0]?.score ?? 0) : 0);
      return { text: window.score >= 0 && shows(window.text) ? window.text : null, sentence: s.text, hit, bm25, cover: Math.max(0, window.score), focus, measures: measures || covers };
    }),
  );
  if (raw.length === 0) return [];
  const maxBm25 = Math.max(...raw.map((c) => c.bm25)) || 1;
  const maxCover = Math.max(...raw.map((c) => c.cover)) || 1;
  const namesFocus = raw.some((c) => c.focus > 0);
  const candidates = raw
    .map((c) => ({ ...c, score: c.bm25 / maxBm25 + c.cover / maxCover + FOCUS_WEIGHT * c.focus + (c.measures ? MEASURE_BONUS : 0) }))
    .sort((a, b) => b.score - a.score);
  const corrected = candidates.filter((c) => leadFrom.includes(c.hit.id));
  const lead = corrected[0] ?? candidates.find((c) => !namesFocus || c.focus > 0)!;
  const points: Point[] = [lead];
  // Support adds what the points so far leave out: a sentence naming a focus word none of them names is taken
  // first, and from further below the lead ("技能提升补贴": the lead speaks of 失业保险, the support of 技能提升).
  // When the question names the thing it asks about (the object of 申请/领/办/交, the subject of 有没有/会不会),
  // a supporting sentence names it too: "城镇居民能申请低保吗" is not supported by a sentence on 城镇居民 alone.
  const thing = askedThing(q);
  // A supporting figure names all the lead names of the question's focus: "娃打疫苗能普及到多少" is not supported by a
  // rate about 婴幼儿 alone (科学育儿知识普及率达到90%), which answers another question. A figure in the unit asked from
  // the lead's own clause still supports it (the issuing date of "规划是哪天印发的" shares no word with the question).
  const leadNames = q.focus.filter((g) => namesGroup(g, lead.sentence));
  const open = candidates.filter(
    (c) =>
      c.sentence !== lead.sentence &&
      (c.text === null || !hasFigure(c.text) || leadNames.every((g) => namesGroup(g, c.sentence)) || (c.hit.id === lead.hit.id && figureInUnit(unit, c.text))) &&
      (!namesFocus || c.focus > 0) &&
      (thing.length === 0 || thing.some((g) => namesGroup(g, c.sentence))) &&
      !namesOnlyOthersOfKind(q, c.sentence) &&
      (corrected.length === 0 || leadFrom.includes(c.hit.id)),
  );
  while (points.length < MAX_POINTS) {
    const said = points.map((p) => p.sentence).join('');
    const addsFocus = (c: (typeof open)[number]) => q.focus.some((g) => !g.some((w) => said.includes(w)) && g.some((w) => c.sentence.includes(w)));
    const next = open.find((c) => addsFocus(c) && c.score >= lead.score * NEW_FOCUS_RATIO) ?? open.find((c) => c.score >= lead.score * SUPPORT_RATIO);
    if (!next) break;
    points.push(next);
    open.splice(open.indexOf(next), 1);
  }
  return points.map(({ text, sentence, hit, score }) => ({ text, sentence, hit, score }));
}

/**
 * An open question for a policy, a regulation or its details ("入园政策", "福利政策有哪些好处", "资助实施细则"), but
 * not one asking which measures there are ("有哪些扶持政策"): the plan's measures answer that.
 */
const ASKS_POLICY_TEXT = { test: (t: string) => /政策|规定|细则|办法|条例|文件/.test(t) && !/(?:有哪些|有什么|哪些|什么)[\u4e00-\u9fff]{0,8}(?:政策|规定|办法)/.test(t) };


/** Words asking who qualifies ("哪些人可享…", "什么人能…"), wherever they stand in the question. */
const ASKS_WHO = /哪些人|什么人|哪类人|谁可以|谁能/;

/** A calendar date or a year named in a question. */
const DATE_NAMED = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{2}\s*年/g;

/**
 * What the plan leaves unspecified of what was asked, judged from the lead and support: the plan states goals
 * and directions, so amounts, steps, places, definitions and deadlines are usually not there.
 */
export function missingOf(asked: Question, points: Point[], engine: Engine): string | null {
  const q = withStandIns(asked, engine);
  const said = points.map((p) => p.sentence).join('');
  // A date the person names ("9月30日是什么纪念日") that the plan's sentences never mention is not answered by them.
  const dates = (q.simplified.match(DATE_NAMED) ?? []).map((d) => d.replace(/\s/g, '').replace(/号$/, '日'));
  const first = attributeMissing(q, { asked: q.asked, unit: q.unit }, points, said, engine);
  // The other parts of the question: the first thing they ask that the plan does not give.
  // "哪些人可享免费…检查" asks who qualifies as well as the price: the conditions are one more thing asked.
  const also = ASKS_WHO.test(q.simplified) && q.asked !== 'condition' && !q.alsoAsked.some((a) => a.asked === 'condition') ? [...q.alsoAsked, { asked: 'condition' as const, unit: null }] : q.alsoAsked;
  const more = also.map((a) => attributeMissing(q, a, points, said, engine)).find((m) => m !== null) ?? null;
  // Everyday ways of asking a condition, a definition, a procedure or who pays ("有哪些门槛", "什么才算…", "如何向…举报").
  const extra = moreAsked(q).map((a) => attributeMissing(q, a, points, said, engine)).find((m) => m !== null) ?? null;
  const dateMissing = dates.some((d) => !said.includes(d));
  // "9月30日是烈士纪念日吗": a date the sentences never mention is more precise to say than "您具体问的这一点".
  if (dateMissing && q.asked === 'yes_no' && first === MISSING_TEXT.general) return MISSING_TEXT.date;
  // What exactly is left unspecified is more use than "您具体问的这一点".
  if (first === MISSING_TEXT.general && extra !== null) return extra;
  return first ?? more ?? extra ?? (dateMissing ? MISSING_TEXT.date : null);
}

/**
 * "符合条件的优抚对象" and "纳入资助对象的学生" name who is meant without saying what the conditions are: they
 * answer no question about them. What is left of the text after taking such phrases out.
 */
const WITHOUT_CONDITION_REFERENCES = (text: string) => text.replace(/符合(?:相关|规定)?条件的?(?:对象|人员|家庭|人群|学生)?|(?:纳入|列入)[\u4e00-\u9fff]{0,6}对象的?/g, '');

/** A sentence read with what its 城乡 covers: the countryside (农村, 乡村) as well as the towns. */
const countryside = (sentence: string) => (sentence.includes('城乡') ? `${sentence}（农村、乡村）` : sentence);

/** Whether one can get, join or use something ("能申请", "能住上"): not whether one counts as something (算…吗), nor 上门. */
const CAN_GET = /(?:能|可以|可不可以|能不能|能否)(?:自己|也|还)?(?:拿|领|享受|享有|申请|办理?|报销|上(?!门)|进|住|入|交(?![流通往友])|缴|参保)/;

/**
 * Whether a sentence covers by name whom a question of entitlement asks about: it names the whole focus and one of
 * the words naming them, said before 能/可以 ("咱家是城镇低保户，…能申请公租房吗": 低保户 → 低保), as "实现城镇低保、
 * 低收入住房困难家庭应保尽保" does. Not "我是外地户口，也能申请公租房吗": no sentence about 公租房 names 户籍.
 */
function coversAskers(q: Question, sentence: string, engine: Engine, phrasing?: string): boolean {
  const at = q.simplified.search(CAN_GET);
  // The clause found through an everyday phrasing the question rewords names its focus in other words (参保 for 养老保险).
  // What the person says they have not got ("我是跑外卖的，没有单位，…": 单位) need not be named.
  const aside = (g: string[]) => lacked(q.simplified, g[0]!);
  const share = Math.max(focusShare(q, countryside(sentence), engine, aside), phrasing ? focusShare(q, planNormalized(engine, phrasing), engine, aside) : 0);
  if (at <= 0 || share < 1) return false;
  // Who asks: the story before the clause that asks ("咱家是城镇低保户，…"), or, in one clause, the words before 能
  // ("城里低保户住房困难能住上…"); not the thing itself ("国家助学金能拿吗"), nor people of any kind (学生, 孩子).
  const story = askingClauseStart(q.simplified);
  const subject = q.simplified.slice(0, story > 0 ? story : at);
  const thing = story > 0 ? [] : askedThing(q).flat();
  const askers = [
    ...q.focus.filter((g) => subject.includes(g[0]!)).flat(),
    ...engine.vocab.colloquial.filter(([word]) => subject.includes(word)).flatMap(([, terms]) => terms),
  ].filter((w) => !thing.includes(w) && !ANY_PEOPLE.has(w));
  // Named as people the sentence provides for (城镇低保、低收入住房困难家庭), not as a stage or a place of the measure
  // ("推进普通高中新课程…，按标准对纳入资助对象的学生提供国家助学金" does not say which 普高 pupils get it).
  const asPeople = (w: string) => {
    for (let i = sentence.indexOf(w); i >= 0; i = sentence.indexOf(w, i + 1)) if (PEOPLE_HEAD.test(sentence.slice(i, i + 16).split(/[，,。；;]/)[0]!)) return true;
    return false;
  };
  return askers.some(asPeople);
}

/** Whether every mention of a word follows a negation ("没有单位", "无房", "不是本地户口"): what the person lacks. */
function lacked(text: string, word: string): boolean {
  let seen = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/(?:没有|没|无|不是)$/.test(text.slice(Math.max(0, at - 2), at))) return false;
    seen = true;
  }
  return seen;
}

/** People of any kind: naming them says nothing of which of them qualify. */
const ANY_PEOPLE = new Set(['学生', '儿童', '孩子', '小孩', '老人', '老年人', '居民', '群众', '人员', '家庭', '职工', '人口', '妇女']);

/** The head of a phrase naming people: 家庭, 人员, 群体, 对象 … */
const PEOPLE_HEAD = /家庭|人员|人口|群体|人群|对象|学生|儿童|老人|老年人|妇女|农民工|户/;

/**
 * Whether a sentence saying 免费 names the topic of the clause asking whether one pays ("孕前检查免费吗？杭州去哪里做":
 * 孕前检查, not 杭州): "免费开展婚前孕前优生健康检查" does not say a newborn's check-up is free.
 */
function saidFreeOfTopic(q: Question, sentence: string, engine: Engine): boolean {
  const clause = q.simplified.split(/[，,。；;？?！!]/).find((c) => ASKS_WHETHER_PAID.test(c)) ?? q.simplified;
  return focusShare(q, sentence, engine, (g) => ASKS_WHETHER_PAID.test(g[0]!) || /^[自公]费$/.test(g[0]!) || !g.some((w) => clause.includes(w))) >= 1;
}

/** Chinese numerals a question counts items with ("哪两项"). */
const COUNTED: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * Whether a sentence lists the items a question asks to be named ("“两项补贴”是指哪两项", "包括哪几类"): in one comma part,
 * as many items as asked (or at least two when no number is said), each naming the noun counted (补贴).
 */
export function listsAskedItems(q: Question, sentence: string): boolean {
  const asks = /哪([两二三四五六几])?(?:项|个|类|种|样)|哪些|包括什么|有哪/.exec(q.simplified);
  if (!asks) return false;
  const number = COUNTED[asks[1] ?? ''];
  // The nouns counted: after a count in the question ("两项补贴", "哪两项制度"), else its focus words.
  const counted = [...q.simplified.matchAll(/[两二三四五六几些](?:项|个|类|种|样)?[“"]?([\u4e00-\u9fff]{2})/g)].map((m) => m[1]!);
  const nouns = counted.length > 0 ? counted : q.focus.map((g) => g[0]!);
  return sentence.split(/[，,；;。]/).some((part) => {
    const items = part.split(/和|、|及|与|以及/);
    return nouns.some((noun) => {
      const n = items.filter((item) => item.includes(noun)).length;
      return n >= 2 && (number === undefined || n === number);
    });
  });
}

/** What the plan leaves unspecified of one asked attribute. */
function attributeMissing(q: Question, { asked, unit }: Question['alsoAsked'][number], points: Point[], said: string, engine: Engine): string | null {
  // "办事要跑多远" is answered by the distance or travel time shown ("打造1.5小时偏远农村基本公共服务圈"), open or yes/no.
  if ((asked === 'general' || asked === 'yes_no') && unitOf(q) === '距离' && points.some((p) => p.text !== null && figureInUnit('距离', p.text))) return null;
  switch (asked) {
    case 'amount':
      // An amount's unit is 元, or 元/人 when one person's share is asked (unitFor in question.ts).
      // "要不要自己掏钱" is answered by a sentence saying it is free, as "免费吗" is.
      // The 免费 must be said of the topic: "免费开展婚前孕前优生健康检查" does not say a newborn's check-up is free.
      return UNIT_FIGURE_TABLE[unit ?? '元']!.test(points.filter((p) => sumOfAsked(q, unit ?? '元', p.sentence)).map((p) => p.sentence).join('')) || (ASKS_WHETHER_PAID.test(q.simplified) && points.some((p) => /免费/.test(p.sentence) && saidFreeOfTopic(q, p.sentence, engine))) ? null : MISSING_TEXT.amount;
    case 'ratio':
    case 'count':
    case 'time':
      return points.some((p) => p.text !== null && figureInUnit(unit, p.text)) ? null : MISSING_TEXT[asked];
    case 'condition':
      return /条件|对象|符合/.test(WITHOUT_CONDITION_REFERENCES(said)) && focusShare(q, points[0]!.sentence, engine) >= 1 ? null : MISSING_TEXT.condition;
    case 'place':
      // "法律援助打什么电话" is answered by the hotline the plan names, shown in the text.
      return points.some((p) => p.text !== null && givesAskedPhone(q, p.text, p.sentence, engine)) ? null : MISSING_TEXT.place;
    case 'definition':
      // "“两项补贴”是指哪两项" is answered by a sentence listing them (困难残疾人生活补贴和重度残疾人护理补贴).
      return listsAskedItems(q, points[0]!.sentence) ? null : MISSING_TEXT[asked];
    case 'procedure':
    case 'who':
      // "碰到法律上的事能找谁" is answered by the hotline the plan names, shown in the text.
      return ASKS_CONTACT.test(q.simplified) && points.some((p) => p.text !== null && givesAskedPhone(q, p.text, p.sentence, engine)) ? null : MISSING_TEXT[asked];
    case 'yes_no':
      // "这个助学金能拿吗" asks whether someone qualifies: answered only where the conditions are stated.
      // "城镇低保户能申请公租房吗" is answered by a sentence covering them by name (实现城镇低保…住房困难家庭应保尽保): the
      // lead names the whole question, the people asking included, beside the thing asked.
      if (ASKS_ENTITLEMENT.test(q.simplified)) return coversAskers(q, points[0]!.sentence, engine, points[0]!.hit.phrasing) ? null : attributeMissing(q, { asked: 'condition', unit: null }, points, said, engine);
      // "家庭医生签约要钱吗" asks a price: answered only where the sentences say it is free.
      if (ASKS_WHETHER_PAID.test(q.simplified)) return attributeMissing(q, { asked: 'amount', unit: null }, points, said, engine);
      // "每个市会有精神卫生福利机构吗" is answered by the figure saying how far it is provided ("每个设区市建有1处…"), shown.
      if (points.some((p) => p.text !== null && !aboutOtherPeople(q, p.sentence, p.text, engine) && statesProvisionFigure(q, p.text))) return null;
      // Answered by the lead when it names the topic; the asked verb (增加, 开放 …) is the plan's measure for it.
      // A yes/no question hinging on a word the plan never uses ("自闭症", "补交") is not answered by a sentence without it.
      // "城乡…" speaks of the countryside too ("农村老人的养老金会往上调吗": 落实城乡居民…基础养老金正常调整机制), though a
      // sentence naming 农村 itself is the better lead (so this reading is for what is missing only).
      return statesTopic(q, countryside(points[0]!.sentence), engine) || (askedAbsent(q).length === 0 && focusShare(q, countryside(points[0]!.sentence), engine) >= 1) ? null : MISSING_TEXT.general;
    default:
      // An open question is answered directly only when the lead names all of its focus, and not when it asks for
      // a policy's text ("入园政策", "实施细则"): the plan states directions, the policy itself is elsewhere.
      return focusShare(q, points[0]!.sentence, engine) >= 1 && !ASKS_POLICY_TEXT.test(q.simplified) ? null : MISSING_TEXT.general;
  }
}

/**
 * The draft for the points. `corrected`: staff chose these clauses as the answer, so an open or yes/no question
 * is answered by them; what they leave unspecified of an amount, a procedure or a date is still said.
 */
export function draftAnswer(q: Question, points: Point[], engine: Engine, corrected = false): AnswerDraft {
  const [lead, ...support] = points;
  const missing = corrected && (q.asked === 'general' || q.asked === 'yes_no') ? null : missingOf(q, points, engine);
  // A supporting sentence whose words cannot be shown (each part holds a figure that answers something else) adds nothing to read.
  // What the plan leaves unspecified is set by an office: named from the question's words or the lead's chapter.
  const office = missing ? officeFor(q.simplified, lead!.hit.id) : null;
  return { missing, lead: lead!, support: support.filter((p) => p.text !== null), extra: null, followUp: null, office };
}

/** A heading without its numbering ("2.", "（一）", "七、") or the 〔推定〕 mark of a heading the scrape lost. */
function bareHeading(heading: string): string {
  return heading.replace(/^(?:\d+\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/, '').replace('〔推定〕', '');
}

/**
 * A point's words in the answer text: its figure-free window; when every part of the sentence holds a figure that
 * answers something else, the part of the plan it stands in, so the lead is never empty.
 */
function shown(p: Point, n: number): string {
  return p.text === null ? `规划在${bareHeading(p.hit.path.at(-1) ?? '')}方面对此有表述，原文见引用[${n}]` : `${p.text}[${n}]`;
}

/**
 * Renders a draft to the answer text and its numbered citations: the only place answer text is written. A
 * verified model answer (`body`, citations numbered from 1) takes the place of the extractive points.
 */
export function renderDraft(d: AnswerDraft, body?: { answer: string; citations: Citation[] }): { answer: string; citations: Citation[] } {
  const points = [d.lead, ...d.support];
  const citations: Citation[] = body ? [...body.citations] : points.map((p, i) => ({ n: i + 1, id: p.hit.id, path: p.hit.path, quote: p.sentence }));
  const lines: string[] = [];
  if (d.missing) lines.push(d.missing);
  if (body) lines.push(body.answer);
  else {
    const opening = d.lead.text === null ? '' : d.missing ? '规划相关的表述是：' : '根据规划，';
    lines.push(`${opening}${shown(d.lead, 1)}。`);
    if (d.support.length > 0) lines.push(`规划还提出：${d.support.map((p, i) => shown(p, i + 2)).join('；')}。`);
  }
  if (d.extra) {
    // One number per sentence: an extra citation of a sentence already cited reuses its number.
    const numbers = d.extra.citations.map((c) => {
      const same = citations.find((x) => x.id === c.id && sameSentence(x.quote, c.quote));
      if (same) return same.n;
      citations.push({ ...c, n: citations.length + 1 });
      return citations.length;
    });
    lines.push(...d.extra.lines.map((l) => l.replace(/\[\+(\d+)\]/g, (_, k: string) => `[${numbers[Number(k)]}]`)));
  }
  if (d.office) lines.push(officeReferral(d.office));
  lines.push(PLAN_CAVEAT);
  if (d.rules) {
    const start = citations.length + 1;
    lines.push(...d.rules.lines.map((l) => l.replace(/\[\+(\d+)\]/g, (_, k: string) => `[${start + Number(k)}]`)));
    citations.push(...d.rules.citations.map((c, i) => ({ ...c, n: start + i })));
  }
  if (d.followUp) lines.push(d.followUp);
  return { answer: lines.join('\n'), citations: citations.map((c) => (c.doc ? c : { ...c, doc: 'plan' })) };
}

/** Whether a quote is already shown by a citation's quote of the same clause (the same sentence, its end punctuation aside, or a part of it). */
export function sameSentence(cited: string, quote: string): boolean {
  const bare = (t: string) => t.replace(/[。；;，,！!？?…”’」』）)\s]+$/u, '');
  return bare(cited).includes(bare(quote));
}
