/** Query expansion finds the everyday words a scan of the whole vocabulary finds, in vocabulary order. */
import { describe, expect, it } from 'vitest';
import { loadQuestions, QUESTION_SETS } from '../eval/questions.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { expandNormalized, type Vocabulary } from './expand.ts';
import { normalize } from './normalize.ts';

/** The everyday words alone: English phrases are matched separately, after them, as before. */
const vocab: Vocabulary = { colloquial: PLAN_DATA.vocab.colloquial, english: [] };

/** The plain definition: every vocabulary word the text contains, in vocabulary order, terms without repeats. */
function scanAll(norm: string, v: Vocabulary): string[] {
  const terms = new Set<string>();
  for (const [word, mapped] of v.colloquial) if (norm.includes(word)) mapped.forEach((t) => terms.add(t));
  return [...terms];
}

describe('expandNormalized', () => {
  it('maps every eval question, and every everyday word inside a sentence, to the terms a full scan gives', () => {
    const texts = [
      ...Object.values(QUESTION_SETS).flatMap((file) => loadQuestions(file).map((q) => q.question)),
      ...vocab.colloquial.map(([word], i) => `请问${word}和${vocab.colloquial[(i * 7) % vocab.colloquial.length]![0]}怎么办`),
    ];
    for (const text of texts) {
      const norm = normalize(text, PLAN_DATA.t2s);
      expect(expandNormalized(norm, vocab), text).toEqual(scanAll(norm, vocab));
    }
  });

  it('takes words in vocabulary order, not in the order the text says them', () => {
    const v: Vocabulary = { colloquial: [['养老', ['A']], ['低保', ['B']], ['低保户', ['C']]], english: [] };
    expect(expandNormalized('低保户要养老', v)).toEqual(['A', 'B', 'C']);
    expect(expandNormalized('低保低保', v)).toEqual(['B']);
  });
});
