import { describe, expect, it } from 'vitest';
import { askedAbsent, askingClauseStart } from './asked-absent.ts';
import type { Question } from './question.ts';

describe('askingClauseStart', () => {
  it.each([
    // A story, then the clause that asks: that clause.
    ['周末想带娃去学校操场跑跑步，学校的体育场地会对外开放吗？', '学校的体育场地会对外开放吗？'],
    ['我家在农村，乡下的娃疫苗都能打上吗', '乡下的娃疫苗都能打上吗'],
    // One clause, or an earlier clause that asks too: the whole question.
    ['社区会有食堂吗', '社区会有食堂吗'],
    ['低保怎么申请，要多久才批下来', '低保怎么申请，要多久才批下来'],
    // A clause that asks, then one that does not: the whole question.
    ['能不能参加培训，我今年四十多岁', '能不能参加培训，我今年四十多岁'],
  ])('%s → %s', (text, asking) => expect(text.slice(askingClauseStart(text))).toBe(asking));
});

describe('askedAbsent', () => {
  const q = (simplified: string, absent: { word: string; idf: number }[]) => ({ simplified, asked: 'yes_no', absent }) as unknown as Question;
  it('whether a claim is true (是真的吗) asks the claim, not 真的', () => {
    expect(askedAbsent(q('听说新增财力大头都花在民生上了，是真的吗？', [{ word: '大头', idf: 9 }, { word: '真的', idf: 5.6 }]))).toEqual([]);
  });
  it('a word in the predicate place before 吗 is still asked', () => {
    expect(askedAbsent(q('养老保险可以补交吗', [{ word: '补交', idf: 11 }]))).toEqual(['补交']);
  });
});

describe('askedAbsent: a modal inside a clause describing the thing asked for', () => {
  const q = (simplified: string, absent: { word: string; idf: number }[]) => ({ simplified, asked: 'yes_no', absent }) as unknown as Question;
  it('"有没有能…的设备" asks for the 设备; the verb describing it is not what is asked', () => {
    expect(askedAbsent(q('有没有能远程照看老人的设备？', [{ word: '远程', idf: 8.1 }]))).toEqual([]);
  });
  it('a modal as the predicate still asks its verb', () => {
    expect(askedAbsent(q('国家会抚养烈士的子女吗', [{ word: '抚养', idf: 8.6 }]))).toEqual(['抚养']);
  });
});
