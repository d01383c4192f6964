import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import { askingFocus, askingPart } from './asking.ts';
import { PLAN_DATA } from '../server/plan-data.ts';

describe('askingPart: the story told before the question is set apart', () => {
  it('drops first-person clauses that ask nothing', () => {
    expect(askingPart('我老公去年走了，我一个人带两个孩子，能申请低保吗')).toBe('能申请低保吗');
  });
  it('drops earlier sentences that ask nothing, keeps every clause that asks', () => {
    expect(askingPart('我在杭州上班。低保怎么申请，需要什么材料？')).toBe('低保怎么申请，需要什么材料');
  });
  it('keeps a clause that names the topic without the first person', () => {
    expect(askingPart('想回村里搞个农家乐创业，有没有支持')).toBe('想回村里搞个农家乐创业，有没有支持');
  });
  it('leaves a text that asks nothing whole', () => {
    expect(askingPart('我们希望在乡村建设运动场地。')).toBe('我们希望在乡村建设运动场地。');
  });
});

describe('askingFocus: attribute words do not choose the clause', () => {
  const { words } = createEngine(PLAN_DATA).deps.lexicon;
  it('blanks 申请, 标准, 多少', () => {
    expect(askingFocus('低保发多少', words)).toBe('低保发，');
    expect(askingFocus('补助条件', words)).toBe('补助，');
    expect(askingFocus('能申请低保吗', words)).toBe('能，低保吗');
  });
  it('keeps an attribute word inside a longer plan word (高标准)', () => {
    expect(askingFocus('高标准的现代化公共服务体系打算哪一年建成', words)).toContain('高标准');
  });
  it('is empty when only attribute words are left', () => {
    expect(askingFocus('怎么申请', words)).toBe('');
  });
});

describe('prepared query: the asking part counts twice, the story once', () => {
  const engine = createEngine(PLAN_DATA);
  it('counts 低保 twice and the story word 孩子 and the attribute 申请 once', () => {
    const { tokens } = engine.prepare('我一个人带两个孩子，能申请低保吗');
    const { own } = engine.prepare('我一个人带两个孩子，能申请低保吗');
    const times = (t: string, list: string[] = tokens) => list.filter((x) => x === t).length;
    expect(times('低保')).toBe(2 * times('低保', own));
    expect(times('孩子')).toBe(times('孩子', own));
    expect(times('申请')).toBe(times('申请', own));
  });
  it('leaves a plain question as before: own words twice', () => {
    const p = engine.prepare('托育机构会增加吗');
    expect(p.focus).toEqual(p.own);
    expect(p.tokens.slice(0, 2 * p.own.length)).toEqual([...p.own, ...p.own]);
  });
});
