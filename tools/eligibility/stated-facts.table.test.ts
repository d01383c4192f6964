import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStatedFacts, speaksOfOwnSituation, type StatedFacts } from './extract-profile.ts';
import { ProfileSchema, type Profile, type ProfileField } from './profile.ts';

/**
 * One row: what a person says → what it states about the speaker (exactly), the fields left in conflict, and whose
 * situation the text is about. `other` (optional) is what it states about the other person asked about, exactly.
 * Rows are written from what the sentence means: a service named in a question, a negation, a contrast, a group
 * asked about, or another person's situation is not a fact about the speaker.
 */
type Row = {
  say: string;
  self: Partial<Profile>;
  conflicts?: ProfileField[];
  subject: StatedFacts['subject'];
  other?: Partial<Profile>;
};

const ROWS: readonly Row[] = [
  // A service's name in the question is not a fact.
  { say: '我轻度残疾，重度残疾人护理补贴我能领吗？', self: { disability: 'mild', hasDisability: true }, subject: 'self' },
  { say: '我在上班，失业保险金我能领吗？', self: { employment: 'employed' }, subject: 'self' },
  { say: '失业保险金怎么申请？', self: {}, subject: 'unknown' },
  { say: '困难残疾人生活补贴发多少钱', self: {}, subject: 'unknown' },
  { say: '我们这里的低保标准是多少？', self: {}, subject: 'unknown' },
  { say: '孤儿基本生活费有多少', self: {}, subject: 'unknown' },
  { say: '我今年六十五岁，独居老人健康监测我能申请吗', self: { age: 65 }, subject: 'self' },
  { say: '退役军人优待证怎么办理？', self: {}, subject: 'unknown' },
  // A group asked about is not the speaker, unless the speaker says they belong to it.
  { say: '我是本地户口，外地户口的人能享受什么？', self: { hukou: 'local' }, subject: 'self' },
  { say: '外地人在杭州能看病报销吗', self: {}, subject: 'unknown' },
  { say: '低保家庭的孩子上学有补助吗？', self: {}, subject: 'unknown' },
  { say: '失业人员可以参加免费培训吗', self: {}, subject: 'unknown' },
  { say: '我是失业人员，可以参加免费培训吗', self: { employment: 'unemployed' }, subject: 'self' },
  { say: '我们家是低收入家庭', self: { lowIncome: 'low_income' }, subject: 'self' },
  // Negations give the negative value or nothing, never the positive.
  { say: '我没有残疾证，能办什么吗', self: { hasDisability: false }, subject: 'self' },
  { say: '我们家不是低保户，收入也不高', self: {}, subject: 'self' },
  { say: '我没失业，就是工资低', self: {}, subject: 'self' },
  { say: '我没在上班，也没交过失业保险', self: { unemploymentInsured: false }, subject: 'self' },
  { say: '我不是退伍军人', self: { veteran: false }, subject: 'self' },
  { say: '我既不是低保也不是特困', self: {}, subject: 'self' },
  { say: '我还没有居住证', self: { hasResidencePermit: false }, subject: 'self' },
  { say: '我不是重度残疾，是三级', self: { disability: 'moderate', hasDisability: true }, subject: 'self' },
  { say: '本人無業，非本地戶籍', self: { employment: 'unemployed', hukou: 'non_local' }, subject: 'self' },
  { say: '我未参加过失业保险', self: { unemploymentInsured: false }, subject: 'self' },
  { say: '我们家是特困户吗', self: {}, subject: 'unknown' },
  // Contrasts keep the speaker's own clause.
  { say: '不是我下岗，是我爱人下岗了', self: {}, subject: 'other', other: { employment: 'unemployed' } },
  { say: '我是城里户口，农村的老人能领什么', self: { residence: 'urban' }, subject: 'self' },
  { say: '我是外地户口，但我老婆是本地户口，我能办居住证吗', self: { hukou: 'non_local' }, subject: 'self', other: { hukou: 'local' } },
  { say: '我老公在上班，我自己没工作', self: { employment: 'unemployed' }, subject: 'self', other: { employment: 'employed' } },
  { say: '我是外地户口但老婆是本地户口', self: { hukou: 'non_local' }, subject: 'other', other: { hukou: 'local' } },
  // Other people are not the speaker.
  { say: '我是独居老人，今年八十', self: { livesAlone: true, age: 80 }, subject: 'self' },
  { say: '我女儿读中职，有什么补助？', self: {}, subject: 'other', other: { studentType: 'secondary_vocational', employment: 'student' } },
  { say: '我妈今年七十八岁，一个人住，社区能上门照顾吗', self: {}, subject: 'other', other: { age: 78, livesAlone: true } },
  { say: '王大爷八十岁了，是重度残疾，他能领什么补贴', self: {}, subject: 'other', other: { age: 80, disability: 'severe', hasDisability: true } },
  { say: '邻居家是低保户，他们能领什么', self: {}, subject: 'other', other: { lowIncome: 'dibao' } },
  { say: '我爸失业了，他五十八岁', self: {}, subject: 'other', other: { employment: 'unemployed', age: 58 } },
  { say: '我是家里的独生子女，我爸妈能领什么', self: { familyPlanningFamily: true }, subject: 'other' },
  { say: '我们楼有个残疾人，他能办什么', self: {}, subject: 'other', other: { hasDisability: true } },
  { say: '我是退役军人家属，有什么优待', self: {}, subject: 'unknown' },
  { say: '我在县城上班，家住在农村', self: { employment: 'employed', residence: 'rural' }, subject: 'self' },
  { say: '我和老伴都是二级残疾', self: { disability: 'severe', hasDisability: true }, subject: 'other', other: { disability: 'severe', hasDisability: true } },
  { say: '我老公今年六十三，我五十七', self: { age: 57 }, subject: 'self', other: { age: 63 } },
  // Staff asking for a resident.
  { say: '我是街道网格员，辖区有位老人九十岁了，一个人住，能申请什么', self: {}, subject: 'other', other: { age: 90, livesAlone: true } },
  { say: '我是社区工作人员，替居民问一下，他六十二岁，没有工作', self: {}, subject: 'other', other: { age: 62, employment: 'unemployed' } },
  { say: '我是村干部，帮村民咨询：她是二级残疾，能申请护理补贴吗', self: {}, subject: 'other', other: { disability: 'severe', hasDisability: true } },
  // Grades and degrees.
  { say: '我是四级视力残疾', self: { disability: 'mild', hasDisability: true }, subject: 'self' },
  { say: '我残疾等级是三级', self: { disability: 'moderate', hasDisability: true }, subject: 'self' },
  { say: '本人一级肢体残疾', self: { disability: 'severe', hasDisability: true }, subject: 'self' },
  { say: '我中度智力残疾', self: { disability: 'moderate', hasDisability: true }, subject: 'self' },
  // Ages: 岁, 周岁, 虚岁, Chinese numerals.
  { say: '我今年六十三周岁', self: { age: 63 }, subject: 'self' },
  { say: '我虚岁六十一', self: { age: 60 }, subject: 'self' },
  { say: '本人四十五岁，被公司辞退了', self: { age: 45, employment: 'unemployed' }, subject: 'self' },
  { say: '我一百零一岁', self: { age: 101 }, subject: 'self' },
  { say: '六十多岁的人能领什么', self: {}, subject: 'unknown' },
  // Traditional Chinese input.
  { say: '我是輕度殘疾，今年五十歲', self: { disability: 'mild', hasDisability: true, age: 50 }, subject: 'self' },
  { say: '我沒有本地戶口，有居住證', self: { hukou: 'non_local', hasResidencePermit: true }, subject: 'self' },
  { say: '我在上班，失業保險金我能領嗎？', self: { employment: 'employed' }, subject: 'self' },
  { say: '我爸爸是退伍軍人，他能享受什麼優待', self: {}, subject: 'other', other: { veteran: true } },
  // Conflicts are reported, not guessed.
  { say: '我是三级残疾，记错了，是四级', self: { disability: 'mild', hasDisability: true }, subject: 'self' },
  { say: '我是本地户口。我是外地户口，能办居住证吗', self: {}, conflicts: ['hukou'], subject: 'self' },
  { say: '我五十九岁，我六十一岁', self: {}, conflicts: ['age'], subject: 'self' },
  { say: '我是低保户，我家是特困户', self: {}, conflicts: ['lowIncome'], subject: 'self' },
  { say: '我五十九岁，不对，我是六十岁', self: { age: 60 }, subject: 'self' },
  // Plain statements still read.
  { say: '我58岁，下岗了，交过失业保险', self: { age: 58, employment: 'unemployed', unemploymentInsured: true }, subject: 'self' },
  { say: '我家在农村，是低保户', self: { residence: 'rural', lowIncome: 'dibao' }, subject: 'self' },
  { say: '我刚从部队退伍回来', self: { veteran: true, recentlyDischarged: true }, subject: 'self' },
  { say: '我是应届大学毕业生，想自己创业', self: { collegeGraduate: true, startingBusiness: true }, subject: 'self' },
  { say: '我老婆怀孕了，我们住在城里', self: { expectingChild: true, residence: 'urban' }, subject: 'self' },
  { say: '我失业了，能领失业保险金吗', self: { employment: 'unemployed' }, subject: 'self' },
  { say: '我是一名退伍军人，在读大二', self: { veteran: true, studentType: 'university', employment: 'student' }, subject: 'self' },
  { say: '我十五岁，是特困供养的孤儿', self: { age: 15, lowIncome: 'tekun', orphan: true }, subject: 'self' },
  { say: '特困人员供养标准是多少', self: {}, subject: 'unknown' },
  // A service's name is not a fact: 创业 in 创业担保贷款 / 创业扶持 says nothing about the speaker.
  { say: '全省每年发放多少创业担保贷款', self: {}, subject: 'unknown' },
  { say: '创业扶持资金有哪些', self: {}, subject: 'unknown' },
  // People counted are others: 多少人创业, 很多人失业.
  { say: '全省一年扶持多少人创业', self: {}, subject: 'unknown' },
  { say: '现在很多人失业了，政府怎么办', self: {}, subject: 'unknown' },
  { say: '我一个人住，八十二了', self: { livesAlone: true, age: 82 }, subject: 'self' },
];

/** Whether the person speaks of their own situation (the chat's gate for using stated facts for them). */
const OWN: ReadonlyArray<readonly [string, boolean]> = [
  ['我五十五岁，能领养老金吗', true],
  ['我能申请公租房吗', true],
  ['我们家是低保户，孩子读书有补助吗', true],
  ['不是低保户', true],
  ['我想问一下低保标准是多少', false],
  ['低保标准是多少', false],
  ['我妈七十岁了，能领高龄补贴吗', false],
  ['我是社区干部，替居民问，她是低保户', false],
  ['城镇', true], // a bare answer to a follow-up is the speaker's
];

describe('readStatedFacts: everyday sentences', () => {
  it.each(ROWS)('$say', ({ say, self, conflicts = [], subject, other }) => {
    const read = readStatedFacts(say);
    expect(read.profile).toEqual(self);
    expect([...read.conflicts].sort()).toEqual([...conflicts].sort());
    expect(read.subject).toBe(subject);
    if (other) expect(read.others.at(-1)?.profile).toEqual(other);
  });

  it('has at least 40 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });
});

describe('speaksOfOwnSituation', () => {
  it.each(OWN)('%s → %s', (text, own) => {
    expect(speaksOfOwnSituation(text)).toBe(own);
  });
});

describe('readStatedFacts over a conversation', () => {
  it('reads the turns in order: a negation or a correction resolves, a plain contradiction conflicts', () => {
    expect(readStatedFacts(['我是低保户', '不是低保，是低保边缘']).profile).toEqual({ lowIncome: 'dibao_edge' });
    expect(readStatedFacts(['我五十八岁', '我六十岁'])).toMatchObject({ profile: {}, conflicts: ['age'] });
    expect(readStatedFacts(['我五十八岁', '说错了，我六十岁'])).toMatchObject({ profile: { age: 60 }, conflicts: [] });
  });

  it('keeps a bare follow-up answer for the speaker', () => {
    expect(readStatedFacts(['我六十岁，能领什么', '城镇']).profile).toEqual({ age: 60, residence: 'urban' });
  });

  it('keeps the person spoken of until another is named, across sentences and turns', () => {
    const read = readStatedFacts(['我妈七十八岁，能申请居家养老吗？', '一个人住。', '我自己五十岁']);
    expect(read.profile).toEqual({ age: 50 });
    expect(read.others).toEqual([{ who: '母亲', family: true, profile: { age: 78, livesAlone: true }, conflicts: [] }]);
    expect(readStatedFacts(['低保户的孩子上学有补助吗', '低保户']).profile).toEqual({ lowIncome: 'dibao' });
  });

  it('names the family member asked about, sharing the household facts', () => {
    const read = readStatedFacts('我家在农村，我儿子上初中，他能免学费吗');
    expect(read.subject).toBe('other');
    expect(read.profile).toEqual({ residence: 'rural' });
    expect(read.others.at(-1)).toEqual({
      who: '儿子', family: true, profile: { studentType: 'junior', employment: 'student', residence: 'rural' }, conflicts: [],
    });
  });
});

describe('readStatedFacts invariants', () => {
  it('every profile is valid, and a conflicting field is never given a value', () => {
    const sentences = ROWS.map((r) => r.say);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...sentences), fc.string()), { maxLength: 5 }), (turns) => {
        const read = readStatedFacts(turns);
        for (const { profile, conflicts } of [read, ...read.others]) {
          expect(ProfileSchema.safeParse(profile).success).toBe(true);
          for (const field of conflicts) expect(profile[field]).toBeUndefined();
        }
        if (read.subject === 'other') expect(read.others.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
