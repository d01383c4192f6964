/**
 * The question, analysed once per turn: normalized Simplified text, search tokens, the focus (what it is
 * about), the asked attribute (an amount, a time, a procedure …), whether the person speaks of their own
 * situation, the places named, and whether it asks for a transaction or a personal record. Search, scope,
 * lead selection, composition and eligibility all read this one object; no later stage normalizes again.
 */
import type { Engine } from '../../retrieval/engine.ts';
import { expandQuery } from '../../retrieval/expand.ts';
import { normalize } from '../../retrieval/normalize.ts';
import { queryTokens } from '../../retrieval/search.ts';
import { segment } from '../../retrieval/segment.ts';
import type { GeneralIdf } from './general-idf.ts';

/** What the question asks about its focus. */
export type AskedAttribute =
  | 'amount' // money: a subsidy, a fee, a reimbursement, whether it is free
  | 'ratio' // a rate or proportion
  | 'time' // a date, a deadline, how long
  | 'procedure' // how to apply, documents, steps
  | 'place' // where, which office, contact details
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
  /** Search tokens (own words weighted, expansions included). */
  tokens: string[];
  /** Plan terms the everyday words stand for (失业金 → 失业保险金). */
  expansions: string[];
  /** What the question is about: plan words of two or more characters and plan terms it stands for, asked-attribute words removed. */
  focus: string[];
  /** Everyday words of the question that the plan never uses, with their general-language IDF, most specific first. */
  absent: { word: string; idf: number }[];
  /** What is asked about the focus. */
  asked: AskedAttribute;
  /** The unit a figure in the answer must be in to measure what was asked (元, %, 年 …), or null. */
  unit: string | null;
  /** The person speaks of their own (or their family's) situation. */
  personal: boolean;
  /** Asks to do something or look up a personal record (到账, 进度, 补办, 预约, 缴费): 浙里办 / 12345, not the plan. */
  transaction: boolean;
  /** The question leans on the previous turn. */
  followsUp: boolean;
  /** Mostly Latin script (English). */
  latin: boolean;
}

/** Asked-attribute patterns, first match wins (money before "多少", time before "怎么"). General Chinese, not topics. */
const ASKED: [AskedAttribute, RegExp][] = [
  ['amount', /多少钱|多少元|几块|几百|几千|金额|费用|收费|价格|免费|补贴标准|补助标准|救助标准|保障标准|标准是多少|[发领拿给补报]多少|报销多少|报销比例|多少补贴|每[月个年天].{0,6}(?:多少|钱)|how much|fee|cost|amount/i],
  ['ratio', /比例|占比|百分之|配比|[^效]率是?多少|percentage|rate/i],
  ['time', /多久|多长时间|什么时候|啥时候|何时|哪天|哪一天|哪年|几月|几号|日期|时限|期限|截止|几天|多少天|多少年|开学时间|申报时间|when|how long|deadline/i],
  ['procedure', /怎么申请|如何申请|怎样申请|怎么办理|如何办理|怎么办|怎么弄|怎么领|如何领|怎么交|怎么缴|怎么算|如何计算|怎么计算|流程|手续|材料|申领|申报|去哪|在哪办|找谁|how (do|can|to) (i )?apply|procedure/i],
  ['place', /在哪里|在哪儿|哪些地方|什么地方|地址|电话|联系方式|哪个部门|什么部门|哪个单位|归哪|where/i],
  ['definition', /什么是|是什么意思|什么意思|啥意思|含义|定义|是指|区别|不同|分为|哪几种|哪些种类|什么学历|是几级|属于什么|有什么用|是做什么|干什么的|what is|meaning/i],
  ['condition', /条件|资格|标准|要求|算不算|能不能[领享申]|可以[领享申]|[能可]领|哪些人|什么人|谁可以|多大年龄|认定|符合|eligib|qualif/i],
  ['count', /多少|几[个家所项处名位人]|how many/i],
  ['yes_no', /[吗么][？?]?$|吗[，,。]|是否|能否|有没有|可不可以|能不能|会不会|该不该|算不算|是不是/],
];

/** Words that name the asked attribute, not the topic: removed from the focus. */
const ATTRIBUTE_WORDS = new Set([
  '标准', '条件', '资格', '要求', '流程', '手续', '材料', '办理', '申请', '时间', '期限', '费用', '金额', '价格', '收费', '免费', '比例', '区别', '含义', '定义', '意思', '政策', '规定', '地方', '部门', '电话', '地址', '多少', '多久', '怎么', '什么', '哪些', '如何', '可以', '能否', '是否', '有没有', '需要', '情况', '问题', '方面', '相关', '有关', '国家', '政府', '最新', '具体',
]);

/** Transactions and personal records: the plan cannot do or show them. */
const TRANSACTION = /查(?:询)?(?:一下)?我的|我的.{0,8}(?:记录|进度|明细|余额|账户|缴费|到账)|到账|到帐|进度|补办|挂失|预约|挂号|缴费|续费|打印.{0,4}(?:证明|清单)|钱.{0,4}(?:下来|到)|什么时候(?:能|会)?(?:下来|发下来|打到)|退.{0,4}多久/;

/** Words by which people speak of their own or their family's situation. */
const FIRST_PERSON = /我|俺|本人|自己|咱|家里|孩子|儿子|女儿|闺女|爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|爷爷|奶奶|外公|外婆|\b(i|i'm|my|me|we|our)\b/i;

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
  if (asked === 'amount') return '元';
  if (asked === 'ratio') return '%';
  if (asked === 'time') return /多久|多长时间|几天|多少天/.test(simplified) ? '天' : '年';
  if (asked === 'count') {
    if (/(?:多少|几)(?:个|名|位)?(?:学生|孩子|儿童|老人|员工|人)/.test(simplified)) return '人';
    return /(?:多少|几)(个|家|所|项|处|人|名|岁|张|床|万|亿)/.exec(simplified)?.[1] ?? '';
  }
  return null;
}

/** Builds the Question for the last user turn; `previous` is the user turn before it, if any. */
export function analyzeQuestion(raw: string, previous: string | undefined, engine: Engine, generalIdf: GeneralIdf): Question {
  const deps = engine.deps;
  const followsUp = previous !== undefined && isFollowUp(raw);
  const text = followsUp ? `${previous} ${raw}` : raw;
  const simplified = normalize(text, deps.t2s);
  const own = normalize(raw, deps.t2s);
  const expansions = expandQuery(text, deps.vocab, deps.t2s);
  // Only the words the lexicon knows (the plan's own words) name a topic the plan can speak to.
  const planWords = segment(simplified, deps.lexicon, deps.t2s, true).filter((t) => t.length >= 2 && deps.lexicon.words.has(t));
  const focus = [...new Set([...planWords, ...expansions])].filter((w) => !ATTRIBUTE_WORDS.has(w));
  const colloquial = new Set(deps.vocab.colloquial.map(([w]) => w));
  const absent = generalIdf.absentWords(simplified, deps.lexicon.words).filter((a) => ![...colloquial].some((w) => w.includes(a.word) || a.word.includes(w)));
  const asked = askedAttribute(own);
  return {
    raw,
    text,
    simplified,
    tokens: queryTokens(text, deps),
    expansions,
    focus,
    absent,
    asked,
    unit: unitFor(asked, own),
    personal: FIRST_PERSON.test(simplified),
    transaction: TRANSACTION.test(own),
    followsUp,
    latin: isLatinQuestion(text),
  };
}
