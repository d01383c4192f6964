/**
 * What a question asks that compose.ts says the plan leaves unspecified, read beside the Question's asked attribute:
 * everyday ways of asking for a condition, a definition, a procedure or who pays that question.ts's table does not
 * name ("有哪些门槛", "什么才算…", "如何向劳动局举报", "是什么学校"). For compose only: the Question the decision model
 * reads is unchanged. General Chinese, no topic words.
 */
import type { AskedAttribute, Question } from './question.ts';

/** One way of asking, and the attribute it asks. */
const CUES: [AskedAttribute, RegExp][] = [
  // Who qualifies or counts: a threshold, "what counts as", "counts?" at the end, "what kind of person".
  ['condition', /门槛|(?:什么|怎样|怎么样|哪些|啥)(?:情况|人|样的人)?(?:才|就)?算|才算|(?<![结计打清核预决换])算[吗么][？?]?$|什么样的(?:人|家庭|条件)|满足什么|够不够格/],
  // Whether having one thing rules out another ("拿了…就不能再…了吗", "能同时领吗"): the rule of who may have both.
  ['condition', /(?:就|还)(?:不能|能不能|可以|能)再|不能再|(?:能|可以)同时|能不能同时|重复(?:享受|领取|申请)/],
  // What a thing is: "指的是", "什么性质"; "X…Y是什么Y" (特殊学校是什么学校, 长期护理保险是什么保险) is read below.
  ['definition', /指的是|指什么|什么性质/],
  // How often, asked yes or no ("需要每月体检吗", "每年都要交吗"): a frequency, which "定期" does not give.
  ['time', /(?:需要|要|得|必须)每[天日周月年季]|每[天日周月年季](?:都|一次)(?:要|得|需要)?|多久一次|几天一次/],
  // How to do it through someone (向/到/去/跟/找 + whom + the act): the steps.
  ['procedure', /(?:怎么|如何|怎样)(?:向|到|去|跟|找|给)[\u4e00-\u9fff]{1,8}?(?:投诉|举报|反映|申请|办理|申诉|维权|求助|咨询|报名|登记|协商|索赔|讨要)/],
  // How to do it oneself: an act of one's own (存取, 协商) rather than the measures asked of the plan ("如何让…上好幼儿园").
  ['procedure', /(?:怎么|如何|怎样)(?:才能)?(?:存取|存(?!在)|取(?!得)|协商|索赔|赔偿|使用|用(?!好|于|人)|查(?!处)|退(?!出)|续|补(?!齐|短|充|贴)|开具|兑换|报名|预约|领取|提取)/],
  // Who pays or does it, as a choice ("是单位缴纳还是个人").
  ['who', /(?:单位|个人|自己|政府|企业|公司|老板|国家)[\u4e00-\u9fff]{0,6}还是[\u4e00-\u9fff]{0,4}(?:单位|个人|自己|政府|企业|公司|老板|国家)/],
];

/** The attributes a question asks beyond its asked attribute and its other parts' (Question.alsoAsked). */
export function moreAsked(q: Question): Question['alsoAsked'] {
  const known = new Set<AskedAttribute>([q.asked, ...q.alsoAsked.map((a) => a.asked)]);
  const found = CUES.filter(([asked, re]) => !known.has(asked) && re.test(q.simplified)).map(([asked]) => asked);
  if (!known.has('definition') && asksKindOfItself(q.simplified)) found.push('definition');
  return [...new Set(found)].map((asked) => ({ asked, unit: null }));
}

/**
 * "特殊学校是什么学校", "长期护理保险是啥险": the kind asked is the head of the thing's own name, so the question asks what
 * the thing is. Not "金蓝领是什么行动" or "浙里好玩是啥平台": a sentence naming it as a 行动 or a 平台 answers those.
 */
export function asksKindOfItself(text: string): boolean {
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,12})(?:具体)?是(?:什么|啥|哪种|哪一种)([\u4e00-\u9fff]{1,3}?)(?=[？?。，,！!\s]|$)/g)) {
    const [, subject, kind] = m as unknown as [string, string, string];
    if (subject.endsWith(kind) || (kind.length === 1 && subject.at(-1) === kind)) return true;
  }
  return false;
}
