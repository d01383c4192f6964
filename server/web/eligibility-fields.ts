/**
 * The eligibility form's questions: a subset of Profile that covers most services, in plain Chinese.
 * The server renders the form from this list and hands it to the page script, which uses it to offer
 * one-tap answers to the questions the engine says are missing.
 */
import { z } from 'zod';
import { PROFILE_FIELDS, ProfileSchema, type ProfileField } from '../../tools/eligibility/profile.ts';

/** One form question: a Profile field, its label and either a number input or a list of choices. */
export interface FormField {
  name: ProfileField;
  label: string;
  /** "number": whole years; "choice": one of `options` (booleans are the choices "true" / "false"). */
  kind: 'number' | 'choice';
  options?: [value: string, label: string][];
  hint?: string;
}

const YES_NO: [string, string][] = [
  ['true', '是'],
  ['false', '否'],
];

/** The form, in the order a counter clerk would ask. */
export const ELIGIBILITY_FIELDS: FormField[] = [
  { name: 'age', label: '年龄（周岁）', kind: 'number' },
  { name: 'hukou', label: '户籍', kind: 'choice', options: [['local', '浙江本地户口'], ['non_local', '外地户口']] },
  { name: 'hasResidencePermit', label: '是否持有浙江居住证', kind: 'choice', options: YES_NO },
  { name: 'residence', label: '住在城镇还是农村', kind: 'choice', options: [['urban', '城镇'], ['rural', '农村']] },
  {
    name: 'employment',
    label: '就业状况',
    kind: 'choice',
    options: [
      ['employed', '在职'],
      ['unemployed', '失业'],
      ['self_employed', '个体、灵活就业'],
      ['retired', '退休'],
      ['student', '在读学生'],
    ],
  },
  { name: 'unemploymentInsured', label: '是否缴过失业保险', kind: 'choice', options: YES_NO },
  { name: 'receivingPension', label: '是否已领取养老金', kind: 'choice', options: YES_NO },
  {
    name: 'studentType',
    label: '本人在读学段',
    kind: 'choice',
    options: [
      ['none', '不在读'],
      ['preschool', '幼儿园'],
      ['primary', '小学'],
      ['junior', '初中'],
      ['senior_high', '普通高中'],
      ['secondary_vocational', '中职、技校'],
      ['higher_vocational', '高职、大专'],
      ['university', '本科、研究生'],
    ],
  },
  { name: 'collegeGraduate', label: '是否高校毕业生', kind: 'choice', options: YES_NO },
  {
    name: 'disability',
    label: '残疾情况',
    kind: 'choice',
    options: [
      ['none', '无'],
      ['mild', '轻度'],
      ['moderate', '中度'],
      ['severe', '重度'],
    ],
  },
  {
    name: 'lowIncome',
    label: '家庭社会救助认定',
    kind: 'choice',
    options: [
      ['none', '未认定'],
      ['dibao', '低保'],
      ['dibao_edge', '低保边缘'],
      ['low_income', '低收入'],
      ['tekun', '特困供养'],
    ],
  },
  { name: 'veteran', label: '是否退役军人', kind: 'choice', options: YES_NO },
  { name: 'housingDifficulty', label: '家庭是否住房困难', kind: 'choice', options: YES_NO },
  { name: 'chronicDisease', label: '是否患有高血压、糖尿病等慢性病', kind: 'choice', options: YES_NO },
];

/** Labels for the choice fields the form does not ask, so their follow-up questions can be answered in one tap. */
const OTHER_CHOICES: Partial<Record<ProfileField, [string, string][]>> = {
  sex: [
    ['male', '男'],
    ['female', '女'],
  ],
};

/**
 * One-tap answers for every Profile field the engine may ask about: the form's choices, 是/否 for any
 * yes/no fact, OTHER_CHOICES for the rest; a number (age) has none and is typed into the form instead.
 */
export const ANSWER_CHOICES: Partial<Record<ProfileField, [string, string][]>> = Object.fromEntries(
  PROFILE_FIELDS.flatMap((name) => {
    const inForm = ELIGIBILITY_FIELDS.find((f) => f.name === name)?.options;
    const inner = ProfileSchema.shape[name].unwrap();
    const choices = inForm ?? OTHER_CHOICES[name] ?? (inner instanceof z.ZodBoolean ? YES_NO : undefined);
    return choices ? [[name, choices]] : [];
  }),
);
