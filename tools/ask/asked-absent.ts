/**
 * Which everyday words of a question, absent from the plan, are what it asks about (tools/ask/compose.ts: a yes/no
 * question hinging on one is not answered by the plan's sentence about its topic; tools/ask/decide.ts: a feature).
 * General Chinese only: a word's general IDF and its place before the question's particle.
 */
import type { Question } from './question.ts';

/**
 * General-Chinese IDF from which an everyday word the plan never uses is specific enough to be what a question asks
 * about (补交 11.0, 福利院 10.8); below it, such a word is a deictic, an adverb or a person (这边, 还要, 家门口,
 * 老百姓, 爸爸: 6–9) and asks nothing the plan's sentence about the topic does not answer.
 */
export const ASKED_ABSENT_IDF = 10;

/**
 * From this general IDF, an everyday word right after a yes/no question's modal (会, 能) is its verb, asked (抚养 8.6);
 * below it, a common word of any topic (回来, 一起, 马上: 5–7).
 */
const MODAL_VERB_IDF = 8;

/** A word starting with a direction or an adverb ("往上调", "再多"): how the verb after it goes, not the verb. */
const ADVERB_START = /^[往向朝再更多少都也还就又一不没很最太]/;

/** The end of a yes/no question: its particle, any punctuation after it. */
const YES_NO_END = /^(?:吗|么|呢|嘛)?[？?。！!，,\s]*$/;

/**
 * The everyday words, absent from the plan, that a question asks about: a specific one (general IDF ≥
 * ASKED_ABSENT_IDF), or any in the predicate's place right before the yes/no particle ("有前途吗", "会取消吗").
 */
export function askedAbsent(q: Question): string[] {
  const asking = askingClauseStart(q.simplified);
  return q.absent
    .filter((a) => {
      const at = q.simplified.lastIndexOf(a.word);
      if (notAsking(a.word, q.simplified.slice(0, Math.max(0, at)))) return false;
      // A word of the story told before the question ("周末想带娃去学校操场跑跑步，…会对外开放吗") is not what it asks.
      if (at >= 0 && at < asking) return false;
      if (a.idf >= ASKED_ABSENT_IDF) return true;
      // The verb of a yes/no question right after its modal ("国家会抚养烈士的子女吗"): what it asks will be done.
      // Not inside a clause describing what is asked for ("有没有能远程看着老人的设备": 设备 is asked, 远程 describes it).
      if (at >= 0 && q.asked === 'yes_no' && a.idf >= MODAL_VERB_IDF && !ADVERB_START.test(a.word) && /(?<!有没有|有)(?:会|能|肯|愿意)$/.test(q.simplified.slice(0, at))) return true;
      return at >= 0 && YES_NO_END.test(q.simplified.slice(at + a.word.length));
    })
    .map((a) => a.word);
}

/**
 * An everyday word that names no thing asked: a place with its locative (菜场里 read 菜|场里, 家里 — where, not what),
 * or a verb with its result after 能/得 ("都能打上吗", "能用上吗", "吃得到吗" — whether one gets the thing named
 * before it, which the sentence providing that thing answers).
 */
function notAsking(word: string, before: string): boolean {
  if (/^[\u4e00-\u9fff]里$/.test(word)) return true;
  // Whether what the person heard is true ("听说…，是真的吗"): what is asked is the claim before it, not 真的.
  if (CLAIM_WORDS.has(word)) return true;
  return /^[\u4e00-\u9fff][上到着]$/.test(word) && /(?:能|得|可以)$/.test(before);
}

/** Words asking whether a claim is true ("是真的吗", "属实吗"): the claim is asked, not these. */
const CLAIM_WORDS = new Set(['真的', '真实', '属实', '确实', '是真', '假的']);

/** A clause that asks: a question particle, mark or word. */
const ASKS = /[吗么呢？?]|什么|怎么|怎样|如何|哪|多少|几|谁|能不能|可不可以|有没有|是不是|会不会|是否|能否/;

/**
 * Where the clause that asks starts: the last clause (between commas and stops) with a question word, when the
 * question has more than one clause and the clauses before it ask nothing; 0 otherwise.
 */
export function askingClauseStart(text: string): number {
  const clauses = [...text.matchAll(/[^，,。；;！!？?\s]+[，,。；;！!？?\s]*/g)];
  if (clauses.length < 2) return 0;
  const asking = clauses.findLastIndex((m) => ASKS.test(m[0]));
  if (asking <= 0 || clauses.slice(0, asking).some((m) => ASKS.test(m[0]))) return 0;
  return clauses[asking]!.index!;
}

