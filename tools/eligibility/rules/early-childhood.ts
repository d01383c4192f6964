import type { ServiceRule } from '../rule-schema.ts';

/** 三、幼儿照护 (chapter 3): before and after birth, infants, orphans and children with disabilities. */
export const EARLY_CHILDHOOD_RULES: ServiceRule[] = [
  {
    id: 'premarital-prepregnancy-checkup',
    name: '免费婚前、孕前优生健康检查',
    group: '幼儿照护',
    description: '免费开展婚前孕前优生健康检查、孕产健康指导等服务。',
    strength: 'commitment',
    citations: [{ id: '3.1.1', quote: '免费开展婚前孕前优生健康检查、孕产健康指导等服务' }],
    criteria: [
      {
        kind: 'anyOf',
        label: '准备结婚或计划怀孕',
        of: [
          { kind: 'field', field: 'planningMarriage', yes: [true], label: '准备结婚', planWords: ['婚前'] },
          { kind: 'field', field: 'planningPregnancy', yes: [true], label: '计划怀孕（备孕）', planWords: ['孕前'] },
        ],
      },
    ],
  },
  {
    id: 'maternal-infant-health',
    name: '孕产保健、新生儿访视和婴幼儿定期健康检查',
    group: '幼儿照护',
    description: '推进孕产保健、新生儿访视、婴幼儿定期健康检查和发育监测筛查。',
    strength: 'commitment',
    citations: [
      { id: '3.1.2', quote: '推进孕产保健、新生儿访视和婴幼儿定期健康检查，做好婴幼儿标准化发育监测筛查评估' },
      { id: '3.1.2', quote: '规范、保障免疫规划疫苗供应，提升预防接种管理质量' },
    ],
    criteria: [
      {
        kind: 'anyOf',
        label: '本人或配偶怀孕，或家有3岁以下婴幼儿',
        of: [
          { kind: 'field', field: 'expectingChild', yes: [true], label: '本人或配偶怀孕', planWords: ['孕产保健'] },
          { kind: 'field', field: 'hasInfant', yes: [true], label: '家有3岁以下婴幼儿', planWords: ['婴幼儿'] },
        ],
      },
    ],
  },
  {
    id: 'parenting-guidance',
    name: '科学育儿专业指导',
    group: '幼儿照护',
    description: '让每个婴幼儿家长都能接受科学育儿专业指导服务。',
    strength: 'goal',
    citations: [{ id: '3.1.3', quote: '让每个婴幼儿家长都能接受科学育儿专业指导服务' }],
    criteria: [{ kind: 'field', field: 'hasInfant', yes: [true], label: '家有3岁以下婴幼儿', planWords: ['婴幼儿家长'] }],
  },
  {
    id: 'maternity-paternity-leave',
    name: '产假、配偶陪产假',
    group: '幼儿照护',
    description: '全面落实产假、配偶陪产假等政策。',
    strength: 'commitment',
    citations: [{ id: '3.1.3', quote: '完善育儿休假制度，全面落实产假、配偶陪产假等政策' }],
    criteria: [
      {
        kind: 'field',
        field: 'employment',
        yes: ['employed'],
        label: '在用人单位工作（职工）',
        ifNot: '产假、配偶陪产假是用人单位职工的休假',
      },
      {
        kind: 'anyOf',
        label: '本人或配偶怀孕，或刚生育',
        planWords: ['产假', '配偶陪产假'],
        of: [
          { kind: 'field', field: 'expectingChild', yes: [true], label: '本人或配偶怀孕' },
          {
            kind: 'field',
            field: 'hasInfant',
            yes: [],
            likely: [true],
            label: '家有3岁以下婴幼儿',
            ifLikely: '产假、陪产假在生育前后一段时间内享受，孩子出生已久的可能已过假期',
          },
        ],
      },
    ],
  },
  {
    id: 'orphan-support',
    name: '孤儿基本生活保障和助医助学',
    group: '幼儿照护',
    description: '按规定落实孤儿基本生活养育标准，实施孤儿助医助学工程。',
    strength: 'commitment',
    citations: [
      { id: '3.1.4', quote: '按规定落实孤儿基本生活养育标准' },
      { id: '3.1.4', quote: '实施孤儿助医助学工程' },
    ],
    criteria: [{ kind: 'field', field: 'orphan', yes: [true], label: '孤儿', ifNot: '该项面向孤儿', planWords: ['孤儿'] }],
  },
  {
    id: 'disabled-children-rehabilitation',
    name: '残疾儿童康复服务',
    group: '幼儿照护',
    description: '完善残疾儿童康复服务制度。',
    strength: 'goal',
    citations: [{ id: '3.1.4', quote: '完善残疾儿童康复服务制度' }],
    criteria: [
      { kind: 'field', field: 'hasDisability', yes: [true], label: '有残疾', ifNot: '该项面向残疾儿童', planWords: ['残疾儿童'] },
      { kind: 'age', max: 17, label: '未满18周岁（儿童）', planWords: ['儿童'], ifNot: '该项面向残疾儿童；成年残疾人请看残疾人康复辅助器具等项' },
    ],
  },
];
