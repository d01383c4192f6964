/** An everyday word holding a plan word stands for it in compose's reading; one holding none stays absent. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { planWordInside, withStandIns } from './stand-ins.ts';
import type { Question } from './question.ts';

const engine = createEngine(PLAN_DATA);

describe('planWordInside', () => {
  it.each([
    ['福利院', '福利'],
    ['追溯到', '追溯'],
    ['补交', null],
    ['前途', null],
    ['老百姓', null],
  ])('%s → %s', (word, plan) => expect(planWordInside(word, engine)).toBe(plan));
});

describe('withStandIns', () => {
  const base = { simplified: '儿童福利院会建吗，可以补交吗', focus: [['儿童']], modifierOf: [-1], absent: [{ word: '福利院', idf: 10.8 }, { word: '补交', idf: 11 }] } as unknown as Question;
  it('adds a group for a word holding a plan word and leaves the rest absent', () => {
    const q = withStandIns(base, engine);
    expect(q.focus).toEqual([['儿童'], ['福利院', '福利']]);
    expect(q.modifierOf).toEqual([-1, -1]);
    expect(q.absent.map((a) => a.word)).toEqual(['补交']);
    expect(withStandIns(q, engine)).toBe(q);
  });
  it('a plan word the focus already holds is not added again, and its everyday word is not absent', () => {
    const q = withStandIns({ ...base, focus: [['福利']] } as Question, engine);
    expect(q.focus).toEqual([['福利']]);
    expect(q.absent.map((a) => a.word)).toEqual(['补交']);
  });
  it('an absent word across a focus word is an artefact of segmenting, not asked ("小区里" read 小|区里)', () => {
    const q = withStandIns({ simplified: '小区里的养老设施会达标吗', focus: [['养老'], ['小区', '社区']], modifierOf: [-1, -1], absent: [{ word: '区里', idf: 10.2 }] } as unknown as Question, engine);
    expect(q.absent).toEqual([]);
    expect(q.focus).toEqual([['养老'], ['小区', '社区']]);
  });
});

describe('不同 before a noun says "various", not "how do they differ"', () => {
  const q = (simplified: string, focus: string[][]) => ({ simplified, asked: 'definition', unit: null, focus, modifierOf: focus.map(() => -1), absent: [] }) as unknown as Question;
  it('is no topic and asks no definition', () => {
    const read = withStandIns(q('不同地方的医院看病信息会不会共享', [['不同'], ['医院'], ['信息']]), engine);
    expect(read.asked).toBe('yes_no');
    expect(read.focus).toEqual([['医院'], ['信息']]);
  });
  it.each(['职工医保和居民医保有什么不同', '两种补贴不同在哪', '公办和民办幼儿园不同吗'])('asks a difference: %s', (text) => {
    const read = withStandIns(q(text, [['不同']]), engine);
    expect(read.asked).toBe('definition');
  });
});
