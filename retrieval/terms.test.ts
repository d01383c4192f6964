/** One term per token, shared by every part of search, and a bounded memory of them. */
import { describe, expect, it } from 'vitest';
import { createTerms } from './terms.ts';

describe('terms', () => {
  it('gives repeated tokens one term, across questions too', () => {
    const terms = createTerms();
    const [a, b, c] = terms.of(['养老', '服务', '养老']);
    expect(a).toBe(c);
    expect(a).not.toBe(b);
    expect(terms.of(['服务'])[0]).toBe(b);
    expect(a!.token).toBe('养老');
  });

  it('never starts afresh within a question: its repeated tokens share one term even across the bound', () => {
    const terms = createTerms();
    for (let i = 0; i < 49_998; i++) terms.of([`词${i}`]);
    const question = ['养老', '服务', '养老', '服务', '补贴', '养老'];
    const got = terms.of(question);
    expect(got[0]).toBe(got[2]);
    expect(got[0]).toBe(got[5]);
    expect(got[1]).toBe(got[3]);
  });

  it('starts afresh past its bound, and terms handed out before stay usable', () => {
    const terms = createTerms();
    const [first] = terms.of(['养老']);
    first!.sentence = null;
    for (let i = 0; i < 50_001; i++) terms.of([`词${i}`]);
    const [again] = terms.of(['养老']);
    expect(again).not.toBe(first);
    expect(again!.sentence).toBeUndefined();
    expect(first!.token).toBe('养老');
  });
});
