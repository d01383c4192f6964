/**
 * What a question asks about, for ranking: the part of the text that asks (the clauses holding a question word or
 * mark, not the story told before them), with the words that name what is asked about the topic (标准, 条件, 申请,
 * 多少 …) blanked out. Search counts the words of this part twice and the rest of the question once, so the topic
 * asked about chooses the clause, not the story's words or the attribute asked ("我一个人带两个孩子，能申请低保吗":
 * 低保, not 孩子 or 申请). General Chinese only; no topic of the plan is named here.
 */

/** Where a text splits into sentences, and a sentence into clauses. */
const SENTENCE_END = /[。！？!?；;\n]+/;
const CLAUSE_BREAK = /[，,\s]+/;

/** A clause told in the first person ("我一个人带两个孩子", "我们今年准备要宝宝"): the story, when it asks nothing. */
const FIRST_PERSON = /^(?:但是?|可是|而且|现在|目前|今年|去年)?(?:我|咱|本人|家里|俺)/;

/**
 * A clause that asks: a question mark, a sentence-final particle, a question word or an A-not-A form. 几 only
 * with a measure word after it ("几个"), 哪 in any form (哪里, 哪些, 哪个).
 */
const ASKS = /[？?]|[吗呢嘛]|(?<![什怎这那多])么$|怎么|怎样|咋|如何|什么|啥|多少|多久|多长|几[个岁年月天号级次项种类成万千百]|哪|谁|是否|能否|可否|[能会有是可要行](?:不|没)[能会有是可要行]|请问|想问|咨询/;

/**
 * Words that say what is asked about a topic rather than which topic: the amount (多少, 标准), the procedure (申请,
 * 办理, 流程), the conditions (条件, 资格), the kind of answer (政策, 规定). They still count once, with the rest of
 * the question; they never decide the clause on their own.
 */
export const ATTRIBUTE_WORDS = [
  '怎么办', '有什么用', '有哪些', '是什么', '什么样',
  '标准', '条件', '资格', '要求', '申请', '申领', '办理', '流程', '手续', '材料', '多少', '多久', '怎么', '如何', '怎样',
  '政策', '规定', '具体', '相关', '有关', '情况', '问题', '可以', '能否', '是否', '需要', '哪些', '什么', '请问', '咨询',
];

/** The attribute words as one pattern, longest first so 怎么办 wins over 怎么. */
const ATTRIBUTE = new RegExp([...ATTRIBUTE_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * The clauses of a normalised question that ask, without the story: sentences before the last one that asks, when
 * they ask nothing, and clauses in the first person that ask nothing are left out. The text itself when nothing is
 * left out (a plain question, or a text that asks nothing: "希望在乡村建运动场地" is all request).
 */
export function askingPart(text: string): string {
  const sentences = text.split(SENTENCE_END).filter((s) => s.trim() !== '');
  let last = sentences.length - 1;
  while (last > 0 && !ASKS.test(sentences[last]!)) last--;
  if (!ASKS.test(sentences[last] ?? '')) return text;
  const kept: string[] = [];
  let dropped = false;
  sentences.forEach((sentence, i) => {
    if (i < last && !ASKS.test(sentence)) return void (dropped = true);
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      if (clause === '') continue;
      if (ASKS.test(clause) || !FIRST_PERSON.test(clause)) kept.push(clause);
      else dropped = true;
    }
  });
  return dropped ? kept.join('，') : text;
}

/**
 * What the asking part names: attribute words replaced by a comma, unless a longer word of the plan (`words`)
 * covers them (高标准 is a topic, 标准 alone an attribute). "" when nothing is left ("怎么申请？").
 */
export function askingFocus(part: string, words?: ReadonlySet<string>): string {
  const focus = part.replace(ATTRIBUTE, (w, at: number) => (words && insideWord(part, at, w.length, words) ? w : '，'));
  return /[\u3400-\u9fffA-Za-z0-9]/.test(focus) ? focus : '';
}

/** Whether a longer lexicon word covers text[at, at + length) (up to three characters either side). */
function insideWord(text: string, at: number, length: number, words: ReadonlySet<string>): boolean {
  for (let start = Math.max(0, at - 3); start <= at; start++) {
    for (let end = at + length; end <= Math.min(text.length, at + length + 3); end++) {
      if (end - start > length && words.has(text.slice(start, end))) return true;
    }
  }
  return false;
}
