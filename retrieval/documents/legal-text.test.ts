import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../seeds/docs/manifest.json' with { type: 'json' };
import { articleSentences, chineseNumeral, readLegalText } from './legal-text.ts';

const read = (file: string) => readFileSync(new URL(`../../seeds/docs/${file}`, import.meta.url), 'utf8');

/** An independent reading of a Chinese numeral below 1000, by place value from a table (not the reader's loop). */
function numeralByTable(s: string): number {
  const d = '零一二三四五六七八九';
  const m = /^(?:([一二三四五六七八九])百)?(零)?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return Number.NaN;
  const hundreds = m[1] ? d.indexOf(m[1]) : 0;
  const tens = m[4] ? (m[3] ? d.indexOf(m[3]) : 1) : 0;
  const ones = m[5] ? d.indexOf(m[5]) : 0;
  return hundreds * 100 + tens * 10 + ones;
}

/** How many articles the document numbers: 第X条 at line starts after INFO END, counted while they run 1, 2, … N. */
function articleCountByNumbering(md: string): number {
  const body = md.slice(md.indexOf('<!-- INFO END -->'));
  let n = 0;
  for (const m of body.matchAll(/^第([一二三四五六七八九十百零]+)条/gm)) if (numeralByTable(m[1]!) === n + 1) n++;
  return n;
}

describe('chineseNumeral', () => {
  it.each([['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['九十九', 99], ['一百', 100], ['一百零三', 103], ['一百一十', 110], ['一百三十二', 132]])('%s → %i', (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
    expect(numeralByTable(s)).toBe(n);
  });
  it('rejects what is not a numeral', () => {
    expect(chineseNumeral('')).toBeNaN();
    expect(chineseNumeral('一二')).toBeNaN();
    expect(chineseNumeral('条')).toBeNaN();
  });
});

describe('readLegalText on every document', () => {
  it.each(manifest.map((r) => [r.file, r] as const))('%s', (file, row) => {
    const md = read(file);
    const text = readLegalText(md);
    // The article count equals the document's own numbering, counted without the reader.
    expect(text.articles.length).toBe(articleCountByNumbering(md));
    expect(text.articles.map((a) => a.number)).toEqual(text.articles.map((_, i) => i + 1));
    // Every character of every article lands in exactly one clause, in order: the body without headings and
    // blank lines is exactly the articles' labels and texts (whitespace aside).
    const body = md.slice(md.indexOf('<!-- INFO END -->') + '<!-- INFO END -->'.length);
    const bodyText = body.split('\n').filter((l) => !/^#{2,4}\s/.test(l)).join('').replace(/[\s\u200b]/g, '');
    expect(text.articles.map((a) => a.label + a.text).join('').replace(/\s/g, '')).toBe(bodyText);
    // Headings and amendment notes are never article text.
    for (const a of text.articles) {
      expect(a.text).not.toMatch(/^#/m);
      for (const note of text.notes) expect(a.text).not.toContain(note);
      for (const s of articleSentences(a.text)) expect(a.text).toContain(s);
    }
    expect(text.title.endsWith(row.title.slice(-2))).toBe(true);
    // A complete document ends its last article with a full stop; an excerpt stops inside the article its note names.
    const last = text.articles.at(-1)!;
    if ('incomplete' in row && row.incomplete) expect(row.note).toContain(`inside ${last.label}`);
    else expect(last.text).toMatch(/[。”]$/);
  });

  it('keeps a line that begins 第X条 out of order as text of the article it sits in', () => {
    const md = ['# 某条例', '2020年1月1日通过', '<!-- INFO END -->', '## 第一章 总则', '第一条 本条例所称：', '第三条 引用的文字。', '第二条 正文。'].join('\n');
    const text = readLegalText(md);
    expect(text.articles.map((a) => [a.label, a.text])).toEqual([['第一条', '本条例所称：\n第三条 引用的文字。'], ['第二条', '正文。']]);
    expect(text.articles[0]!.headings).toEqual(['第一章 总则']);
    expect(text.notes).toEqual(['2020年1月1日通过']);
  });

  it('puts sections under their chapter and drops a section at the next chapter', () => {
    const md = ['# 某法', '通过', '<!-- INFO END -->', '## 第一章 甲', '### 第一节 乙', '第一条 一。', '## 第二章 丙', '第二条 二。'].join('\n');
    expect(readLegalText(md).articles.map((a) => a.headings)).toEqual([['第一章 甲', '第一节 乙'], ['第二章 丙']]);
  });

  it('refuses a file without the INFO END line', () => {
    expect(() => readLegalText('# 某法\n第一条 一。')).toThrow(/INFO END/);
  });
});
