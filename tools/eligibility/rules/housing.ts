import type { LeafCriterion, ServiceRule } from '../rule-schema.ts';

const HOUSING_DIFFICULTY: LeafCriterion = {
  kind: 'field',
  field: 'housingDifficulty',
  yes: [true],
  label: '住房困难',
  planWords: ['住房困难'],
  ifNot: '住房保障面向住房困难的家庭',
};

/** 六、住房 (chapter 6): public rental housing in towns, renovation of dilapidated rural houses. */
export const HOUSING_RULES: ServiceRule[] = [
  {
    id: 'public-rental-housing',
    name: '公租房保障（城镇低保、低收入住房困难家庭）',
    group: '住房',
    description: '城镇低保、低收入住房困难家庭纳入公租房保障，应保尽保。',
    strength: 'commitment',
    citations: [
      { id: '6.1.1', quote: '聚焦公租房精准保障，将符合条件的对象及时纳入住房保障，实现城镇低保、低收入住房困难家庭应保尽保' },
    ],
    criteria: [
      {
        kind: 'field',
        field: 'residence',
        yes: ['urban'],
        label: '住在城镇',
        planWords: ['城镇'],
        ifNot: '农村困难家庭的住房保障请看“农村困难家庭危房改造”一项',
      },
      {
        kind: 'field',
        field: 'lowIncome',
        yes: ['dibao', 'low_income'],
        likely: ['dibao_edge', 'tekun'],
        label: '城镇低保或低收入家庭',
        planWords: ['城镇低保、低收入'],
        ifLikely: '规划点名的是城镇低保、低收入家庭，低保边缘、特困家庭如何保障以当地住房保障部门认定为准',
        ifNot: '规划写明应保尽保的是城镇低保、低收入住房困难家庭；其他家庭可了解保障性租赁住房',
      },
      HOUSING_DIFFICULTY,
    ],
  },
  {
    id: 'rural-dilapidated-housing-renovation',
    name: '农村困难家庭危房改造',
    group: '住房',
    description: '加强农村危房改造，落实农村困难家庭危房改造即时救助制度。',
    strength: 'commitment',
    citations: [
      { id: '6.1.2', quote: '加强农村危房改造，落实农村困难家庭危房改造即时救助制度，切实保障农村困难家庭基本住房需求' },
    ],
    criteria: [
      {
        kind: 'field',
        field: 'residence',
        yes: ['rural'],
        label: '住在农村',
        planWords: ['农村'],
        ifNot: '城镇住房困难家庭请看“公租房保障”一项',
      },
      {
        kind: 'field',
        field: 'lowIncome',
        yes: ['dibao', 'tekun', 'dibao_edge'],
        likely: ['low_income'],
        label: '农村困难家庭（低保、特困、低保边缘等）',
        planWords: ['农村困难家庭'],
        ifLikely: '规划未界定“农村困难家庭”，低收入家庭是否纳入以当地认定为准',
        ifNot: '规划写明的是农村困难家庭；家庭经济确有困难的，可先向乡镇（街道）申请救助认定',
      },
      { ...HOUSING_DIFFICULTY, label: '住房困难（如住房为危房）', planWords: ['危房', '基本住房需求'] },
    ],
  },
];
