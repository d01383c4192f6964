import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number.ts';
import { extractProfile } from './extract-profile.ts';
import { ProfileSchema, type Profile } from './profile.ts';

/** What people say → the facts it states, exactly (nothing more). */
const STATED: ReadonlyArray<readonly [string, Partial<Profile>]> = [
  ['我59岁，失业了', { age: 59, employment: 'unemployed' }],
  ['我今年五十九岁，下岗在家', { age: 59, employment: 'unemployed' }],
  ['六十岁，没工作', { age: 60, employment: 'unemployed' }],
  ['男，五十八岁', { sex: 'male', age: 58 }],
  ['我是女的，今年55周岁', { sex: 'female', age: 55 }],
  ['我家是低保户', { lowIncome: 'dibao' }],
  ['我们是低保边缘家庭', { lowIncome: 'dibao_edge' }],
  ['我是特困人员', { lowIncome: 'tekun' }],
  ['低收入家庭', { lowIncome: 'low_income' }],
  ['我是重度残疾', { disability: 'severe', hasDisability: true }],
  ['我是二级肢体残疾', { disability: 'severe', hasDisability: true }],
  ['轻度残疾', { disability: 'mild', hasDisability: true }],
  ['我是残疾人', { hasDisability: true }],
  ['我刚退伍', { veteran: true, recentlyDischarged: true }],
  ['我是退役军人', { veteran: true }],
  ['我还没落户', { hukou: 'non_local' }],
  ['没有本地户口', { hukou: 'non_local' }],
  ['我是外地户口', { hukou: 'non_local' }],
  ['我是本地户口', { hukou: 'local' }],
  ['我有居住证', { hasResidencePermit: true }],
  ['我交过失业保险', { unemploymentInsured: true }],
  ['还没领养老金', { receivingPension: false }],
  ['我退休了', { employment: 'retired', reachedRetirementAge: true }],
  ['还没到退休年龄', { reachedRetirementAge: false }],
  ['快退休了', { reachedRetirementAge: false }],
  ['我是孤儿', { orphan: true }],
  ['我在读中专', { studentType: 'secondary_vocational', employment: 'student' }],
  ['我读中职', { studentType: 'secondary_vocational', employment: 'student' }],
  ['我在上高中', { studentType: 'senior_high', employment: 'student' }],
  ['我是大学毕业生', { collegeGraduate: true }],
  ['应届毕业生想创业', { collegeGraduate: true, startingBusiness: true }],
  ['我家在农村', { residence: 'rural' }],
  ['住在城里', { residence: 'urban' }],
  ['我家住房困难', { housingDifficulty: true }],
  ['我们没房子', { housingDifficulty: true }],
  ['我有慢性病', { chronicDisease: true }],
  ['有高血压和糖尿病', { chronicDisease: true }],
  ['我们准备要孩子', { planningPregnancy: true }],
  ['在备孕', { planningPregnancy: true }],
  ['打算结婚了', { planningMarriage: true }],
  ['我们是计划生育家庭', { familyPlanningFamily: true }],
  ['独生子女家庭', { familyPlanningFamily: true }],
  ['我老婆怀孕了', { expectingChild: true }],
  ['孩子两岁', { hasInfant: true }],
  ['宝宝8个月', { hasInfant: true }],
  ['我是烈士家属', { martyrFamily: true }],
  ['我父亲是烈士', { martyrFamily: true }],
  ['我80岁，一个人住', { age: 80, livesAlone: true }],
  ['我有居住证但没有本地户口，能享受哪些公共服务？', { hasResidencePermit: true, hukou: 'non_local' }],
  ['我是高校毕业生，想创业，政府支持吗？', { collegeGraduate: true, startingBusiness: true }],
  ['我５９岁', { age: 59 }],
  ['我今年59，厂里倒闭了', { age: 59, employment: 'unemployed' }],
  ['我都六十了', { age: 60 }],
];

/** What must NOT be read as a fact about the speaker. */
const NOT_STATED: ReadonlyArray<readonly [string, Partial<Profile>]> = [
  ['我不是低保户', {}],
  ['我家不是特困', {}],
  ['我不是低保户，是低保边缘', { lowIncome: 'dibao_edge' }],
  ['我不是重度残疾', {}],
  ['我没有残疾', { hasDisability: false }],
  ['我不是退役军人', { veteran: false }],
  ['我不是本地户口', { hukou: 'non_local' }],
  ['我没有居住证', { hasResidencePermit: false }],
  ['我没交过失业保险', { unemploymentInsured: false }],
  ['我没有慢性病', { chronicDisease: false }],
  ['我父亲退休了', {}],
  ['我家老人80岁了', {}],
  ['家里老伴失业了', {}],
  ['我爸60岁，退休了，我35岁', { age: 35 }],
  ['我儿子读中职', {}],
  ['我妈是残疾人', {}],
  ['我爷爷是烈士', {}],
  ['60岁以上的老人能签家庭医生吗', {}],
  ['16到18岁的特困孩子', { lowIncome: 'tekun' }],
  ['我是不是低保户', {}],
  ['如果我失业了能领多少', {}],
  ['退役军人服务站在哪里', {}],
  ['低保标准怎么定？', {}],
  ['交了失业保险', { unemploymentInsured: true }],
  // A group asked about, not the speaker (was read as the speaker's fact before the reading rules of issue 10).
  ['计划生育家庭有扶助吗', {}],
  ['我想了解一下', {}],
  ['今年2024年', {}],
  ['我爸今年65', {}],
  ['提高一点补贴', {}],
];

describe('extractProfile', () => {
  it.each(STATED)('reads %s', (text, expected) => {
    expect(extractProfile(text)).toEqual(expected);
  });

  it.each(NOT_STATED)('does not over-read %s', (text, expected) => {
    expect(extractProfile(text)).toEqual(expected);
  });

  it('lets a later statement in the conversation correct an earlier one', () => {
    expect(extractProfile('我是低保户\n说错了，是低保边缘')).toEqual({ lowIncome: 'dibao_edge' });
    expect(extractProfile('我58岁\n不对，我59岁')).toEqual({ age: 59 });
  });

  it('always returns a valid profile, whatever is said', () => {
    const phrases = [...STATED, ...NOT_STATED].map(([t]) => t);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...phrases), fc.string()), { maxLength: 6 }), (parts) => {
        expect(ProfileSchema.safeParse(extractProfile(parts.join('，'))).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['59', 59], ['五十九', 59], ['六十', 60], ['十八', 18], ['十', 10], ['两', 2], ['一百零二', 102], ['三十五', 35],
  ] as const)('reads %s as %d', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each(['五九', 'abc', '', '五十多'])('does not read %s', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});
