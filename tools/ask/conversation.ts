/**
 * The question to answer, read in its conversation. A turn either stands alone or continues the one before:
 * "那城里的呢" swaps 农村 for 城里 in the last question, "收费贵不贵" and "要什么条件" ask about the topic last asked,
 * "这个去哪里办" names it with 这个, "她能享受吗" asks whether the person may have it. A continued turn is rewritten
 * into a question that stands alone ("城里的孩子上学有补助吗"), shown to the person as what was answered. A letter or
 * a message that asks several things is read through tools/ask/letter.ts: each question found, in order, is resolved
 * against the one before it (or, for the first, the conversation), and against the story told before it.
 * General Chinese only: continuation marks, pronouns, question words and classes of contrasting words.
 */
import type { Engine } from '../../retrieval/engine.ts';
import type { GeneralIdf } from './general-idf.ts';
import { isCheckRequest } from '../eligibility/index.ts';
import { MAX_PARTS, questionsOf } from './letter.ts';
import { forSearchTurns } from './pii.ts';
import { onlySmallTalk, withoutSmallTalk } from './smalltalk.ts';
import { analyzeQuestion, type Question } from './question.ts';

/** What resolution needs to know of a text: its topic words (Question.focus) and what it asks. */
export interface TurnReading {
  focus: string[][];
  asked: string;
}

/** Reads a text (in production: analyzeQuestion's focus and asked attribute). */
export type ReadTurn = (text: string) => TurnReading;

/** One question to answer. */
export interface ResolvedQuestion {
  /** The question as it stands alone: what is analysed and searched. */
  text: string;
  /** True when `text` is not the person's words as typed (a follow-up rewritten, a question picked out of a letter). */
  resolved: boolean;
}

/** A follow-up starts this way: "那…", "还有…", "如果是…", "就是…" (it goes on to explain the turn before). */
const CONTINUES = /^(?:那么(?![多少大小好长久远贵])|那要|那就(?![业医读近学诊])|那(?![么个些种样里边时天年位家])|还有(?=[，,\s]|呢)|另外|如果是?|要是|假如|对于|至于|就是|也就是|and|what about|how about)/i;
/** It explains the previous turn rather than asking something new ("就是家里遗产分不清…"). */
const EXPLAINS = /^(?:就是|也就是|是这样)/;
/** A question particle or word: the turn asks something rather than replying. */
const ASKS_BACK = /[吗呢么？?]|什么|怎么|哪|多少|几|谁|能不能|可不可以|有没有|是不是/;
/** Words that point back to what was asked before ("这种情况" is the person's own situation, told in the story). */
const POINTS_BACK = /(?:这个|那个|这些|那些|这种|这类|这项|这样的|该项|上述|刚才说的|前面说的)(?!情况|样子|时候|人)|它们?|他们|她们/;
/** Turns aside from an earlier topic: "补贴先不说", "先不说补贴", "不问补贴了". */
const SETS_ASIDE = /^[^，,。？?！!\s]{1,12}(?:先不说|先不管|先放一边|就不说了|不问了)[，,。\s]*|^先不说[^，,。？?！!\s]{1,12}[，,。\s]*/;
/**
 * Steps of getting any of it done ("怎么认定" after 零就业家庭; not 签约, the name of 家庭医生签约): no topic of their
 * own, but a noun in one (失业登记, 异地就医备案), so they do not end a topic phrase.
 */
const STEPS = ['报名', '登记', '预约', '缴费', '认定', '审核', '审批', '备案', '评估'];
/**
 * Plan words that are verbs or adverbs of any topic (增加, 享受 …): a turn whose only plan words are these has no
 * topic of its own ("以后能不能弄得智能一点" continues; "是直接打到银行卡上吗" does too).
 */
const NOT_A_TOPIC = new Set([
  '直接', '增加', '减少', '享受', '提高', '加强', '现在', '以后', '目前', '一般', '提供', '支持', '推进', '实现', '开展', '发展', '完善', '解决',
  '帮助', '办理', '申请', '获得', '保障', '落实', '合并', '参加', '需要', '一起', '调整', '提升', '建设', '改善', '扩大', '取消', '降低', '咨询', '服务',
  '承担', '做好', '领取', '包括',
  ...STEPS,
  // Meeting what is asked of any topic ("要满足什么条件").
  '满足', '符合', '达到',
  // When, not what ("会不会每年都涨" asks about the topic before).
  '每年', '今年', '明年', '去年', '期间', '时候', '时间',
  // What is asked of any topic, not a topic ("学费多少" after 老年大学怎么报名, "要带什么材料").
  '学费', '费用', '收费', '价格', '标准', '条件', '材料', '证明', '手续', '流程', '地点', '电话',
]);
/** Question words and predicates that end a topic phrase ("托育机构|会增加吗", "残疾人|有什么补贴"); 会 and 能 not inside a word (社会, 技能). */
const ENDS_TOPIC = /谁|一般|大概|现在|到底|具体|主要|目前|会不会|能不能|可不可以|有没有|有什么|有哪些|是什么|是不是|是否|要不要|需要|怎么|如何|怎样|什么|哪些|哪里|多少|多久|(?<![社机协学大委议都体约])会|(?<![技功智才本性体职潜效可动产节])能|可以|吗|呢|[？?。！!，,\s]/;
/** Where a predicate starts after a topic ("要钱吗", "有保障吗", "是干什么的", "多不多", "贵不贵", "也能…"); not 不 alone (请不起律师). */
const PREDICATE_STARTS = /^(?:要|有|是|指的?(?:是|$)|找谁?$|[在去到]$|多[不吗么]|还|也|都|可|该|应|免费(?=[吗么的不？?]|$|开放|提供|使用|乘坐|坐|参观|享受|办理|领取|发放)|包括|领取|申领|办理|申请|缴纳|[每一]个?[月年天]|(.)不\1)/;
/** Nouns that head a topic even after its question word ("残疾人有什么|补贴" → 残疾人补贴). */
const HEADS = /^(?:补贴|补助|津贴|救助|保险|待遇|服务|机构|政策|项目|制度|助学金|奖学金|养老金|保障|设施|学校)$/;
/**
 * Classes of words that a follow-up swaps for one another ("那城里的呢" after 农村): places, people, school
 * stages, insurances, household registration. General Chinese and the plan's own groups of people.
 */
const CONTRASTS: string[][] = [
  ['城里', '城镇', '城市', '城区', '市区', '县城', '农村', '乡村', '村里', '乡镇', '山区', '海岛'],
  // Zhejiang's cities, then the country's municipalities, provincial capitals and other large cities ("那杭州的呢" after 济南).
  ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水', '北京', '上海', '天津', '重庆', '深圳', '广州', '南京', '苏州', '武汉', '成都', '西安', '济南', '青岛', '郑州', '长沙', '合肥', '福州', '厦门', '南昌', '沈阳', '大连', '长春', '哈尔滨', '石家庄', '太原', '昆明', '贵阳', '南宁', '海口', '兰州', '西宁', '银川', '乌鲁木齐', '拉萨', '呼和浩特'],
  // Provinces and autonomous regions ("那浙江的呢" after 广西).
  ['浙江', '江苏', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '河北', '山西', '辽宁', '吉林', '黑龙江', '内蒙古', '西藏', '宁夏', '新疆'],
  ['老年人', '老人', '儿童', '孩子', '小孩', '学生', '大学生', '研究生', '毕业生', '残疾人', '妇女', '孕妇', '农民工', '农民', '退役军人', '军人', '失业人员', '困难群众', '低保户', '新市民', '外地人', '本地人'],
  ['托育', '幼儿园', '小学', '初中', '职业高中', '普通高中', '高中', '中职', '职高', '大学', '高校', '义务教育'],
  ['养老保险', '医疗保险', '医保', '失业保险', '工伤保险', '生育保险'],
  ['本地户口', '外地户口', '户籍人口', '非户籍'],
  ['地铁', '公交车', '公交', '出租车', '高铁', '火车', '长途汽车'],
  ['公办', '民办', '公立', '私立'],
  ['今年', '明年', '去年', '每年', '现在', '以后'],
];

/**
 * The questions answerChat answers for a conversation's user turns (1 to MAX_PARTS), each standing alone, resolved
 * with the production reading (analyzeQuestion's focus and asked attribute).
 */
export function questionsToAnswer(userTurns: string[], engine: Engine, idf: GeneralIdf, analyze: Analyze = analyzer(engine, idf)): ResolvedQuestion[] {
  return resolveConversation(userTurns, analyze);
}

/** One resolved question analysed as answerChat analyses it: a follow-up when it was rewritten in a conversation. */
export function analyzeResolved(asked: ResolvedQuestion, userTurns: string[], engine: Engine, idf: GeneralIdf, analyze: Analyze = analyzer(engine, idf)): Question {
  return { ...analyze(asked.text), followsUp: asked.resolved && userTurns.length > 1 };
}

/** analyzeQuestion of a text standing alone. */
export type Analyze = (text: string) => Question;

/**
 * analyzeQuestion for one request, each text analysed once: a question is read while the conversation is resolved
 * and again as the question answered (the same text, most often). Pure, so the second reading is the first.
 */
export function analyzer(engine: Engine, idf: GeneralIdf): Analyze {
  const done = new Map<string, Question>();
  return (text) => {
    let q = done.get(text);
    if (!q) done.set(text, (q = analyzeQuestion(text, undefined, engine, idf)));
    return q;
  };
}

/**
 * The questions answerChat answers for a conversation's user turns, already masked (pii.ts): the taps of
 * "按我的情况查一查" left out (they ask the question before them again, for the person), the rest resolved in order.
 * The builders that learn from conversations (the decision model's and the article ranker's fits) read through it,
 * after `maskedUserTurns`, so what they fit on is what chat decides on.
 */
export function askedQuestions(maskedUserTurns: string[], engine: Engine, idf: GeneralIdf, analyze: Analyze = analyzer(engine, idf)): ResolvedQuestion[] {
  const asked = maskedUserTurns.filter((t) => !isCheckRequest(t));
  return questionsToAnswer(asked.length > 0 ? asked : maskedUserTurns, engine, idf, analyze);
}

/** A builder's user turns masked as answerChat masks a conversation before reading it. */
export function maskedUserTurns(userTurns: readonly string[]): string[] {
  return forSearchTurns(userTurns.map((content) => ({ role: 'user' as const, content }))).map((t) => withoutSmallTalk(t.searched));
}

/**
 * The questions to answer for the last user turn of a conversation (1 to MAX_PARTS), each standing alone. Earlier
 * turns are resolved in order, so a chain of follow-ups carries its topic along.
 */
export function resolveConversation(userTurns: string[], readText: ReadTurn): ResolvedQuestion[] {
  // A sentence is read once however often resolution asks about it (a letter's question is read for ranking,
  // for grouping and for resolving).
  const readings = new Map<string, TurnReading>();
  const read: ReadTurn = (text) => readings.get(text) ?? readings.set(text, readText(text)).get(text)!;
  let previous: Resolved | undefined;
  for (const turn of userTurns.slice(0, -1)) previous = resolveMessage(turn, previous, read).at(-1) ?? previous;
  return resolveMessage(userTurns.at(-1) ?? '', previous, read).map(({ text, resolved }) => ({ text, resolved }));
}

/**
 * A question resolved, with the topic it carried when it was read after another ("她能享受吗" → 残疾人补贴): the next
 * follow-up carries that topic on, instead of reading one out of the rewritten text (which tells the person's story).
 */
interface Resolved extends ResolvedQuestion {
  topic?: string;
}

/**
 * The questions of one message, each resolved against the one before it (the first against `previous`). A question
 * right after another that names no topic of its own, or one the first names too, asks more about the same thing
 * ("低保怎么申请？需要什么材料？", "为什么要教育集团化？集团化办学有哪些好处？"):
 * the two are one question, whose every part the answer reads (Question.alsoAsked), not two answers citing the same
 * sentences twice.
 */
function resolveMessage(message: string, previous: Resolved | undefined, read: ReadTurn): Resolved[] {
  const { questions: found, picked } = questionsOf(message, (s) => hasTopic(read(s)));
  const questions: typeof found = [];
  for (const q of found) {
    const last = questions.at(-1);
    if (last && q.story.length === 0 && sameTopic(last.text, q.text, read)) last.text = `${last.text}${q.text}`;
    else questions.push({ ...q });
  }
  const out: Resolved[] = [];
  let before = previous;
  for (const { text, story } of questions.slice(0, MAX_PARTS)) {
    const r = resolveTurn(text, before?.text, story, read, before?.topic);
    out.push({ ...r, resolved: r.resolved || picked });
    before = r;
  }
  return out;
}

/** "在哪个医院做", "在社区怎么签": the place asked for or where it is done, not a topic of its own. */
/** Where it is done, named by a place and 那边/这边 ("回老家那边申请", "在当地那里办"). */
const WHERE_THERE = '(?:回|去|到|在)[\\u4e00-\\u9fa5]{1,4}?(?:那边|这边|那里|这里|那儿|这儿)';
const ASKS_WHICH_PLACE = new RegExp(`哪[个家所](?:医院|机构|窗口|地方|部门|单位|学校)|什么(?:地方|部门|单位)|在[\\u4e00-\\u9fa5]{1,4}?(?=怎么|怎样|如何|哪|能不能|能|可以)|${WHERE_THERE}`, 'g');

/** People a question may be about: the contrasting groups of the plan, and relatives. */
const PEOPLE = [...CONTRASTS[3]!, '我妈', '我爸', '妈妈', '爸爸', '母亲', '父亲', '老伴', '孙子', '孙女', '儿子', '女儿', '家人', '子女', '失业人员', '男方', '女方', '丈夫', '妻子', '老公', '老婆', '爷爷', '奶奶', '外公', '外婆'];
const PEOPLE_NAMED = new RegExp([...PEOPLE].sort((a, b) => b.length - a.length).join('|'), 'g');
/** Places a question may be about (城里, 村里, 杭州 …): where, not what. */
const PLACES_NAMED = new RegExp([...CONTRASTS[0]!, ...CONTRASTS[1]!, ...CONTRASTS[2]!].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Head nouns at the end of a topic phrase: "他们" stands for the people (英雄家人), not their 待遇. */
const HEADS_AT_END = /(?:补贴|补助|津贴|救助|保险|待遇|服务|机构|政策|项目|制度|助学金|奖学金|养老金|保障|设施|学校)+$/;

/**
 * Whether a word points back to an earlier topic: "这个去哪里办", "这个保险" (a head noun: which 保险 is said
 * before), but not "那个公共服务规划" (the determiner of a topic the turn names itself).
 */
function pointsBackIn(text: string, reading: TurnReading, lastTopic = ''): boolean {
  const m = POINTS_BACK.exec(text);
  if (!m) return false;
  // "他们退休了有养老金吗": a pronoun that opens the turn stands for the people asked about before, whatever follows.
  if (/^(?:他们|她们)$/.test(m[0]) && m.index <= 1) return true;
  // "这种养老院环境怎么样" after 孤寡老人集中供养: a kind named by the turn's first words is the kind asked about before.
  if (/^(?:这种|这类|这样的)$/.test(m[0]) && m.index <= 1) return true;
  return pointedWord(text.slice(m.index + m[0].length), reading, lastTopic) !== undefined || !reading.focus.some((g) => text.slice(m.index + m[0].length).startsWith(g[0]!));
}

/**
 * The word after 这个/这种 that names what was asked before: a head noun ("这个保险") or a word of the last topic
 * ("这种家庭" after 零就业家庭: 这种家庭 is that topic, not a family in general).
 */
function pointedWord(after: string, reading: TurnReading, lastTopic: string): string | undefined {
  // The word or one of its synonyms in the topic ("这类孩子" after 困境儿童: 孩子 ~ 儿童).
  return reading.focus.find((g) => after.startsWith(g[0]!) && (HEADS.test(g[0]!) || (lastTopic !== '' && g.some((w) => lastTopic.includes(w)))))?.[0];
}

/** Whether `later`, asked right after `earlier`, asks about the same thing: no topic of its own, or one both name. */
function sameTopic(earlier: string, later: string, read: ReadTurn): boolean {
  const own = topicWords(readTopic(later, read));
  if (own.length === 0) return true;
  // Shared when a topic word, or two characters of one that are not a generic head (服务, 补贴 …), recur:
  // "集团化办学" after "教育集团化".
  const pairs = (w: string) => Array.from({ length: Math.max(0, w.length - 1) }, (_, i) => w.slice(i, i + 2)).filter((p) => !HEADS.test(p));
  return own.some((w) => earlier.includes(w) || pairs(w).some((p) => earlier.includes(p)));
}

/** Whether a turn's topic is the last one's in other words: a word of its topic or one of that word's synonyms in it (生孩子 → 生育 of 生育保险). */
function relatedTo(earlier: string, later: string, read: ReadTurn): boolean {
  // Read whole (生孩子 names 孩子, a person readTopic leaves out), its people and places not counted.
  return read(later).focus.some((g) => !NOT_A_TOPIC.has(g[0]!) && !PEOPLE.includes(g[0]!) && !CONTRASTS.slice(0, 3).some((c) => c.includes(g[0]!)) && g.some((w) => earlier.includes(w)));
}

/** The topic words of a reading (its focus without verbs and adverbs of any topic). */
function topicWords(reading: TurnReading): string[] {
  return reading.focus.map((g) => g[0]!).filter((w) => !NOT_A_TOPIC.has(w));
}

/**
 * Whether a text names a topic of its own. People are not one ("失业人员参加要钱吗", "她能享受吗" ask about the topic
 * before, for them), nor is where something is done ("在网上能学吗").
 */
function hasTopic(reading: TurnReading): boolean {
  return reading.focus.some((g) => !NOT_A_TOPIC.has(g[0]!));
}

/** Until when something lasts ("领到退休", "读到毕业"): how long, not what. */
const UNTIL = /(?:一直)?到(?:法定)?(?:退休|毕业|成年)(?:年龄)?/g;

/** Reads a text for its topic, leaving out the people and places it names, the place it asks about ("在社区怎么签", "村里能办吗") and until when. */
function readTopic(text: string, read: ReadTurn): TurnReading {
  return read(text.replace(ASKS_WHICH_PLACE, '').replace(UNTIL, '').replace(PEOPLE_NAMED, '，').replace(PLACES_NAMED, '，'));
}

/**
 * The clause that asks, in a turn that starts with a person and ends on them ("她…", "也…"): "我妈一个人住在农村，|她能
 * 享受吗" tells the person's situation, then asks about the topic before. Otherwise the whole turn.
 */
function askingClause(text: string): string {
  const aboutSomeone = /^我/.test(text) || PEOPLE.some((p) => text.startsWith(p));
  const last = text.split(/[，,\s]+/).filter((c) => c.length > 0).at(-1) ?? text;
  return aboutSomeone && /^(?:[她他我]们?|也|还|能|可以|可不可以|能不能)/.test(last) ? last : text;
}

/**
 * One question against what came before it: the previous question (another turn, or an earlier question of the
 * same letter) and the story told just before it in the same message.
 */
export function resolveTurn(raw: string, previous: string | undefined, story: string[], read: ReadTurn, previousTopic?: string): Resolved {
  const asideMatch = SETS_ASIDE.exec(raw.trim());
  const current = asideMatch ? raw.trim().slice(asideMatch[0].length) : raw.trim();
  const reading = read(current);
  const own = hasTopic(readTopic(askingClause(current), read));
  // A letter's question without a topic ("我该怎么办？") asks about the story told just before it (the last two
  // sentences that name one, read from the end: a letter's earlier pages are not read for this).
  // So does one that points back at it ("我还想知道这些机构是谁来管" after a story about 托育点).
  const told = (own && !(previous === undefined && pointsBackIn(current, reading))) || asideMatch ? [] : lastTopical(story, read);
  if (told.length > 0) return { text: `${told.join('')}${current}`, resolved: true };
  // Thanks, greetings and acknowledgements (smalltalk.ts): not a question, and not a reply to one ("谢谢" is not re-asked).
  if (previous === undefined || asideMatch || onlySmallTalk(current)) return { text: current, resolved: current !== raw.trim() };
  const bare = current.replace(/[？?。！!\s]+$/, '');
  // "另外问一下，公共图书馆…要收钱吗": another question with a topic of its own, not more of the last one.
  const another = ANOTHER.exec(bare);
  if (another && own && asks(bare.slice(another[0].length).replace(/呢$/, ''))) return { text: bare.slice(another[0].length), resolved: true };
  // "那杭州呢？我们也是外地户口，在杭州租房住": the last question with 杭州 swapped in, then the person's situation.
  const swapThenTold = SWAP_THEN_TOLD.exec(bare);
  if (swapThenTold && !asks(swapThenTold[2]!) && /[我她他]/.test(swapThenTold[2]!)) {
    const swappedIn = resolveTurn(swapThenTold[1]!, previous, [], read, previousTopic);
    if (swappedIn.resolved) return { text: `${swapThenTold[2]}，${swappedIn.text}`, resolved: true, topic: swappedIn.topic };
  }
  // "城里的呢" continues; "集团化办学又有哪些好处呢" is a question of its own that ends in 呢.
  const marked = CONTINUES.test(bare) || /^[^，,\s]{1,8}呢$/.test(bare);
  const pointsBack = pointsBackIn(bare, reading, previousTopic ?? topicOf(previous, read));
  // "我们在宁波租房，没有买房，孩子明年上一年级": the person's situation, told for the last question, which is asked again.
  if (own && !marked && !pointsBack && reading.asked === 'general' && !asks(bare) && TELLS_SITUATION.test(bare) && !REQUESTS.test(bare)) {
    return { text: `${bare}，${previous}`, resolved: true, topic: previousTopic ?? topicOf(previous, read) };
  }
  // "办下来以后每个月能领补贴吗" after 残疾证如何办理: what was done is the last topic, left unsaid.
  if (!marked && !pointsBack && OMITS_WHAT.test(bare)) {
    const topic = previousTopic ?? topicOf(previous, read);
    if (topic !== '') return { text: `${topic}${bare}`, resolved: true, topic };
  }
  // "培训要交钱吗" after 退役军人有什么培训: its only topic words are the last question's, which named more: that topic goes on.
  if (own && !marked && !pointsBack && !EXPLAINS.test(bare) && !REQUESTS.test(bare)) {
    const narrowed = narrowedFrom(bare, askingClause(current), previous, previousTopic, read);
    if (narrowed !== null) return narrowed;
  }
  // "…，算吗" never stands alone: what it would count as is the last topic. Only after a situation told ("我老婆没交社保，
  // 只有我交了，行不行"): a wish of the turn's own ("我想给我妈申请低保，可以吗") asks that, not the last question.
  const tail = COUNTS_AS.exec(bare) ?? SUFFICES.exec(bare);
  const toldBefore = tail ? bare.slice(0, tail.index) : '';
  const wish = REQUESTS.test(toldBefore) || /想|打算|准备/.test(toldBefore);
  const onlyTells = tail !== null && TELLS_SITUATION.test(toldBefore) && !wish;
  if (!marked && !pointsBack && ((own && !onlyTells) || (tail !== null && wish && hasTopic(readTopic(toldBefore, read))))) return { text: current, resolved: false };
  if (EXPLAINS.test(bare)) {
    // "就是家里遗产分不清": what the last question was about, told before it; with a question of its own ("…有没有
    // 免费咨询的电话"), that question is the one asked, after the last.
    const explained = bare.replace(EXPLAINS, '');
    return { text: ASKS_BACK.test(explained) ? `${previous.replace(/[？?。！!\s]+$/, '')}，${explained}` : `${explained}，${previous}`, resolved: true };
  }
  // "城镇", "是", "72岁": a reply to the question the answer asked back; the last question is asked again with it
  // ("城里的" after a question about 农村 swaps instead, below).
  if (!marked && !pointsBack && reading.asked === 'general' && !ASKS_BACK.test(bare) && bare.replace(/[，,\s]/g, '').length <= 6 && swapped(previous, bare) === null) {
    return { text: `${previous.replace(/[？?。！!\s]+$/, '')}（${bare}）`, resolved: true, topic: previousTopic };
  }
  const topic = previousTopic ?? topicOf(previous, read);
  // "…我妈已经退休了，算吗" after 什么算是零就业家庭: whether what it tells makes them what the last question was about.
  const counts = COUNTS_AS.exec(bare);
  if (counts && topic !== '') {
    const group = topicParts(previous, read).head.replace(HEADS_AT_END, '') || topic;
    const verb = counts[2]!.replace(/[吗么呢]$/, '');
    return { text: `${bare.slice(0, counts.index).replace(CONTINUES, '')}${counts[1]}${verb}${group}${/(.)不\1/.test(verb) ? '' : '吗'}`, resolved: true, topic };
  }
  // "我老婆没交社保，只有我交了，行不行": whether what it tells will do for the last question, asked again with it.
  const suffices = SUFFICES.exec(bare);
  if (suffices) return { text: `${bare.slice(0, suffices.index).replace(CONTINUES, '')}，${previous.replace(/[？?。！!\s]+$/, '')}`, resolved: true, topic };
  // "那城里的呢", "如果是初中呢": only a topic, and no question of its own: the last question, with that swapped in.
  const core = bare.replace(CONTINUES, '').replace(/的?呢$/, '');
  // Not when it asks something itself ("这个怎么签约"), points back, or is a clause ("是的，我是残疾人"): read below.
  if ((reading.focus.length > 0 || /呢$/.test(bare)) && reading.asked === 'general' && core.length <= 10 && !ASKS_BACK.test(core) && !pointsBack && !/[，,]|^[我是]/.test(core)) {
    // "那课本费呢" after 义务教育阶段要交学费吗: the word of the same kind (a fee for a fee) swapped for it.
    const kin = swapped(previous, core) === null ? sameKind(previous, core, read) : undefined;
    if (kin !== undefined) return { text: previous.replace(kin, core), resolved: true };
    // "那公办的呢": the X one, a modifier of the topic.
    const modifier = /的呢$/.test(bare);
    return { text: swapInto(previous, core, topicParts(previous, read).head, CONDITION.test(bare) ? bare.replace(/呢$/, '') : null, modifier), resolved: true };
  }
  // "那老年大学呢 学费贵不贵": a new topic and a new question; the previous one does not carry over.
  if (own && !pointsBack && reading.asked !== 'general') {
    const newTopic = /呢(?=[，,\s])/.test(bare);
    // "那生孩子的费用能报销多少" after 生育保险和医保合并了吗: 那 goes on from the last topic, told before the question
    // (not when the question names that topic itself: "那农村的自来水水质以后有人管吗" after a letter about 自来水).
    // A topic unrelated to the last ("那没工作的话社保要自己交吗" after 毕业未就业档案怎么处理) is a new question: 那 is "then".
    if (!newTopic && CONTINUES.test(bare) && topic !== '' && !sameTopic(previous, core, read) && relatedTo(previous, core, read)) return { text: `${topic}，${core}`, resolved: true };
    return { text: bare.replace(CONTINUES, '').replace(/呢(?=[，,\s])/, ''), resolved: marked };
  }
  if (topic === '') return { text: `${previous}，${bare}`, resolved: true };
  // "要什么条件" after 外地户口孩子能上公办小学吗: a condition, a procedure or an amount of what the last question asks can be had.
  // Where it is done is asked of the topic, whoever asks ("要去哪里申请" → 长护险要去哪里申请).
  if (!own && !pointsBack && (reading.asked !== 'general' || ASKS_BACK.test(core)) && reading.asked !== 'yes_no' && CAN_QUESTION.test(previous) && !ASKS_WHERE.test(core)) {
    return { text: `${previous.replace(/[吗么]?[？?。！!\s]*$/, '')}，${core}`, resolved: true, topic };
  }
  // "这个去哪里办": the topic for the word that points back; "他们…": the people it was about.
  if (pointsBack) {
    const m = POINTS_BACK.exec(core)!;
    const people = /^(?:他们|她们|它们?)$/.test(m[0]);
    // "这种家庭" after 零就业家庭: the word the topic names goes with the pointer (not 零就业家庭家庭).
    const after = core.slice(m.index + m[0].length);
    const named = people ? undefined : pointedWord(after, reading, topic);
    const rest = named !== undefined && (topic.includes(named) || !HEADS.test(named)) ? after.slice(named.length) : after;
    return { text: `${core.slice(0, m.index)}${people ? topicParts(previous, read).head.replace(HEADS_AT_END, '') : topic}${rest}`, resolved: true, ...(people ? {} : { topic }) };
  }
  // "她能享受吗": the topic as the object of the verb its last clause ends with; "他算不算" asks whether they are one.
  const someone = `(?:^|[，,\\s])(?:[我她他]们?|男的|女的|${PEOPLE_NAMED.source})`;
  // The object is what the last question had that verb take ("能否申请|法律援助" → "能回老家那边申请法律援助吗"), else the topic.
  const verbEnd = new RegExp(`${someone}?(?:也|还)?(?:能|可以|能不能)?(?:${WHERE_THERE})?(享受|申请|领取?|办理?|参加|拿到?|报销|用)[吗么]$`).exec(core);
  if (verbEnd) {
    const object = localized(objectOf(previous, verbEnd[1]!) ?? topic, core);
    return { text: core.replace(/([吗么])$/, `${object}$1`), resolved: true, topic };
  }
  // Whether they are one of the people the topic is for: its head without the benefit (残疾人 of 残疾人补贴). A person
  // must be named: a bare "是不是" asks nothing of anyone.
  if (new RegExp(`${someone}(?:算不算|算|属于|属不属于|是不是)[吗么]?$`).test(core)) {
    const group = topicParts(previous, read).head.replace(HEADS_AT_END, '') || topic;
    return { text: core.replace(/[吗么]?$/, (m) => `${group}${m}`), resolved: true, topic };
  }
  // "职业技能培训，失业人员参加要钱吗": a comma where the turn starts with the person it is about ("是的，我是…" too).
  const person = core.replace(/^(?:是的|是|对|嗯|没错)[，,\s]*/, '');
  const aboutSomeone = /^[我她他]/.test(person) || PEOPLE.some((p) => person.startsWith(p));
  // "我奶奶90岁了": a person's situation that asks nothing is told before the last question.
  if (aboutSomeone && !ASKS_BACK.test(core) && reading.asked === 'general') return { text: `${core}，${previous}`, resolved: true, topic };
  if (aboutSomeone) return { text: `${topic}，${core}`, resolved: true, topic };
  // "在哪里交" after 灵活就业人员能交医保吗: what the verb took there, after the topic (灵活就业人员医保在哪里交).
  const verb = /(?:交|缴|办|领|报|签|申请|办理|缴纳|参加|报名)$/.exec(core)?.[0];
  const object = verb === undefined ? null : objectOf(previous, verb);
  if (object !== null && !topic.includes(object)) return { text: `${topic}${object}${core}`, resolved: true, topic };
  return { text: `${joinedAt(topic, core)}${core}`, resolved: true, topic };
}

/**
 * The topic put before a turn that starts with words it ends on ("杭州公租房交房政策" + "交房以后房租会不会涨" →
 * 杭州公租房|交房以后…): the topic up to where those words start, so nothing is said twice.
 */
function joinedAt(topic: string, core: string): string {
  for (let n = Math.min(core.length, topic.length - 1); n >= 2; n--) {
    const at = topic.lastIndexOf(core.slice(0, n));
    if (at > 0) return topic.slice(0, at);
  }
  return topic;
}

/**
 * A turn whose topic words are all in the last question, which named more ("培训" of 退役军人培训, "家庭医生" of 家庭医生签约),
 * asks about that topic: the topic in place of the word they share ("退役军人培训要交钱吗"), else before it. Null otherwise.
 */
function narrowedFrom(bare: string, clause: string, previous: string, previousTopic: string | undefined, read: ReadTurn): Resolved | null {
  // What is asked of the topic (补贴, 服务 …) is not a topic word of its own ("培训的时候有补贴吗" after 退伍回来有没有培训).
  const words = topicWords(readTopic(clause, read));
  const own = words.some((w) => !HEADS.test(w)) ? words.filter((w) => !HEADS.test(w)) : words;
  const topic = previousTopic ?? topicOf(previous, read);
  if (own.length === 0 || topic === '' || !own.every((w) => topic.includes(w)) || bare.includes(topic)) return null;
  // The last topic must name more than the turn does (退役军人 beside 培训), not only a person or a word of no topic (陪产假|男).
  if (topicWords(read(topic)).every((w) => bare.includes(w))) return null;
  const overlap = own.filter((w) => (topic.endsWith(w) || topic.startsWith(w)) && bare.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  return { text: overlap ? `${topic}${bare.slice(overlap.length)}` : `${topic}，${bare}`, resolved: true, topic };
}

/**
 * What a verb takes in a question ("能否申请|法律援助？" → 法律援助): the words right after it up to a question word or
 * the end of its clause, two to ten characters naming a topic; null when it takes none there.
 */
function objectOf(question: string, verb: string): string | null {
  // The verb as the last question wrote it (领 of 领取), never what is asked of its object (领取|流程).
  // Until when is not what ("能不能一直领到退休").
  const text = question.replace(UNTIL, '');
  const m = new RegExp(`${verb.replace(/[取理到]$/, '')}[取理到]?`).exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const ends = new RegExp(ENDS_TOPIC.source).exec(after);
  const object = (ends ? after.slice(0, ends.index) : after).replace(/^的/, '').replace(ASKED_OF_IT, '');
  return object.length >= 2 && object.length <= 10 && !/^[我你您他她它这那]/.test(object) ? object : null;
}

/** A last clause asking only whether it counts, its object left out: "，算吗", "这样算不算", "符合吗". */
const COUNTS_AS = /(^|[，,\s])(?:这样|这种情况|这)?((?:也|还|能)?(?:算不算|算|属不属于|属于|符不符合|符合)[吗么呢]?)$/;

/** A last clause after what the turn tells, asking only whether that will do: "，行不行", "，这样可以吗", "，有影响吗". */
const SUFFICES = /[，,\s](?:这样|这种情况)?(?:也)?(?:行不行|行吗|可以吗|可不可以|可以不|够不够|够吗|能行吗|有影响吗|影响吗|有没有影响)$/;

/**
 * A topic carried into a turn that names a place of its own: the topic's place of the same class swapped for it
 * ("沈阳免费居家养老" into "…一个人住在杭州，她能享受吗" → 杭州免费居家养老).
 */
function localized(topic: string, turn: string): string {
  const places = turn.match(PLACES_NAMED) ?? [];
  let text = topic;
  for (const place of places) text = swapped(text, place) ?? text;
  return text;
}

/** A turn that starts with getting something done, its object left out: "办下来以后…", "批下来之后…", "交了以后…". */
const OMITS_WHAT = /^(?:(?:办|申请|批|交|领|签|报|考|评|审)(?:下来|好|完|了|过|上)|(?:备案|登记|签约|报名|认定|审批|预约|缴费|参保|办理|申请)(?:下来|好|完|了|过|上)?)(?:以后|之后|后)/;

/** Asks where something is done or whom to ask. */
const ASKS_WHERE = /哪里|哪儿|在哪|哪个部门|哪个窗口|找谁|电话/;

/** Marks another question ("另外问一下，…", "还有，…"): with a topic of its own it stands alone, the mark left out. */
const ANOTHER = /^(?:(?:另外|还有)(?:[，,\s]+|(?=问一下|问问|想问|请问|咨询))|(?:再|顺便|还想)(?=问))(?:问一下|问问|想问(?:一下)?|请问|咨询一下|问)?[，,：:\s]*/;
/** "那杭州呢？<the person's situation>": a swap, then a statement. */
const SWAP_THEN_TOLD = /^((?:那么?)?[^，,。？?！!\s]{1,10}呢)[？?，,。\s]+(.+)$/;
/** A turn that tells the person's situation starts with them ("我们在宁波租房…", "我妈…"). */
const TELLS_SITUATION = new RegExp(`^(?:我|[她他]们?|${PEOPLE.join('|')})`);
/** A statement that asks for something ("我想了解公租房", "我想申请公租房") is a request, not a situation told. */
const REQUESTS = /想了解|想知道|想问|想咨询|介绍|说说|讲讲|查一下|查查|(?:想|要|准备|打算)(?:申请|办|领|报名|参加|咨询)/;

/** Whether a text asks something: a question word or particle, or "A不A" (贵不贵, 管不管). */
function asks(text: string): boolean {
  // 几 after 好/十/这/那 is "several" ("打工好几年了"), not a question.
  const plain = text.replace(/(?:好|十|这|那|只有|只剩|才|没)几/g, '');
  return ASKS_BACK.test(plain) || /(.)不\1/.test(plain);
}

/** Sentences of a story read for a topic before a question that names none. */
const STORY_SENTENCES_READ = 6;

/** The last two sentences of a story that name a topic, among its last STORY_SENTENCES_READ, in order. */
function lastTopical(story: string[], read: ReadTurn): string[] {
  const found: string[] = [];
  for (const s of story.slice(-STORY_SENTENCES_READ).reverse()) {
    if (hasTopic(read(s))) found.unshift(s);
    if (found.length === 2) break;
  }
  return found;
}

/**
 * The topic of a question: its text from the first topic word up to the first question word, with a head noun
 * asked after it ("残疾人有什么补贴" → 残疾人补贴, "托育机构会增加吗" → 托育机构).
 */
export function topicOf(question: string, read: ReadTurn): string {
  const { head, heads } = topicParts(question, read);
  // Not what is asked of it ("临时救助|的范围是什么" carries 临时救助), unless nothing else is left.
  const topic = `${head}${heads.join('')}`.replace(/[的了]$/, '');
  const bare = topic.replace(ASKED_OF_A_TOPIC, '');
  return bare.length >= 2 ? bare : topic;
}

/**
 * A question's topic in two parts: the words from the first topic word up to its predicate, as written (what a
 * follow-up swaps: "孤儿|有什么保障"), and the nouns asked after a question word ("有什么|补贴", "有哪些|培训").
 */
function topicParts(question: string, read: ReadTurn): { head: string; heads: string[] } {
  // "什么是事实无人抚养儿童": what is defined is the topic, all of it (not only 儿童, the plan's word in it).
  const defined = DEFINES.exec(question.trim())?.[1];
  if (defined !== undefined) return { head: defined, heads: [] };
  // Of a question in several clauses, the last that names a topic of its own, not only a person: "像我这样…的大龄失业人员，
  // |失业保险金能不能一直领到退休", "职业技能培训|，失业人员参加要钱吗".
  const clauses = question.split(/[，,；;\s]+/).filter((c) => c.length > 0);
  if (clauses.length > 1) {
    const topical = clauses.findLast((c) => hasTopic(readTopic(c, read)));
    if (topical) return topicParts(topical, read);
  }
  const named = read(question).focus.map((g) => g[0]!).filter((w) => !NOT_A_TOPIC.has(w) && question.includes(w));
  // Words that describe people ("行动不便|的人可以办理康复辅具租赁") are not the topic when another word is.
  const describesPeople = (w: string) => /^[\u4e00-\u9fa5]{0,4}的人(?!员)/.test(question.slice(question.indexOf(w) + w.length));
  const words = named.some((w) => !describesPeople(w) && !HEADS.test(w)) ? named.filter((w) => !describesPeople(w)) : named;
  if (words.length === 0) return { head: unnamedTopic(question), heads: [] };
  // From the first topic word, with the number it counts ("年满60周岁的…", not "周岁的…").
  const first = Math.min(...words.map((w) => question.indexOf(w)));
  // A question that opens with its topic keeps the words before the first plan word ("临时|救助", "长期|护理保险"), and
  // so does one whose topic is qualified right before it ("广西2021年|最低|工资收入标准").
  const opening = /^[^我你您他她想问请了解的是在哪什谁怎算和与及对给把被让那这么吗呢，,。？?\s]{1,4}$/.exec(question.slice(0, first))?.[0] ?? /(?:最低|最高|基本|长期|临时)$/.exec(question.slice(0, first))?.[0];
  const counted = opening ?? /(?:年满|满|超过|不满)?[\d一二三四五六七八九十两百]+$/.exec(question.slice(0, first))?.[0] ?? '';
  const rest = question.slice(first - counted.length);
  // Searched from the second character on, with the first still in view of 会/能's look-behind (社会, 技能).
  const ends = new RegExp(ENDS_TOPIC.source, 'g');
  ends.lastIndex = 1;
  const end = ends.exec(rest);
  const before = end ? rest.slice(0, end.index) : rest;
  // Up to where its predicate starts ("孕前检查|要钱吗", "公办养老院|多不多", "生育保险和医保|合并了吗"), never
  // inside a word the question names (有线, 要素); an everyday word stays in the topic ("杭州地铁票价").
  const inRest = read(question).focus.map((g) => g[0]!).filter((w) => rest.includes(w));
  const inside = (i: number) => inRest.some((w) => { const at = rest.indexOf(w); return at >= 0 && at < i && i < at + w.length; });
  const verbs = inRest.filter((w) => NOT_A_TOPIC.has(w) && !STEPS.includes(w));
  let cut = before.length;
  for (let i = 1; i < before.length; i++) {
    const tail = before.slice(i);
    if (!inside(i) && (PREDICATE_STARTS.test(tail) || verbs.some((v) => tail.startsWith(v)))) { cut = i; break; }
  }
  const head = before.slice(0, cut);
  const after = rest.slice(head.length);
  // A generic head noun anywhere after it; any noun right after 有什么/有哪些 (the thing asked about).
  const asked = new RegExp(`(?:有什么|有哪些|有没有|什么|哪些)(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`).exec(after)?.[1];
  const heads = words.filter((w) => (HEADS.test(w) || (w === asked && !/^(?:人员|人群|对象|人)$/.test(w))) && after.includes(w) && !head.includes(w));
  return { head: head.replace(/[的了]$/, ''), heads };
}

/** A question that asks what something is: "什么是X", "什么叫X", "什么算是X". */
const DEFINES = /^(?:请问)?(?:什么是|什么叫|什么算是?|何为|啥是|啥叫)([^，,。？?\s]{2,12}?)(?:呢|啊)?[？?]?$/;

/** What is asked of a thing, at the end of a topic phrase: "借图书|的步骤". */
const ASKED_OF_IT = /的?(?:步骤|流程|方法|办法|手续|材料|条件|标准|时间|政策|规定)$/;
/** … and at the end of a topic the plan names ("临时救助|的范围"; not 标准, part of 最低工资标准's name). */
const ASKED_OF_A_TOPIC = /的?(?:步骤|流程|范围|对象|内容|好处|作用|意思|含义|区别)$/;

/**
 * The topic of a question that names no word of the plan ("长护险到底是什么险", "借图书的步骤是什么"): its words up to
 * the first question word or predicate, without what is asked of it; none when it starts with a pronoun ("这样的事").
 */
function unnamedTopic(question: string): string {
  const first = question.split(/[，,；;\s]+/)[0] ?? '';
  const ends = new RegExp(ENDS_TOPIC.source, 'g');
  ends.lastIndex = 1;
  const end = ends.exec(first);
  let phrase = end ? first.slice(0, end.index) : first;
  for (let i = 1; i < phrase.length; i++) {
    if (PREDICATE_STARTS.test(phrase.slice(i))) { phrase = phrase.slice(0, i); break; }
  }
  phrase = phrase.replace(ASKED_OF_IT, '');
  return phrase.length >= 2 && phrase.length <= 8 && !/^[我你您他她它这那该此]/.test(phrase) && !POINTS_BACK.test(phrase) ? phrase : '';
}

/** A question whether someone can have or do something ("外地户口孩子能上公办小学吗"; not 能 inside a word: 技能). */
const CAN_QUESTION = /(?:能不能|可不可以|(?<![技功智才本性体职潜效可动产节])能|可以)[^，,。？?]{1,12}[吗么][？?]?$/;

/** "如果快到退休年龄了呢": a condition put to the last question, not a topic in place of its own. */
const CONDITION = /^(?:如果|要是|假如)/;

/**
 * The previous question with the follow-up's words in it: swapped for words of the same class ("那城里的呢" after 农村);
 * a condition put before it ("如果快到退休年龄了，失业了能领失业金吗"); a place or a group of people named before
 * its topic ("农村的幼儿园…"); otherwise in place of its topic ("那婚前检查呢" after 孕前检查要钱吗 → 婚前检查要钱吗).
 */
function swapInto(previous: string, replacement: string, topic: string, condition: string | null, isModifier = false): string {
  const swappedIn = swapped(previous, replacement);
  if (swappedIn !== null) return swappedIn;
  if (condition !== null) return `${condition}，${previous}`;
  const named = `${replacement}${/[的]$/.test(replacement) ? '' : '的'}`;
  const at = topic === '' ? -1 : previous.indexOf(topic);
  if (at < 0) return `${named}${previous}`;
  const qualifies = isModifier || new RegExp(`^(?:${PEOPLE_NAMED.source}|${PLACES_NAMED.source})的?$`).test(replacement);
  return `${previous.slice(0, at)}${qualifies ? named + topic : replacement}${previous.slice(at + topic.length)}`;
}

/** Nouns by what they end in: a fee (学费, 课本费), an insurance, a leave, a fund, a card, a certificate, a place. */
const KIND = /[费险假金卡证院园馆站]$/;

/** A word of the previous question of the same kind as `replacement` (学费 for 课本费): both end in the same KIND noun. */
function sameKind(previous: string, replacement: string, read: ReadTurn): string | undefined {
  if (!KIND.test(replacement) || replacement.length > 6) return undefined;
  return read(previous).focus.map((g) => g[0]!).find((w) => w.length >= 2 && w !== replacement && w.endsWith(replacement.slice(-1)) && previous.includes(w) && !replacement.includes(w));
}

/** The previous question with words of `replacement` swapped in for words of the same class, or null when none is. */
function swapped(previous: string, replacement: string): string | null {
  let text = previous;
  let any = false;
  for (const cls of CONTRASTS) {
    const word = cls.find((w) => replacement.includes(w));
    if (!word) continue;
    // The whole short phrase that ends with it ("普通高中" for 高中), not the class word alone.
    const phrase = replacement.replace(/的$/, '');
    // A person who only qualifies another word ("生孩子的住院费": 孩子 of 住院费) swaps nothing; a place does
    // ("城里的老房子": 城里 for 农村).
    if (cls === CONTRASTS[3] && new RegExp(`${word}的[^，,]{2,}$`).test(phrase)) continue;
    const whole = phrase.endsWith(word) && phrase.length <= 6 && !phrase.includes('的') ? phrase : word;
    // The longest word of the class the question names (大学生, not the 学生 inside it).
    const outgoing = cls.filter((w) => w !== whole && text.includes(w) && !whole.includes(w)).sort((a, b) => b.length - a.length)[0];
    // Not the words before it twice ("那坐地铁呢" after 老年人坐公交免费吗: 坐 is there already).
    const incoming = outgoing !== undefined && whole !== word && text.includes(`${whole.slice(0, -word.length)}${outgoing}`) ? word : whole;
    if (outgoing) {
      text = text.replace(outgoing, incoming);
      any = true;
    }
  }
  return any ? text : null;
}
