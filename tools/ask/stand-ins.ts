/**
 * Everyday words that stand for a plan word they contain (福利院 → 福利, 追溯到 → 追溯): the plan never uses the
 * word, but a sentence naming the plan word inside it speaks of the same thing (每个设区市建有1—2家区域性儿童福利机构
 * answers "每个市都会有儿童福利院吗"). For compose.ts only: the Question the decision model reads is unchanged.
 */
import type { Engine } from '../../retrieval/engine.ts';
import { askedAttribute, type Question } from './question.ts';

/** Plan words too general to stand for anything (a verb or a grammatical word inside an everyday word). */
const TOO_GENERAL = new Set(['一个', '一些', '可以', '能够', '进行', '没有', '什么', '这些', '那些', '以上', '以下', '其他']);

/** The longest plan word of at least two characters inside an everyday word (not the word itself), or null. */
export function planWordInside(word: string, engine: Engine): string | null {
  const words = engine.deps.lexicon.words;
  for (let len = word.length - 1; len >= 2; len--) {
    for (let at = 0; at + len <= word.length; at++) {
      const w = word.slice(at, at + len);
      if (words.has(w) && !TOO_GENERAL.has(w)) return w;
    }
  }
  return null;
}

/** Where people live: near it means near the person ("小区附近"); near a hospital or a school is a place asked about. */
const HOME_PLACES = new Set(['小区', '社区', '家', '村', '村里', '村子', '居住区', '住处', '宿舍']);

/** Words after a place that say only "near it": 附近, 周边, 旁边 … */
const NEAR = /^(?:附近|周边|周围|旁边|边上|门口|跟前)/;

/** Whether every mention of a word in the question is followed by a word of nearness ("小区附近会不会多一些托育的地方"). */
function nearnessOnly(text: string, word: string): boolean {
  let seen = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!NEAR.test(text.slice(at + word.length))) return false;
    seen = true;
  }
  return seen;
}

/**
 * 不同 before a noun ("在县里、市里、省里不同医院看病") says "various", not "how do they differ" ("有什么不同", "不同在哪"):
 * it names no topic and asks no definition.
 */
const VARIOUS = /不同(?=[\u4e00-\u9fff])(?!之处|在[哪于]|点|吗|么|呢|的地方)/;

/** Whether every 不同 of the question is "various" before a noun. */
function differentOnlyAsVarious(text: string): boolean {
  let seen = false;
  for (let at = text.indexOf('不同'); at >= 0; at = text.indexOf('不同', at + 1)) {
    if (!VARIOUS.test(text.slice(at))) return false;
    seen = true;
  }
  return seen;
}

/** The asked attribute once a "various" 不同 is read as such: a definition asked only by it is a yes/no or open question. */
function askedWithoutVarious(q: Question): Question['asked'] {
  if (q.asked !== 'definition' || !differentOnlyAsVarious(q.simplified)) return q.asked;
  const asked = askedAttribute(q.simplified.replaceAll('不同', ''));
  return asked === 'yes_no' || asked === 'general' ? asked : q.asked;
}

const CACHE = new WeakMap<Question, Question>();

/**
 * The question as compose reads it: each plan-absent word holding a plan word becomes a focus group of both
 * ([福利院, 福利]) and is no longer absent — a sentence must name its plan word, and naming it answers for it. A
 * plan-absent word holding none (补交, 前途) stays absent: what it asks no plan sentence states.
 */
export function withStandIns(q: Question, engine: Engine): Question {
  let read = CACHE.get(q);
  if (read) return read;
  const groups: string[][] = [];
  // Where the question names its focus words: an absent word inside or across one ("小区里" read 小|区里) is an
  // artefact of segmenting, not a word asked.
  const named = new Array<boolean>(q.simplified.length).fill(false);
  for (const g of q.focus) for (let at = q.simplified.indexOf(g[0]!); at >= 0; at = q.simplified.indexOf(g[0]!, at + 1)) named.fill(true, at, at + g[0]!.length);
  const artefact = (word: string) => {
    let seen = false;
    for (let at = q.simplified.indexOf(word); at >= 0; at = q.simplified.indexOf(word, at + 1)) {
      if (!named.slice(at, at + word.length).some(Boolean)) return false;
      seen = true;
    }
    return seen;
  };
  const absent = q.absent.filter((a) => {
    if (artefact(a.word)) return false;
    const inside = planWordInside(a.word, engine);
    if (inside === null || q.focus.some((g) => g.includes(inside) || g[0] === a.word)) return inside === null;
    groups.push([a.word, inside]);
    return false;
  });
  // Where the person lives, named only to say "near it" ("小区附近"), is no topic of what is asked.
  // "不同医院" names the hospitals, not a difference asked about.
  const various = differentOnlyAsVarious(q.simplified);
  const near = q.focus.map((g) => (HOME_PLACES.has(g[0]!) && nearnessOnly(q.simplified, g[0]!)) || (various && g[0] === '不同'));
  const asked = askedWithoutVarious(q);
  if (absent.length === q.absent.length && !near.some(Boolean) && asked === q.asked) read = q;
  else {
    const kept = q.focus.map((_, i) => i).filter((i) => !near[i]);
    // Modifier links point at the kept groups' new places (-1 when the modifier was dropped).
    const modifierOf = kept.map((i) => kept.indexOf(q.modifierOf[i]!));
    read = { ...q, asked, focus: [...kept.map((i) => q.focus[i]!), ...groups], modifierOf: [...modifierOf, ...groups.map(() => -1)], absent };
  }
  CACHE.set(q, read);
  CACHE.set(read, read);
  return read;
}
