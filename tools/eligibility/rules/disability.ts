import type { LeafCriterion, ServiceRule } from '../rule-schema.ts';
import { IN_HARDSHIP } from './hardship.ts';

const SEVERE: LeafCriterion = {
  kind: 'field',
  field: 'disability',
  yes: ['severe'],
  label: '重度残疾（一般为残疾等级一、二级）',
  planWords: ['重度残疾人'],
  ifNot: '该项面向重度残疾人',
};

/** 十一、残疾人和计划生育家庭 (chapter 11, section 1.2): subsidies, care, assistive devices, family planning. */
export const DISABILITY_AND_FAMILY_RULES: ServiceRule[] = [
  {
    id: 'disability-living-subsidy',
    name: '困难残疾人生活补贴',
    group: '残疾人保障',
    description: '落实困难残疾人生活补贴及其标准动态调整机制。',
    strength: 'commitment',
    citations: [{ id: '11.1.2', quote: '落实困难残疾人生活补贴和重度残疾人护理补贴标准动态调整机制' }],
    criteria: [
      { kind: 'field', field: 'hasDisability', yes: [true], label: '有残疾（持残疾人证）', ifNot: '该项面向残疾人', planWords: ['残疾人'] },
      { ...IN_HARDSHIP, planWords: ['困难残疾人'] },
    ],
  },
  {
    id: 'severe-disability-care-subsidy',
    name: '重度残疾人护理补贴',
    group: '残疾人保障',
    description: '落实重度残疾人护理补贴及其标准动态调整机制。',
    strength: 'commitment',
    citations: [{ id: '11.1.2', quote: '落实困难残疾人生活补贴和重度残疾人护理补贴标准动态调整机制' }],
    criteria: [SEVERE],
  },
  {
    id: 'severe-disability-care-services',
    name: '重度残疾人照护和康复托养服务',
    group: '残疾人保障',
    description: '健全重度残疾人照护服务制度，完善残疾人康复托养服务设施。',
    strength: 'goal',
    citations: [{ id: '11.1.2', quote: '健全重度残疾人照护服务制度，系统推进全链条无障碍环境建设，完善残疾人康复托养服务设施' }],
    criteria: [SEVERE],
  },
  {
    id: 'assistive-device-rental',
    name: '康复辅助器具社区租赁',
    group: '残疾人保障',
    description: '开展康复辅助器具社区租赁服务。',
    strength: 'commitment',
    citations: [{ id: '11.1.2', quote: '开展康复辅助器具社区租赁服务' }],
    criteria: [
      {
        kind: 'anyOf',
        label: '残疾人或失能人员等需要康复辅助器具的人',
        of: [
          { kind: 'field', field: 'hasDisability', yes: [true], label: '残疾人' },
          { kind: 'field', field: 'needsLongTermCare', yes: [true], label: '失能或半失能' },
        ],
      },
    ],
  },
  {
    id: 'family-planning-family-support',
    name: '计划生育家庭扶助保障',
    group: '计划生育家庭',
    description: '做好符合条件的计划生育家庭扶助保障。',
    strength: 'commitment',
    citations: [{ id: '11.1.2', quote: '做好符合条件的计划生育家庭扶助保障' }],
    criteria: [
      { kind: 'field', field: 'familyPlanningFamily', yes: [true], label: '计划生育家庭（如独生子女家庭）', ifNot: '该项面向计划生育家庭', planWords: ['计划生育家庭'] },
    ],
    conditionsElsewhere: '规划写明“符合条件的”计划生育家庭，具体对象（如独生子女伤残、死亡家庭等）和标准以卫生健康部门规定为准',
  },
];
