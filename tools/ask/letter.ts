/**
 * The questions inside a message: a letter tells a story (a page about the family, the illness, the job) and asks
 * at the end; a short message may ask two or three things at once ("低保怎么申请？需要什么材料？多久批下来？").
 * This module finds the sentences that ask and the sentences around them; it reads general Chinese only (question
 * particles and question words), never a topic.
 */

/** A message of at most this many characters, asking once, is read whole, as typed (a question with its own story). */
export const WHOLE_MESSAGE_CHARS = 150;
/** At most this many questions are answered from one message, in the order asked. */
export const MAX_PARTS = 3;

/** One sentence of a message. */
export interface Sentence {
  text: string;
  /** How it asks: a question mark or 请问 (1), a question word or particle (1), both (2); 0 a statement. */
  asks: number;
}

/** What a message asks, and the sentences it tells before each question. */
export interface MessageQuestions {
  /** The questions, in order (1 to MAX_PARTS); a message that asks nothing is one "question", the whole text. */
  questions: { text: string; story: string[] }[];
  /** True when the questions were picked out of a longer text (a letter, or several questions in one message). */
  picked: boolean;
}

/** Sentence ends: full stops, question and exclamation marks, semicolons and line breaks (a space is not one). */
const SENTENCE_END = /[^。！!？?；;\n]+[。！!？?；;\n]*/g;
/** A question mark, or 请问 ("please tell me"): the sentence asks. */
const ASKS_STRONGLY = /[？?]|请问|想问|问一下|咨询一下/;
/** The writer says they are asking now. */
const ASKS_EXPLICITLY = /请问|想问|问一下|问问|咨询一下|想了解|想知道/;
/** The writer asks for something to be done: "希望…", "恳请…", "建议…". */
const WISHES = '希望|盼望|恳请|建议|呼吁|请求';
/** … or says what those in charge should do: "政府应该多建一些免费的篮球场地". */
const WISH_OF_AUTHORITY = '(?:政府|国家|有关部门|相关部门|部门|领导|村委会|居委会|社区|学校|单位)[^，,。！!？?]{0,4}(?:应该|应当|理应)';
/** Fewest Chinese characters of a closing wish that replaces a letter's questions (a wish that says what it wants). */
const WISH_CHARS = 15;
/** A sentence that asks for something to be done rather than asking a question. */
const WISH = new RegExp(`${WISHES}|${WISH_OF_AUTHORITY}`);
/** A question particle at the end (么 only as 吗's variant, never in 什么/怎么/这么) or a question word. */
const ASKS = new RegExp(`(?:吗|呢|(?<![什怎这那多])么)[。！!？?…~～\\s]*$|能否|能不能|可不可以|可否|是否|是不是|有没有|会不会|要不要|怎么|怎样|如何|哪些|哪里|哪儿|哪个|什么时候|为什么|为何|咋|多少|多久|谁来|找谁|${WISHES}|${WISH_OF_AUTHORITY}`);

/** Splits a message into sentences (each keeps its end mark). */
export function sentencesOf(message: string): Sentence[] {
  return [...message.matchAll(SENTENCE_END)]
    .map((m) => ({ text: m[0].trim(), quoted: quotedAt(message, m.index) }))
    .filter(({ text }) => text.replace(/[。！!？?；;\s]/g, '').length > 0)
    .map(({ text, quoted }) => {
      const own = unquoted(text, quoted);
      return { text, asks: (ASKS_STRONGLY.test(own) ? 1 : 0) + (ASKS.test(own) ? 1 : 0) };
    });
}

/** Whether a position of a message is inside a quotation (“…”: more opening than closing marks before it). */
function quotedAt(message: string, at: number): boolean {
  const before = message.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

/**
 * A sentence without what it quotes: "面试官问：“能接受加班吗？”" reports someone else's question, not the writer's.
 * Terms in quotes ("“时间银行”如何存取时间") leave the sentence's own question standing.
 */
function unquoted(text: string, startsQuoted: boolean): string {
  const opened = startsQuoted ? `“${text}` : text;
  return opened.replace(/“[^”]*(?:”|$)/g, '');
}

/**
 * The questions of a message. A short message that asks at most once is read whole (its story is part of the
 * question, as typed). Otherwise the sentences that ask are the questions, each with the sentences told before it
 * (since the previous question). When a letter asks more than MAX_PARTS times, the questions that ask most plainly
 * are kept: a question mark, a question word and a topic of the plan (`topical`) each count, so "我们这边的学前教育
 * 怎样才能够提高？" outranks the rhetorical "是咋回事？"; among equals the later ones, since a letter asks at its end.
 */
export function questionsOf(message: string, topical: (sentence: string) => boolean): MessageQuestions {
  const sentences = sentencesOf(message);
  const asking = sentences.filter((s) => s.asks > 0);
  if (asking.length === 0 || (asking.length === 1 && message.length <= WHOLE_MESSAGE_CHARS)) return { questions: [{ text: message, story: [] }], picked: false };
  const letter = message.length > WHOLE_MESSAGE_CHARS;
  // A letter that says 请问/想问 asks from there on: what it wonders aloud before ("谁来照顾他？") is its story.
  const explicit = letter ? asking.findIndex((s) => ASKS_EXPLICITLY.test(s.text)) : -1;
  // A letter without 请问 that ends by asking for something ("…这跟通自来水有直接关系吗?? … 恳请政府…让我们能早点吃上
  // 健康水!!") asks that: the questions it wonders aloud before are its complaint, its story.
  const closing = asking.at(-1)!;
  // Only a wish that says what it wants, on a topic of the plan: "请求教育局领导考虑!" or "希望有关部门能给个合理解释"
  // leaves the letter's questions standing.
  const wishes = letter && explicit < 0 && asking.length > 1 && WISH.test(closing.text) && !/[？?]/.test(closing.text) && closing.text.replace(/[^\u4e00-\u9fa5]/g, '').length >= WISH_CHARS && topical(closing.text);
  const candidates = wishes ? [closing] : explicit >= 0 ? asking.slice(explicit) : asking;
  // Otherwise a letter, or a message asking more than MAX_PARTS times, keeps its plainest questions only: side
  // remarks ("有后台？") are not answered beside the question.
  const chosen = new Set(candidates.length <= MAX_PARTS && (!letter || explicit >= 0 || wishes) ? candidates : plainest(candidates, topical));
  const questions: MessageQuestions['questions'] = [];
  let story: string[] = [];
  for (const s of sentences) {
    if (chosen.has(s)) {
      questions.push({ text: s.text, story });
      story = [];
    } else story.push(s.text);
  }
  return { questions, picked: true };
}

/** Asking sentences of a letter weighed for plainness, from its end (a letter asks at its end). */
const WEIGHED = 8;

/**
 * The plainest questions (at most MAX_PARTS, the later ones among equals): a question mark, a question word and a
 * topic of the plan each count. A topic is read only where it can decide, from the end: reading is the costly part.
 */
function plainest(candidates: Sentence[], topical: (sentence: string) => boolean): Sentence[] {
  const weighed = candidates.slice(-WEIGHED).reverse();
  const best = Math.max(...weighed.map((s) => s.asks));
  const score = new Map<Sentence, number>();
  const tier = (level: number) => weighed.filter((s) => (score.get(s) ?? s.asks + (s.asks >= level - 1 && topical(s.text) ? 1 : 0)) === level);
  for (const s of weighed) if (s.asks === best) score.set(s, s.asks + (topical(s.text) ? 1 : 0));
  const top = [...score.values()].some((v) => v > best) ? tier(best + 1) : tier(best);
  return top.slice(0, MAX_PARTS).reverse();
}
