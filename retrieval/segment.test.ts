/** Segmentation: numbers whole, lexicon words, n-grams, Traditional input, identical on every call. */
import { describe, expect, it } from 'vitest';
import clauses from '../seeds/clauses.json' with { type: 'json' };
import { loadQuestions, QUESTION_SETS } from '../eval/questions.ts';
import lexiconWords from './data/lexicon.json' with { type: 'json' };
import t2s from './data/t2s.json' with { type: 'json' };
import { normalize } from './normalize.ts';
import { createLexicon, segment, segmentNormalized } from './segment.ts';

const lexicon = createLexicon(lexiconWords);

describe('normalize', () => {
  it('turns full-width characters half-width and Traditional into Simplified', () => {
    expect(normalize('ＡＢＣ　２０２５年', t2s)).toBe('abc 2025年');
    expect(normalize('失業金領到什麼時候', t2s)).toBe('失业金领到什么时候');
    expect(normalize('沒有本地戶口', t2s)).toBe('没有本地户口');
  });
});

describe('segment', () => {
  it('keeps figures whole with their unit (nodejieba alone splits them)', () => {
    const tokens = segment('到2025年，3岁以下婴幼儿标准化发育监测筛查率达到85%，打造1.5小时服务圈', lexicon, t2s);
    expect(tokens).toContain('2025年');
    expect(tokens).toContain('85%');
    expect(tokens).toContain('1.5小时');
    expect(tokens).toContain('2025');
  });

  it('emits the plan\'s words from the lexicon plus character unigrams and bigrams', () => {
    const tokens = segment('对大龄失业人员继续发放失业保险金', lexicon, t2s);
    expect(tokens).toContain('失业保险金');
    expect(tokens).toContain('失业');
    expect(tokens).toContain('金');
    expect(tokens).toContain('险金');
  });

  it('gives the same tokens for Traditional and Simplified input', () => {
    expect(segment('孤兒上學看病有什麼幫助', lexicon, t2s)).toEqual(segment('孤儿上学看病有什么帮助', lexicon, t2s));
  });

  it('drops question words from queries only', () => {
    expect(segment('什么是居住证', lexicon, t2s, true)).not.toContain('什么');
    expect(segment('什么是居住证', lexicon, t2s, true)).toContain('居住证');
    expect(segment('什么是居住证', lexicon, t2s)).toContain('什么');
  });

  it('finds every longer lexicon word that trying every length at every position finds (the prefix table only stops early)', () => {
    const everyLength = (run: string) => {
      const words: string[] = [];
      for (let i = 0; i < run.length; i++) {
        for (let len = 3; len <= lexicon.maxLength && i + len <= run.length; len++) if (lexicon.words.has(run.slice(i, i + len))) words.push(run.slice(i, i + len));
      }
      return words;
    };
    const texts = [...clauses.flatMap((c) => c.sentences), ...Object.values(QUESTION_SETS).flatMap((file) => loadQuestions(file).map((q) => q.question))];
    for (const text of texts) {
      const norm = normalize(text, t2s);
      // Tokens of three or more CJK characters are exactly the lexicon words that long (unigrams and bigrams are shorter).
      const found = segmentNormalized(norm, lexicon).filter((t) => t.length > 2 && /^[\u3400-\u9fff]+$/.test(t));
      expect(found, text).toEqual((norm.match(/[\u3400-\u9fff]+/g) ?? []).flatMap(everyLength));
    }
  });

  it('keeps only lexicon words of two or more characters', () => {
    const lex = createLexicon(['低保', '户', 'abc', '最低生活保障']);
    expect([...lex.words].sort()).toEqual(['低保', '最低生活保障']);
    expect(lex.maxLength).toBe(6);
    expect([...lex.prefixes].sort()).toEqual(['最低', '最低生', '最低生活', '最低生活保'].sort());
  });
});
