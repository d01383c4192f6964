/**
 * A message that is only a greeting, thanks, an acknowledgement or a goodbye ("你好", "谢谢！", "好的，明白了", "在吗")
 * asks nothing of the plan: it gets a short courteous reply (status no_match: no claim, no citation) instead of
 * "the plan has nothing on your question", and is not logged as an unanswered question. General Chinese; a message
 * with anything else in it ("谢谢，那农村的呢") is a question and is answered as one. Pure.
 */
import { SMALL_TALK_GREETING, SMALL_TALK_THANKS } from '../wording.ts';

/** Greetings (a reply introduces the assistant). */
const GREETING = /您好|你好|妳好|哈喽|哈啰|嗨|hello|hi|hey|在吗|在嗎|在不在|有人吗|有人嗎|早上好|上午好|中午好|下午好|晚上好|早安|晚安/gi;
/** Thanks, acknowledgements and goodbyes (a reply says 不客气 and where to ask next). */
const CLOSING = /(?:谢谢|謝謝|感谢|感謝)(?:[你您妳]们?)?(?:的(?:解答|回答|回复|帮助|耐心))?|多谢|多謝|谢了|謝了|辛苦了|thanks|thank you|好的|明白了?|知道了?|了解了?|懂了|收到|ok|okay|没问题了?|沒問題了?|再见|再見|拜拜|bye|好吧|行吧|[好行嗯哦噢喔]/gi;
/** What may stand between them: punctuation, spaces, emoji, particles. */
const FILLER = /[\s\p{P}\p{S}\p{Emoji_Presentation}啊呀哈呢吧啦嘛哦的了呵]/gu;

/** Polite openers that ask nothing themselves ("不好意思，", "想咨询一下，"): left out before a question, never replied to. */
const OPENER = /不好意思|打扰一下|打扰了|打擾了|麻烦问一下|麻烦一下|请问一下|想问一下|问一下|想咨询一下|咨询一下/g;

/** Whether a text is only small talk (and what may stand between: punctuation, particles); conversation.ts reads such a turn as no question. */
export function onlySmallTalk(text: string, openers = false): boolean {
  const rest = (openers ? text.replace(OPENER, '') : text).replace(GREETING, '').replace(CLOSING, '');
  return rest.replace(FILLER, '').length === 0;
}

/**
 * The reply to a message that is only small talk, or null when it asks anything. The first message of a conversation
 * ("好", "谢谢" with nothing before it) is greeted back: there is nothing yet to say 不客气 for.
 */
export function smallTalkReply(message: string, first = false): string | null {
  const text = message.trim();
  if (text.length === 0 || text.length > 24 || !onlySmallTalk(text)) return null;
  const greets = GREETING.test(text);
  GREETING.lastIndex = 0;
  return greets || first ? SMALL_TALK_GREETING : SMALL_TALK_THANKS;
}

/** A clause of a message and the punctuation after it. */
const LEADING_CLAUSE = /^([^，,。！!？?\s~～；;：:]{1,12})[，,。！!？?\s~～；;：:]+/;

/**
 * The message without the greetings, thanks and openers it starts with ("你好，低保怎么申请" → "低保怎么申请",
 * "谢谢！那农村的呢" → "那农村的呢"), so they neither dilute the question nor hide a follow-up. A message that is
 * small talk only is returned as it is.
 */
export function withoutSmallTalk(message: string): string {
  let rest = message.trimStart();
  for (let m = LEADING_CLAUSE.exec(rest); m && m[0].length < rest.length && onlySmallTalk(m[1]!, true); m = LEADING_CLAUSE.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}
