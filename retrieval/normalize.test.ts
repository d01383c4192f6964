/** The common-text path of normalize gives exactly what the definition (NFKC, 繁→简, lower case, spaces) gives. */
import { describe, expect, it } from 'vitest';
import { loadQuestions, loadRealQuestions, QUESTION_SETS, REAL_SETS } from '../eval/questions.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import t2s from './data/t2s.json' with { type: 'json' };
import { normalize, normalizeAny } from './normalize.ts';

const table = t2s as Record<string, string>;

/** Every code unit from `first` to `last`, as one-character strings. */
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCharCode(first + i));

describe('normalize', () => {
  it('maps every character of the fast ranges, and their neighbours, as the definition does', () => {
    const chars = [...range(0x00, 0x2ff), ...range(0x2000, 0x206f), ...range(0x3000, 0x303f), ...range(0x4dc0, 0xa000), ...range(0xf900, 0xfaff), ...range(0xfe30, 0xffef)];
    const differ = chars.filter((ch) => normalize(ch, table) !== normalizeAny(ch, table) || normalize(`a${ch}b`, table) !== normalizeAny(`a${ch}b`, table));
    expect(differ.map((ch) => `U+${ch.charCodeAt(0).toString(16)}`)).toEqual([]);
  });

  it('agrees with the definition on questions, the plan, and random mixtures of spaces, cases, widths and scripts', () => {
    const texts = [
      ...Object.values(QUESTION_SETS).flatMap((f) => loadQuestions(f).map((q) => q.question)),
      ...Object.values(REAL_SETS).flatMap((f) => loadRealQuestions(f).map((q) => q.question)),
      ...PLAN_DATA.clauses.flatMap((c) => [c.text, ...c.path]),
      '  我５９歲失業了，失业金能領到什麼時候？  ',
      'Ｆａｍｉｌｙ　Ｄｏｃｔｏｒ\t\n服務',
      '',
      '   ',
      '\u3000\u3000低保\u3000',
    ];
    const alphabet = [' ', ' ', '\t', '\n', '\u3000', '\u00a0', 'A', 'z', 'Ｑ', '９', '，', '。', '“', '…', '①', '醫', '医', '們', '𠮷', 'é', 'e\u0301', '﨑', 'ﬁ', '·', '—', '《', '》', '\u200b'];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) texts.push(Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => alphabet[Math.floor(rnd() * alphabet.length)]!).join(''));
    const differ = texts.filter((t) => normalize(t, table) !== normalizeAny(t, table));
    expect(differ).toEqual([]);
    expect(texts.length).toBeGreaterThan(5500);
  });
});
