/**
 * The third outcome beside answer and refer: ask which plan topic the person means. Used sparingly — when the
 * question is short and asks nothing specific, the best clauses are close in score and sit under different
 * headings, and the decision model is not sure (or the question is a bare word such as "养老"). The options are the
 * plan's own headings of those clauses, each checked before it is offered: sent back alone, it must be answered,
 * leading with its clause. A clarifying answer cites nothing and presents no plan sentence as the answer.
 */
import type { Engine } from '../../retrieval/engine.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Answer } from '../schemas/answer.ts';
import { CLARIFY_LINE, CLARIFY_NONE, CLARIFY_QUESTION } from '../wording.ts';
import { coverageProbability, decisionFeatures, type DecisionModel } from './decide.ts';
import { focusShare } from './compose.ts';
import { hasFigure } from './figures.ts';
import { planNormalized } from './plan-text.ts';
import type { Question } from './question.ts';
import decisionModel from './data/decision-model.json' with { type: 'json' };

/** A clarifying question: the line shown, and the topics offered (each option a plan heading, with its clause). */
export interface Clarification {
  answer: string;
  followUp: NonNullable<Answer['followUp']>;
}

/** Characters that carry no topic: anything not a CJK character, and function words and question words. */
const NON_CONTENT = /[^\u3400-\u9fff]|[我你他她它的了吗呢吧啊呀么是有能会要想在和与都还就又也请问些哪啥咋谁怎什多少该给这那个可以如何为一下时候们]/g;

/**
 * A question this short (content characters) that asks nothing specific may mean any of several topics. Fitted on
 * the train side of the real sets (eval/real-split.ts): 8, 10 and 12 pick nearly the same questions; 10 is the middle.
 */
const SHORT = 10;
/** A bare word (养老, 幼儿园): whatever the model's confidence, several headings may be meant. */
const BARE = 4;
/**
 * The decision model's band of doubt: it answers (≥ 0.5) but is not sure (< 0.75). Train side: 0.7–0.8 pick the same
 * questions; above it the lead is right nearly always.
 */
const DOUBT: [number, number] = [0.5, 0.75];
/**
 * Clauses scoring at least this share of the best are "close". The head of a ranking is scored by the learned ranker
 * (best × e^(value − best value), retrieval/search.ts), which spreads the head more than BM25 did: 0.8 was chosen on
 * BM25 scores (0.7 and 0.8 picked the same train questions); 0.6 on the ranker's (train side: 0.5–0.7 clarify the
 * same real questions, none).
 */
const CLOSE = 0.6;
/** Topics offered: two to four. */
const MAX_OPTIONS = 4;
/** A heading option shorter than this would be read as a follow-up of the question before it (question.ts, isFollowUp). */
const MIN_OPTION_CHARS = 9;

/**
 * What a question asks that leaves the topic open: nothing specific, a yes/no, what a term means, or its conditions
 * ("低保房的条件是什么样的": 低保 under social assistance or under public rental housing). Session 7, on all real items:
 * adding condition clarifies 1 of 108 test-side items (a partial one, then judged right), no other item and no curated
 * answer changes; clarifying below the model's 0.5 (instead of referring) changed no verdict (0.15: 4 more clarified).
 */
const OPEN_ASKED = new Set<Question['asked']>(['general', 'yes_no', 'definition', 'condition']);

const MODEL = decisionModel as DecisionModel;

/** The item a clause belongs to (its id's first three parts): two clauses of one item are one topic. */
const itemOf = (id: string) => id.split('.').slice(0, 3).join('.');

/** A heading as an option: without its numbering or the 〔推定〕 mark; "…服务" headings too short to stand alone get "方面的安排". */
export function optionText(heading: string): string {
  const bare = heading.replace(/^(?:\d+\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/, '').replace('〔推定〕', '');
  return bare.length >= MIN_OPTION_CHARS ? bare : `${bare}方面的安排`;
}

/**
 * The close clauses under different headings when the question should be clarified, else null: the question is
 * short and open (or a bare word), Chinese, not about the person's own situation, and the model doubts it (a bare
 * word needs no doubt); at least two items score within CLOSE of the best, each naming the question's focus.
 */
export function topicsToOffer(q: Question, hits: ClauseHit[], engine: Engine): ClauseHit[] | null {
  if (q.latin || q.personal || q.followsUp || hits.length < 2 || !OPEN_ASKED.has(q.asked)) return null;
  const content = q.simplified.replace(NON_CONTENT, '').length;
  if (content === 0 || content > SHORT) return null;
  if (content > BARE) {
    const p = coverageProbability(decisionFeatures(q, hits, engine), MODEL);
    if (p < DOUBT[0] || p >= DOUBT[1]) return null;
  }
  if (q.focus.length === 0) return null;
  const best = hits[0]!.score;
  const items = new Set<string>();
  // A topic offered must be about what was asked: its clause (or the everyday phrasing that found it) names all of
  // the question's focus, so "养老" offers 养老 topics, and a question about a bank card is not offered 慈善事业.
  const namesFocus = (h: ClauseHit) => focusShare(q, h.text + (h.phrasing ? planNormalized(engine, h.phrasing) : ''), engine) >= 1;
  const close = hits.filter((h) => {
    if (h.score < CLOSE * best || items.has(itemOf(h.id)) || !namesFocus(h)) return false;
    items.add(itemOf(h.id));
    return true;
  });
  return close.length >= 2 ? close.slice(0, MAX_OPTIONS) : null;
}

/**
 * The clarifying question for a question, or null to answer it. `answers` answers an option as a question of its
 * own (without clarifying further); an option is offered only when that answer leads with its clause. Without
 * `answers` (an option being checked), the close topics alone decide: the check then sees that this option would
 * itself be clarified, and drops it.
 */
export async function clarifyTopics(q: Question, hits: ClauseHit[], engine: Engine, answers?: (option: string) => Promise<Answer>): Promise<Clarification | null> {
  const topics = topicsToOffer(q, hits, engine);
  if (!topics) return null;
  const offered: { option: string; id: string; path: string[] }[] = [];
  for (const hit of topics) {
    const option = optionText(hit.path.at(-1) ?? '');
    // A heading with a figure would put a figure in a referral; two headings alike would offer one topic twice.
    if (hasFigure(option) || offered.some((o) => o.option === option)) continue;
    if (answers) {
      const a = await answers(option);
      if (a.status !== 'answered' || itemOf(a.citations[0]?.id ?? '') !== itemOf(hit.id)) continue;
    }
    offered.push({ option, id: hit.id, path: hit.path });
  }
  if (offered.length < 2) return null;
  return {
    answer: [CLARIFY_LINE, ...offered.map((o) => `· ${o.option}`), CLARIFY_QUESTION, CLARIFY_NONE].join('\n'),
    followUp: { kind: 'clarify', field: 'topic', question: CLARIFY_QUESTION, options: offered.map((o) => o.option), candidates: offered },
  };
}
