/** The corrections index: exact match after normalisation, newest wins, phrasings for the search index. */
import { describe, expect, it } from 'vitest';
import t2s from '../../retrieval/data/t2s.json' with { type: 'json' };
import { createCorrectionIndex, extraPhrasings, normalizeQuestion, type Correction } from './corrections.ts';

const key = (text: string) => normalizeQuestion(text, t2s);

function correction(id: number, question: string, clauseIds: string[] = ['5.1.3']): Correction {
  return { id, question, clauseIds, outOfScope: clauseIds.length === 0, note: null, createdAt: '2026-01-01T00:00:00.000Z' };
}

describe('normalizeQuestion', () => {
  it.each([
    ['失业保险金怎么领？', '失业保险金怎么领'],
    ['失业保险金 怎么领?', '失业保险金怎么领'],
    ['失業保險金怎麼領？', '失业保险金怎么领'],
    ['ＡＢＣ，失业保险金！', 'abc失业保险金'],
    ['「低保」——怎么申请…', '低保怎么申请'],
    ['2025年 85%', '2025年85'],
  ])('%s → %s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('keeps different questions apart', () => {
    expect(key('低保怎么申请')).not.toBe(key('低保边缘怎么申请'));
  });
});

describe('createCorrectionIndex', () => {
  it('finds a correction by the normalized question, in Traditional, full width or with other punctuation', () => {
    const index = createCorrectionIndex([correction(1, '失业保险金怎么领？')], key);
    for (const q of ['失业保险金怎么领？', '失业保险金怎么领', ' 失業保險金 怎麼領?']) expect(index.lookup(q)?.id).toBe(1);
    expect(index.lookup('失业保险金领多久？')).toBeNull();
    expect(index.lookup('')).toBeNull();
  });

  it('lets the newest of two corrections for one question win and lists newest first', () => {
    const index = createCorrectionIndex([correction(2, '低保怎么申请', ['11.1.1']), correction(5, '低保 怎么申请？', [])], key);
    expect(index.lookup('低保怎么申请')?.id).toBe(5);
    expect(index.corrections.map((c) => c.id)).toEqual([5, 2]);
  });

  it('is empty without corrections', () => {
    expect(createCorrectionIndex([], key).lookup('低保怎么申请')).toBeNull();
  });
});

describe('extraPhrasings', () => {
  it('gives each clause of a clause-pointing correction its question; out-of-scope ones give none', () => {
    expect(extraPhrasings([correction(1, '娃上学怎么办', ['4.1.2', '4.1.3']), correction(2, '个税怎么退', [])])).toEqual([
      { clauseId: '4.1.2', text: '娃上学怎么办' },
      { clauseId: '4.1.3', text: '娃上学怎么办' },
    ]);
  });
});
