import type { LeafCriterion, ServiceRule } from '../rule-schema.ts';
import { ANY_ASSISTANCE_STATUS } from './hardship.ts';

/** 儿童少年: under 18, the age of majority. */
const UNDER_18: LeafCriterion = {
  kind: 'age',
  max: 17,
  label: '未满18周岁（儿童少年）',
  planWords: ['儿童'],
  ifNot: '该项面向儿童少年',
};

/** 四、教育 (chapter 4): grants, tuition waivers, special and inclusive education, education for older people. */
export const EDUCATION_RULES: ServiceRule[] = [
  {
    id: 'senior-high-national-grant',
    name: '普通高中国家助学金',
    group: '教育',
    description: '按标准对纳入资助对象的普通高中学生提供国家助学金。',
    strength: 'commitment',
    citations: [{ id: '4.1.3', quote: '推进普通高中新课程新教材实施国家级示范区和示范校建设，按标准对纳入资助对象的学生提供国家助学金' }],
    criteria: [
      {
        kind: 'field',
        field: 'studentType',
        yes: ['senior_high'],
        label: '在读普通高中',
        planWords: ['普通高中'],
        ifNot: '该项面向普通高中学生；中职学生请看“中职学校学生免除学费”',
      },
      {
        kind: 'field',
        field: 'lowIncome',
        yes: [...ANY_ASSISTANCE_STATUS],
        label: '家庭经济困难（低保、低保边缘、低收入或特困家庭）',
        ifNot: '国家助学金面向纳入资助对象的学生；家庭经济确有困难但未获认定的，可向学校申请困难认定',
      },
    ],
    conditionsElsewhere: '须被纳入资助对象（一般为家庭经济困难学生，由学校按规定认定），资助标准按国家和省规定执行',
  },
  {
    id: 'secondary-vocational-tuition-waiver',
    name: '中职学校学生免除学费',
    group: '教育',
    description: '对符合条件的中职学校学生免除学费。',
    strength: 'commitment',
    citations: [{ id: '4.2.2', quote: '对符合条件的中职学校学生免除学费' }],
    criteria: [
      {
        kind: 'field',
        field: 'studentType',
        yes: ['secondary_vocational'],
        label: '在读中职学校（中专、职高、技校）',
        planWords: ['中职学校学生'],
        ifNot: '该项面向中职学校学生',
      },
    ],
    conditionsElsewhere: '规划写明“对符合条件的中职学校学生”免除学费，具体范围以教育、财政部门规定为准',
  },
  {
    id: 'inclusive-education-mild-disability',
    name: '轻度残疾儿童在普通学校随班就读',
    group: '教育',
    description: '推进融合教育，扩大轻度残疾儿童在普通学校随班就读的规模。',
    strength: 'goal',
    citations: [{ id: '4.1.4', quote: '推进融合教育，扩大轻度残疾儿童普通学校随班就读规模' }],
    criteria: [
      {
        kind: 'field',
        field: 'disability',
        yes: ['mild'],
        label: '轻度残疾',
        planWords: ['轻度残疾儿童'],
        ifNot: '中度、重度残疾的儿童请看“残疾儿童少年特殊教育”一项',
      },
      UNDER_18,
    ],
  },
  {
    id: 'special-education-support',
    name: '残疾儿童少年特殊教育（送教上门、卫星班、延长受教育年限）',
    group: '教育',
    description: '完善特殊教育保障，延长残疾儿童少年接受教育年限，完善送教服务。',
    strength: 'goal',
    citations: [
      { id: '4.1.4', quote: '完善学前段和高中段特殊教育布局，延长残疾儿童少年接受教育年限' },
      { id: '4.1.4', quote: '推广“特殊教育学校+卫星班”融合教育模式，完善送教服务制度' },
    ],
    criteria: [{ kind: 'field', field: 'hasDisability', yes: [true], label: '有残疾', ifNot: '该项面向残疾儿童少年', planWords: ['残疾儿童少年'] }, UNDER_18],
  },
  {
    id: 'elderly-education',
    name: '老年教育和培训（老年学校、云上老年大学）',
    group: '教育',
    description: '开展面向老年人群体的培训服务，加强云上老年大学建设。',
    strength: 'commitment',
    citations: [
      { id: '4.2.4', quote: '开展面向老年人群体的培训服务，加强云上老年大学建设' },
      { id: '4.2.4', quote: '增强社区学校、老年学校办学能力' },
    ],
    criteria: [
      {
        kind: 'age',
        min: 60,
        label: '年满60周岁（老年人）',
        planWords: ['老年人'],
        ifNot: '老年人指60周岁以上；其他人可通过终身教育体系、开放大学学习',
      },
    ],
  },
];
