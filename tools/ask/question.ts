/**
 * The question, analysed once per turn: normalized Simplified text, search tokens, the focus (what it is
 * about), the asked attribute (an amount, a time, a procedure …), whether the person speaks of their own
 * situation, the places named, and whether it asks for a transaction or a personal record. Search, scope,
 * lead selection, composition and eligibility all read this one object; no later stage normalizes again.
 */
import type { Engine } from '../../retrieval/engine.ts';
import { askingPart } from '../../retrieval/asking.ts';
import type { PreparedQuery } from '../../retrieval/prepare.ts';
import { speaksOfOwnSituation } from '../eligibility/index.ts';
import type { GeneralIdf } from './general-idf.ts';

/** What the question asks about its focus. */
export type AskedAttribute =
  | 'amount' // money: a subsidy, a fee, a reimbursement, whether it is free
  | 'ratio' // a rate or proportion
  | 'time' // a date, a deadline, how long
  | 'procedure' // how to apply, documents, steps
  | 'place' // where, which office, contact details
  | 'who' // who is responsible, who pays
  | 'condition' // who qualifies, whether someone counts
  | 'definition' // what a term means, how two things differ, what kinds there are
  | 'count' // how many (places, people, items)
  | 'yes_no'
  | 'general';

/** A question, analysed once. */
export interface Question {
  /** The masked text of the last turn, as typed. */
  raw: string;
  /** What is searched: the last turn, or the previous one and this one when it leans on it ("那农村呢？"). */
  text: string;
  /** `text` normalized (全半角, 繁→简, lower case). */
  simplified: string;
  /** What search reads: tokens (own words weighted, expansions included), expansions (失业金 → 失业保险金). */
  prepared: PreparedQuery;
  /**
   * What the question is about, one group per word: a plan word of the question, or an everyday word with the plan
   * terms it stands for (["失业金", "失业保险金"]). Asked-attribute words (标准, 条件, 流程 …) are not focus.
   */
  focus: string[][];
  /**
   * For each focus group, the group written right before it when the two make one compound ("创业补贴":
   * 补贴 is modified by 创业), else -1. A text names such a head only together with its modifier: a sentence on
   * 残疾人生活补贴 does not speak of 创业补贴.
   */
  modifierOf: number[];
  /** Everyday words of the question that the plan never uses, with their general-language IDF, most specific first. */
  absent: { word: string; idf: number }[];
  /** What is asked about the focus. */
  asked: AskedAttribute;
  /** The unit a figure in the answer must be in to measure what was asked (元, %, 年 …), or null. */
  unit: string | null;
  /**
   * What the other parts of the question ask, when they ask something else ("孕前检查免费吗？去哪里做": an amount,
   * then a place): each is said to be missing when the plan does not give it.
   */
  alsoAsked: { asked: AskedAttribute; unit: string | null }[];
  /** The person states facts about their own (or their household's) situation (tools/eligibility, speaksOfOwnSituation). */
  personal: boolean;
  /** Asks to do something or look up a personal record (到账, 进度, 补办, 预约, 缴费): 浙里办 / 12345, not the plan. */
  transaction: boolean;
  /** The question leans on the previous turn. */
  followsUp: boolean;
  /** Mostly Latin script (English). */
  latin: boolean;
}

/** Asked-attribute patterns, first match wins (money before "多少", time before "怎么"). General Chinese, not topics. */
/**
 * A question whether one pays at all ("免费吗", "要不要自己掏钱", "收不收费"), not how much: read as an amount by ASKED,
 * yet answered by a sentence saying 免费 (compose.ts) and counted as a yes/no question by the decision (decide.ts).
 */
export const ASKS_WHETHER_PAID = /免费|[掏花要交出付给加]钱|收费吗|收不收费|要不要[\u4e00-\u9fff]{0,4}(?:钱|费)/;

const ASKED: [AskedAttribute, RegExp][] = [
  ['amount', /多少钱|多少元|收钱|交钱|花钱|掏钱|几块|几百|几千|金额|费用|收费|价格|免费|补贴标准|补助标准|救助标准|保障标准|标准是多少|额度|[发领拿给补报]多少|报销多少|报销比例|多少补贴|每[月个年天].{0,6}(?:多少|钱)|how much|fee|cost|amount/i],
  ['ratio', /比例|占比|百分之|配比|(?<![效频汇])率|percentage|\brate\b|share of/i],
  ['time', /多久|多长时间|什么时候|啥时候|何时|哪天|哪一天|哪年|哪一年|几月|几号|几点|日期|时限|期限|截止|几天|多少天|开学时间|申报时间|开放时间|营业时间|when|how long|deadline|what year/i],
  // 几 after 只剩/只有/才/没/好/这/那 is "a few" ("只剩几个学生的小学"), not a question about a number.
  ['count', /多少|(?<!只剩|只有|才|就|没|好|这|那)几[个家所项处名位人岁年天小万成倍级类]|几加几|目标|how many|target/i],
  ['procedure', /(?:怎么|如何|怎样)(?:投诉|举报|维权|报名|参加|登记|预约|缴纳|认定|鉴定|申诉|反映|签约|备案|注册|开通|转移|落户)|(?:怎么样?|如何|怎样)(?:去|来)?(?:申请|办理)|怎么办|怎么弄|怎么领|如何领|怎么交|怎么缴|怎么算|如何计算|怎么计算|流程|手续|材料|申领|申报|去哪|在哪办|找谁|how (do|can|to) (i )?apply|procedure/i],
  ['who', /谁来|谁负责|谁承担|谁出钱|谁掏钱|谁管|归谁|由谁|who pays|who is responsible/i],
  ['place', /在哪|哪个(?:医院|机构|窗口|地方)|哪家|哪些地方|什么地方|地址|电话|联系方式|哪个部门|什么部门|哪个单位|归哪|where/i],
  ['definition', /什么是|是什么意思|什么意思|啥意思|什么叫|含义|定义|是指|区别|不同|分为|哪几种|哪些种类|什么学历|是几级|属于什么|有什么用|是做什么|干什么的|what is|meaning/i],
  ['condition', /(?:标准|要求)(?:是什么|有哪些|是啥)|什么标准|评判标准|认定标准|条件|资格|算不算|能不能[领享申]|可以[领享申]|[能可]领|哪些人|什么人|谁可以|多大年龄|认定|符合|eligib|qualif/i],
  // 么 ends a yes/no question only as 吗's variant, never in 什么/怎么/这么.
  ['yes_no', /(?:吗|(?<![什怎这那多])么)[？?]?$|吗[，,。]|是否|能否|有没有|可不可以|能不能|会不会|该不该|算不算|是不是/],
];

/** Words that name the asked attribute, not the topic: removed from the focus. */
const ATTRIBUTE_WORDS = new Set([
  '每个', '一个', '这个', '那个', '这些', '那些', '一些', '标准', '条件', '资格', '要求', '流程', '手续', '材料', '办理', '申请', '时间', '期限', '费用', '金额', '价格', '收费', '免费', '比例', '区别', '含义', '定义', '意思', '政策', '规定', '地方', '部门', '电话', '地址', '多少', '多久', '怎么', '什么', '哪些', '如何', '可以', '能否', '是否', '有没有', '需要', '情况', '问题', '方面', '相关', '有关', '国家', '政府', '最新', '具体',
  // The plan's province: every clause is about it, so it names no topic.
  '浙江', '浙江省', '全省', '我省', '省里',
]);

/** The plan named as the place to look ("规划里", "十四五规划中"). */
const PLAN_AS_PLACE = /(?:十四五)?规划(?:里|中|上|内)/g;

/** Generic head nouns: which 补贴 or 机构 is meant is said by the word before them ("创业补贴", "养老机构"). */
const GENERIC_HEADS = new Set(['补贴', '补助', '津贴', '救助', '保险', '待遇', '服务', '机构', '制度', '项目', '中心', '基地', '设施']);

/** Transactions and personal records: the plan cannot do or show them. */
const TRANSACTION = /查(?:询)?(?:一下)?我的|我的.{0,8}(?:记录|进度|明细|余额|账户|缴费|到账)|到账|到帐|办理进度|审核进度|进度查询|补办|挂失|打印.{0,4}(?:证明|清单)|钱.{0,4}(?:下来|到)|什么时候(?:能|会)?(?:下来|发下来|打到)|退.{0,4}多久/;
/** A wish to do something ("我想查…", "帮我预约…"): a transaction, unless the question goes on to ask what will be provided ("…会更开放吗"). */
const WISH = /(?:帮我|给我|我要|我想)(?:办|查|预约|挂号|缴|交|补办|续)/;
const ASKS_WHAT_WILL_BE = /会不会|会[^，。？?！!]{0,8}[吗么]/;

/** English (or other Latin-script) question. */
export function isLatinQuestion(text: string): boolean {
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return latin > cjk * 2;
}

/** A follow-up that leans on the previous question ("那农村呢？", "需要什么条件？"). */
export function isFollowUp(q: string): boolean {
  const t = q.trim();
  if (/^(那|那么|还有|另外|如果|要是|假如|对于|至于|and|what about|how about)/i.test(t)) return true;
  if (/呢[？?]?$/.test(t) && t.length <= 14) return true;
  return t.replace(/[？?！!。，,\s]/g, '').length <= 8;
}

/** The asked attribute of a Simplified question. */
export function askedAttribute(simplified: string): AskedAttribute {
  return ASKED.find(([, re]) => re.test(simplified))?.[0] ?? 'general';
}

/** The unit a figure must be in to answer the attribute (null: no figure answers it). */
function unitFor(asked: AskedAttribute, simplified: string): string | null {
  // What one person can get is never measured by a total in 亿元 ("能贷多少" is not "每年发放20亿元").
  // A loan's 额度 or 利息/贴息 and what comes each month are one person's too.
  if (asked === 'amount') return /能[贷领拿报补借得]|一个人|每人|每个人|每月|每个月|额度|利息|贴息|我(?:能|可以)|个人(?:能|可以|最多)/.test(simplified) ? '元/人' : '元';
  if (asked === 'ratio') return '%';
  if (asked === 'time') {
    if (/多久|多长时间|几天|多少天/.test(simplified)) return '天';
    if (/几点|开放时间|营业时间/.test(simplified)) return '点';
    return /哪天|哪一天|几号|日期|几月|几日/.test(simplified) ? '日' : '年';
  }
  if (asked === 'count') {
    if (/(?:多少|几)(?:个|名|位)?(?:学生|孩子|儿童|老人|员工|人)/.test(simplified)) return '人';
    // The last count asked is the one wanted: "那几年一共出了多少项" asks for 项, not 年.
    return [...simplified.matchAll(/(?:多少|(?<!只剩|只有|才|就|没|好|这|那)几)(个|家|所|项|处|人|名|岁|年|小时|张|床|万|亿|级|类)/g)].at(-1)?.[1] ?? '';
  }
  return null;
}

/** Builds the Question for the last user turn; `previous` is the user turn before it, if any. */
export function analyzeQuestion(raw: string, previous: string | undefined, engine: Engine, generalIdf: GeneralIdf): Question {
  const followsUp = previous !== undefined && isFollowUp(raw);
  const text = followsUp ? `${previous} ${raw}` : raw;
  const prepared = engine.prepare(text);
  const simplified = prepared.text;
  const own = engine.normalize(raw);
  const { lexicon } = engine.deps;
  // What the question is about is read from the part that asks, not the story told before it (retrieval/asking.ts:
  // "我一个人带两个孩子，能申请低保吗" is about 低保); when that part names nothing ("这个检查包括哪些项目"), from all of it.
  const focusOf = (about: string): string[][] => {
    const everyday = engine.vocab.colloquial.filter(([word]) => about.includes(word));
    // A plan word inside an everyday word the vocabulary maps ("低保" in "低保户") belongs to that group.
    const inEveryday = (w: string) => everyday.some(([word]) => word.includes(w));
    // The question's own words, segmented with the fewest words (so 居民生活 never yields 民生); plan words name the focus.
    // "规划里管不管": the plan named as where to look is not what the question is about ("规划是哪天印发的" is).
    const words = generalIdf.words(about.replace(PLAN_AS_PLACE, '，'), lexicon);
    const planWords = [...new Set(words.filter((t) => t.length >= 2 && lexicon.words.has(t) && !ATTRIBUTE_WORDS.has(t) && !inEveryday(t)))];
    return prepared.latin && isLatinQuestion(text)
      ? prepared.expansions.map((t) => [t])
      : [...planWords.map((w) => [w]), ...everyday.filter(([word]) => !ATTRIBUTE_WORDS.has(word)).map(([word, terms]) => [word, ...terms])];
  };
  const asking = askingPart(simplified);
  const askingFocus = asking === simplified ? [] : focusOf(asking);
  const focus = askingFocus.length > 0 ? askingFocus : focusOf(simplified);
  const asked = askedAttribute(own);
  const alsoAsked: Question['alsoAsked'] = [];
  for (const part of own.split(/[，,。；;？?！!\s]+/)) {
    const a = askedAttribute(part);
    if (a !== asked && a !== 'yes_no' && a !== 'general' && !alsoAsked.some((x) => x.asked === a)) alsoAsked.push({ asked: a, unit: unitFor(a, part) });
  }
  const at = focus.map((g) => simplified.indexOf(g[0]!));
  const modifierOf = focus.map((h, i) =>
    GENERIC_HEADS.has(h[0]!) ? focus.findIndex((g, j) => j !== i && at[j]! >= 0 && at[i]! >= 0 && at[j]! + g[0]!.length === at[i]) : -1,
  );
  return {
    raw,
    text,
    simplified,
    prepared,
    focus,
    modifierOf,
    absent: generalIdf.absentWords(simplified, lexicon),
    asked,
    unit: unitFor(asked, own),
    alsoAsked,
    personal: speaksOfOwnSituation(raw),
    transaction: TRANSACTION.test(own) || (WISH.test(own) && !ASKS_WHAT_WILL_BE.test(own)),
    followsUp,
    latin: isLatinQuestion(text),
  };
}
