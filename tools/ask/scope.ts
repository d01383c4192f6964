/**
 * Does the plan cover the question? A bare BM25 threshold separates in- and out-of-scope questions poorly
 * (measured on this plan; README "Search design"), so the decision also asks how much of the question the best clauses actually cover:
 * the share of the question's content characters that fall inside a word or bigram found in those clauses
 * (an everyday word counts as covered when a plan term it stands for is found).
 */
import type { Engine } from '../../retrieval/engine.ts';
import type { PreparedQuery } from '../../retrieval/prepare.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import { planNormalized } from './plan-text.ts';

/** Characters that carry no topic (question words, particles, pronouns). */
// Money and frequency words (钱, 拿, 每月) too: amount questions name no topic with them.
const FILLER = new Set([...'我你他她它的了吗呢吧啊呀么是有能会要想在和与都还就又也请问些哪啥咋谁怎什多少该给这那个可以如何为么一下时候现们家里上去来到把被让对从向吗嘛哦哈钱拿领块每', ...'？?！!。，,、：:；;（）() ']);

/**
 * Words the plan uses everywhere (政策, 措施, 有关 …): finding them in a clause says nothing about whether the
 * plan covers the question ("火星移民政策" is not covered because the plan mentions 政策).
 */
const GENERIC_WORDS = ['政策', '政府', '国家', '措施', '相关', '有关', '方面', '情况', '问题', '内容', '规定'];

/** Marks the characters of generic words in a text. */
function genericMask(text: string): boolean[] {
  const chars = [...text];
  const mask = new Array<boolean>(chars.length).fill(false);
  for (const word of GENERIC_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const start = [...text.slice(0, at)].length;
      for (let i = start; i < start + word.length; i++) mask[i] = true;
    }
  }
  return mask;
}

/** Scope features of a question against its best hits. */
export interface ScopeFeatures {
  /** BM25 score of the best sentence. */
  topScore: number;
  /** Share (0–1) of the question's content characters covered by words found in the top clauses. */
  coverage: number;
  /** Number of content characters in the question. */
  contentChars: number;
}

/** Computes the features for a normalized question; `top` is how many clauses count as "the best". */
export function scopeFeatures(normalized: string, hits: ClauseHit[], engine: Engine, top = 3): ScopeFeatures {
  const q = [...normalized];
  const generic = genericMask(q.join(''));
  const content = q.map((ch, i) => /[\u3400-\u9fff]/.test(ch) && !FILLER.has(ch) && !generic[i]);
  const contentChars = content.filter(Boolean).length;
  if (hits.length === 0 || contentChars === 0) return { topScore: hits[0]?.score ?? 0, coverage: 0, contentChars };

  const text = hits.slice(0, top).map((h) => planNormalized(engine, h.text)).join('\n');
  const covered = new Array<boolean>(q.length).fill(false);
  const mark = (from: number, len: number) => {
    for (let i = from; i < from + len; i++) covered[i] = true;
  };
  for (let i = 0; i + 1 < q.length; i++) {
    for (let len = Math.min(engine.deps.lexicon.maxLength, q.length - i); len >= 2; len--) {
      if (text.includes(q.slice(i, i + len).join(''))) {
        mark(i, len);
        break;
      }
    }
  }
  const joined = q.join('');
  for (const [word, terms] of engine.vocab.colloquial) {
    const at = joined.indexOf(word);
    if (at >= 0 && terms.some((t) => text.includes(t))) mark([...joined.slice(0, at)].length, [...word].length);
  }
  const hit = content.filter((c, i) => c && covered[i]).length;
  return { topScore: hits[0]!.score, coverage: hit / contentChars, contentChars };
}

/** For an English question: the share of its mapped plan terms that occur in the top clauses. */
export function englishCoverage(q: PreparedQuery, hits: ClauseHit[], top = 3): number {
  if (q.expansions.length === 0 || hits.length === 0) return 0;
  const text = hits.slice(0, top).map((h) => h.text).join('\n');
  return q.expansions.filter((t) => text.includes(t)).length / q.expansions.length;
}
