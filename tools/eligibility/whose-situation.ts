/**
 * Whose situation a conversation speaks of, so that eligibility is judged only for a person who spoke of themselves
 * (or of a relative, or filled the form), never for a group a general question names.
 *
 * A user turn counts as stating a situation when it names a person (我, 我家, 家里, 我妈, 邻居王大爷…) and, read as
 * the question it is, states a fact about them ("我是高校毕业生，有什么就业政策", "我妈72岁了"), or when it replies
 * to the chat's own eligibility question ("城镇", "是"); later turns keep that person as their topic. A statement
 * with no one in it ("40-50岁失业了怎么办", "刚退伍有什么待遇") is about nobody in particular. A terse or general question ("高校毕业生就业政策", "孤儿有什么待遇",
 * "残疾证等级标准") is read as a question: the group it names is what is asked about, nobody's fact. Its group is
 * returned as `named` so the chat can offer the check (ELIGIBILITY_CHECK_OFFER) instead of judging anyone.
 */
import { ELIGIBILITY_ASK_LINES, ELIGIBILITY_CHECK_OFFER } from '../wording.ts';
import { mentionsPerson, readStatedFacts, type StatedFacts } from './extract-profile.ts';
import { FIELD_DOMAINS } from './field-domains.ts';
import { PROFILE_FIELDS, type Profile, type ProfileField } from './profile.ts';
import { FIELD_QUESTIONS } from './questions.ts';

/** One turn of the conversation, as the chat passes it. */
export interface SituationTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** What the conversation says about whose situation may be judged. */
export interface Situation {
  /** The facts of the turns that state a situation (readStatedFacts), or null when no turn does. */
  stated: StatedFacts | null;
  /** Yes/no replies to the chat's own question ("是" to "您是高校毕业生吗？"), for the person the conversation is about. */
  answered: Partial<Profile>;
  /** The group the last question names, read as if someone belonged to it: only for offering the check, never judged. */
  named: Partial<Profile>;
  /** The last turn asks for the check (ELIGIBILITY_CHECK_OFFER). */
  checkRequested: boolean;
}

/** The asker's own words around a question ("我想问一下", "请问", "帮我查一下"): they state nothing about the asker. */
const ASKER = /^(?:你好|您好|请问|麻烦问一下|麻烦|咨询一下)?[，,]?(?:(?:我|俺)(?:想|要|就)?(?:问|咨询|了解|请教|打听|知道|查)(?:一下|下|问|一问)?|帮我(?:查|看|问)(?:一下|下|查)?|请问)[，,：:]?/;
const YES = /^(?:是|是的|对|对的|有|有的|嗯|恩|没错|已经是)[。！!.]?$/;
const NO = /^(?:否|不是|不|没有|没|无|不对)[。！!.]?$/;

/** Whether a user turn is the one-tap request for the check. */
export function isCheckRequest(text: string): boolean {
  return text.replace(/[\s。！!？?]/g, '') === ELIGIBILITY_CHECK_OFFER;
}

/** A field question without its notes in brackets and its question mark: how it is found in an assistant turn. */
const questionCore = (q: string) => q.replace(/（[^）]*）/g, '').replace(/[？?]$/, '');

/** Whether an assistant turn asked the chat's eligibility question, or a field question (a reply to it is about the person). */
export function asksEligibility(text: string | undefined): boolean {
  if (text === undefined) return false;
  const bare = text.replace(/（[^）]*）/g, '');
  return Object.values(ELIGIBILITY_ASK_LINES).some((line) => text.includes(line)) || PROFILE_FIELDS.some((f) => bare.includes(questionCore(FIELD_QUESTIONS[f])));
}

/** The yes/no field an assistant turn asked about: the last field question it contains (notes in brackets aside). */
function askedYesNoField(asked: string): ProfileField | undefined {
  const text = asked.replace(/（[^）]*）/g, '');
  let found: { field: ProfileField; at: number } | undefined;
  for (const field of PROFILE_FIELDS) {
    if (FIELD_DOMAINS[field].length !== 2 || typeof FIELD_DOMAINS[field][0] !== 'boolean') continue;
    const core = questionCore(FIELD_QUESTIONS[field]);
    const at = text.lastIndexOf(core);
    if (at >= 0 && (!found || at > found.at)) found = { field, at };
  }
  return found?.field;
}

/**
 * Reads whose situation the conversation states. `turns` is the whole conversation (user and assistant), already
 * masked; only user turns are read for facts, assistant turns only to know whether the chat had asked its question.
 */
export function whoseSituation(turns: readonly SituationTurn[]): Situation {
  const read: string[] = [];
  const answered: Partial<Profile> = {};
  let personal = false;
  // Until a turn names a person, turns are general questions; once one does, later turns keep that topic.
  let anchored = false;
  const users = turns.map((t, i) => ({ ...t, i })).filter((t) => t.role === 'user');
  for (const { content, i } of users) {
    if (isCheckRequest(content)) continue;
    const previous = turns[i - 1]?.role === 'assistant' ? turns[i - 1]!.content : undefined;
    if (asksEligibility(previous)) {
      personal = anchored = true;
      const field = askedYesNoField(previous!);
      const reply = content.trim();
      if (field && (YES.test(reply) || NO.test(reply))) Object.assign(answered, { [field]: YES.test(reply) });
      else read.push(content);
    } else if (anchored || mentionsPerson(content.replace(ASKER, ''))) {
      anchored = true;
      read.push(content);
    }
  }
  const stated = readStatedFacts(read);
  const states = stated.subject === 'other' || Object.keys(stated.profile).length > 0 || stated.conflicts.length > 0;
  const last = users.at(-1)?.content ?? '';
  const checkRequested = isCheckRequest(last);
  const asked = checkRequested ? users.filter((u) => !isCheckRequest(u.content)).at(-1)?.content : last;
  const named = asked ? readStatedFacts(`我是${asked.trim().replace(ASKER, '')}`).profile : {};
  return { stated: personal || states ? stated : null, answered, named, checkRequested };
}
