import { z } from 'zod';

/**
 * What a person tells us about themselves, as the eligibility engine reads it.
 * Every field is optional: an absent field is an unknown fact, never a "no". Unknown fields are rejected
 * (strict), so a typo such as `hukuo` fails loudly instead of being silently ignored.
 * The first sixteen fields are the public contract (../shared/CONTRACT.md); the rest are extensions, each
 * added only because the plan names a service for that group (the clause is given in the description).
 */
export const ProfileSchema = z
  .strictObject({
    age: z
      .number()
      .int()
      .min(0)
      .max(130)
      .optional()
      .describe('Age in whole years (年龄，周岁)'),
    hukou: z
      .enum(['local', 'non_local'])
      .optional()
      .describe('Household registration (户籍/户口): "local" = 本地户口, "non_local" = 外地户口 / 未落户'),
    hasResidencePermit: z.boolean().optional().describe('Holds a local residence permit (居住证)'),
    employment: z
      .enum(['employed', 'unemployed', 'self_employed', 'retired', 'student'])
      .optional()
      .describe('Work situation (就业状态): 在职 employed, 失业 unemployed, 个体/灵活就业 self_employed, 退休 retired, 在读 student'),
    unemploymentInsured: z
      .boolean()
      .optional()
      .describe('Has paid into unemployment insurance (参加过失业保险、缴过失业保险费)'),
    receivingPension: z
      .boolean()
      .optional()
      .describe('Already receives a basic old-age pension (已领取基本养老金/退休金)'),
    disability: z
      .enum(['none', 'mild', 'moderate', 'severe'])
      .optional()
      .describe('Degree of disability (残疾程度): none 无, mild 轻度, moderate 中度, severe 重度 (usually grade 1–2, 一、二级)'),
    lowIncome: z
      .enum(['none', 'dibao', 'dibao_edge', 'low_income', 'tekun'])
      .optional()
      .describe(
        'Social-assistance status of the household (社会救助认定): none 未认定, dibao 低保, dibao_edge 低保边缘, low_income 低收入, tekun 特困供养',
      ),
    veteran: z.boolean().optional().describe('Is a military veteran (退役军人)'),
    orphan: z.boolean().optional().describe('Is an orphan (孤儿)'),
    studentType: z
      .enum([
        'none',
        'preschool',
        'primary',
        'junior',
        'senior_high',
        'secondary_vocational',
        'higher_vocational',
        'university',
      ])
      .optional()
      .describe(
        'What school the person attends now (在读学段): none 不在读, preschool 幼儿园, primary 小学, junior 初中, senior_high 普通高中, secondary_vocational 中职/中专/职高/技校, higher_vocational 高职/大专, university 本科/研究生',
      ),
    collegeGraduate: z.boolean().optional().describe('Is a college or university graduate (高校毕业生)'),
    residence: z
      .enum(['urban', 'rural'])
      .optional()
      .describe('Where the household lives (居住地): urban 城镇, rural 农村'),
    housingDifficulty: z
      .boolean()
      .optional()
      .describe('The household has housing difficulty, e.g. no home of its own or a dilapidated one (住房困难、危房)'),
    chronicDisease: z.boolean().optional().describe('Has a chronic disease such as hypertension or diabetes (慢性病)'),
    planningPregnancy: z.boolean().optional().describe('Plans to have a child (备孕、准备要孩子)'),

    sex: z
      .enum(['male', 'female'])
      .optional()
      .describe('Sex (性别); statutory retirement age depends on it (5.1.3 失业保险金至法定退休年龄)'),
    reachedRetirementAge: z
      .boolean()
      .optional()
      .describe(
        'Has reached their own statutory retirement age (已到法定退休年龄); decides 5.1.3 where age and sex alone cannot, e.g. since the gradual raise from 2025',
      ),
    hasDisability: z
      .boolean()
      .optional()
      .describe('Is a person with a disability, degree not stated (残疾人、持残疾人证); 11.1.2 残疾人保障'),
    recentlyDischarged: z
      .boolean()
      .optional()
      .describe('Left the military recently (刚退役、刚退伍); 12.1.1 退役军人适应性培训'),
    martyrFamily: z
      .boolean()
      .optional()
      .describe('Is a family member of a martyr (烈士遗属、烈属); 12.1.2 优抚对象, 12.1.3 烈士褒扬'),
    familyPlanningFamily: z
      .boolean()
      .optional()
      .describe('Belongs to a family-planning family, e.g. a one-child family (计划生育家庭、独生子女家庭); 11.1.2'),
    planningMarriage: z
      .boolean()
      .optional()
      .describe('Plans to marry soon (准备结婚); 3.1.1 免费婚前优生健康检查'),
    expectingChild: z
      .boolean()
      .optional()
      .describe('The person or their spouse is pregnant (本人或配偶怀孕); 3.1.2 孕产保健, 3.1.3 产假与配偶陪产假'),
    hasInfant: z
      .boolean()
      .optional()
      .describe('Has a child under three (家有3岁以下婴幼儿); 3.1.2 婴幼儿健康检查, 3.1.3 科学育儿指导'),
    startingBusiness: z
      .boolean()
      .optional()
      .describe('Plans to start, or is starting, a business (打算创业、正在创业); 5.2.1 创业担保贷款'),
    livesAlone: z.boolean().optional().describe('Lives alone (独居); 10.2.2 独居老人健康监测'),
    needsLongTermCare: z
      .boolean()
      .optional()
      .describe('Cannot fully look after themselves: disabled or demented (失能、半失能、失智); 10.1.1 长期照护'),
  })
  .describe('Facts about one person; every field optional, an absent field is unknown (not "no"); unknown fields are rejected');

/** Facts about one person, as validated by ProfileSchema. */
export type Profile = z.infer<typeof ProfileSchema>;

/** The name of one Profile field. */
export const ProfileFieldSchema = ProfileSchema.keyof().describe('A Profile field name');

/** The name of one Profile field. */
export type ProfileField = z.infer<typeof ProfileFieldSchema>;

/** Every Profile field, in schema order. */
export const PROFILE_FIELDS: readonly ProfileField[] = ProfileFieldSchema.options;
