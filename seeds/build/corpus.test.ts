/** Fidelity of the reconstructed clause tree to the seed (issue: the plan as a faithful clause tree). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import clauses from '../clauses.json' with { type: 'json' };
import { CorpusClauseSchema } from '../../retrieval/schemas/clause.ts';
import { assembleCorpus, parseOutline } from './assemble-corpus.ts';
import { headingText, looksLikeHeading, splitSeed, uniqueUnits } from './split-seed.ts';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');
const seed = read('zhejiang-public-services-plan-2021-2025.txt');
const outline = read('outline.tsv');
const placement = read('placement.tsv');

describe('the seed copy', () => {
  it('is byte-identical to the plan as received', () => {
    expect(seed).toBe(readFileSync(new URL('../../../shared/seeds/zhejiang-public-services-plan-2021-2025.txt', import.meta.url), 'utf8'));
  });
});

describe('splitting the seed', () => {
  it('finds about 490 units of which about 370–390 are distinct', () => {
    expect(splitSeed(seed).length).toBeGreaterThan(480);
    expect(uniqueUnits(seed).length).toBeGreaterThan(370);
    expect(uniqueUnits(seed).length).toBeLessThan(400);
  });

  it('does not take numbers for item headings (1.5小时, 43.5%)', () => {
    expect(looksLikeHeading('1.5小时偏远农村基本公共服务圈')).toBe(false);
    expect(looksLikeHeading('43.5%的人口')).toBe(false);
    expect(looksLikeHeading('2.促进义务教育优质均衡发展。')).toBe(true);
    const bodies = uniqueUnits(seed).filter((u) => !u.heading).map((u) => u.text);
    expect(bodies.some((t) => t.includes('打造1.5小时偏远农村基本公共服务圈'))).toBe(true);
    expect(bodies.some((t) => t.includes('43.5%'))).toBe(true);
  });

  it('splits a chapter line into its chapter and section headings', () => {
    const texts = uniqueUnits(seed).map((u) => u.text);
    expect(texts).toContain('四、提供优质公平的现代教育服务');
    expect(texts).toContain('（一）高水平保障学有所教。');
  });
});

describe('the clause tree', () => {
  const built = assembleCorpus({ seed, outline, placement });

  it('is what seeds/clauses.json holds (rebuild with npm run build:corpus)', () => {
    expect(clauses).toEqual(built);
  });

  it('places every distinct seed sentence in exactly one clause', () => {
    const bodies = uniqueUnits(seed).filter((u) => !u.heading).map((u) => u.text);
    const placed = built.flatMap((c) => c.sentences);
    expect(new Set(placed).size).toBe(placed.length);
    expect(new Set(placed)).toEqual(new Set(bodies));
  });

  it('holds no text that is not in the seed', () => {
    for (const c of built) {
      expect(c.text).toBe(c.sentences.join(''));
      for (const s of c.sentences) expect(seed.includes(s), `${c.id}: ${s}`).toBe(true);
    }
  });

  it('uses headings as written in the seed unless marked inferred', () => {
    const seedHeadings = new Set(uniqueUnits(seed).filter((u) => u.heading).map((u) => headingText(u.text)));
    for (const c of built) {
      c.path.forEach((h, i) => {
        if (c.pathInferred[i]) expect(h).toContain('〔推定〕');
        else expect(seedHeadings.has(h), h).toBe(true);
      });
    }
  });

  it('gives stable ids that begin with the chapter number', () => {
    for (const c of built) {
      const chapter = c.id.split('.')[0]!;
      if (chapter === '0') continue;
      const numerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
      expect(c.path[0]!.startsWith(`${numerals[Number(chapter)]}、`), c.id).toBe(true);
    }
    expect(built.map((c) => c.id)).toContain('4.1.2');
    expect(built.find((c) => c.id === '4.1.2')!.path).toEqual(['四、提供优质公平的现代教育服务', '（一）高水平保障学有所教', '2.促进义务教育优质均衡发展']);
  });

  it('covers all fourteen chapters', () => {
    const chapters = new Set(built.map((c) => c.id.split('.')[0]));
    for (let n = 1; n <= 14; n++) expect(chapters.has(String(n)), `chapter ${n}`).toBe(true);
  });

  it('rejects a placement that names a sentence twice or text not in the seed', () => {
    const twice = `${placement}\n1.2\t规划期限为2021—2025年，展望至2035年。\n`;
    expect(() => assembleCorpus({ seed, outline, placement: twice })).toThrow(/placed twice/);
    const invented = `${placement}\n1.2\t全省每人每月发放补贴一万元。\n`;
    expect(() => assembleCorpus({ seed, outline, placement: invented })).toThrow(/not a seed sentence/);
    const dropped = placement.split('\n').filter((l) => !l.includes('稳步提高失业保险保障水平')).join('\n');
    expect(() => assembleCorpus({ seed, outline, placement: dropped })).toThrow(/not placed/);
  });

  it('has an outline whose inferred titles never claim to be the plan\'s words', () => {
    for (const node of parseOutline(outline)) if (node.inferred) expect(node.heading).toContain('〔推定〕');
  });
});

describe('the built corpus file', () => {
  it('matches the Clause schema the app serves', () => {
    for (const c of clauses) expect(CorpusClauseSchema.safeParse(c).success, c.id).toBe(true);
  });
});
