import type { ServiceRule } from '../rule-schema.ts';
import { IN_HARDSHIP } from './hardship.ts';

/** 十二、退役军人 (chapter 12): training, help in hardship, preferential treatment, honours for martyrs. */
export const VETERANS_RULES: ServiceRule[] = [
  {
    id: 'veteran-training',
    name: '退役军人适应性培训和职业技能培训',
    group: '退役军人',
    description: '到2025年退役军人适应性培训参训率达到100%，有职业技能培训意愿的参训率达到100%。',
    strength: 'goal',
    citations: [{ id: '12.1.1', quote: '到2025年，退役军人适应性培训参训率达到100%，有职业技能培训意愿的参训率达到100%' }],
    criteria: [{ kind: 'field', field: 'veteran', yes: [true], label: '退役军人', ifNot: '该项面向退役军人', planWords: ['退役军人'] }],
  },
  {
    id: 'veteran-hardship-assistance',
    name: '困难退役军人帮扶援助',
    group: '退役军人',
    description: '落实困难退役军人帮扶援助机制。',
    strength: 'commitment',
    citations: [{ id: '12.1.2', quote: '落实困难退役军人帮扶援助机制' }],
    criteria: [
      { kind: 'field', field: 'veteran', yes: [true], label: '退役军人', ifNot: '该项面向退役军人', planWords: ['退役军人'] },
      { ...IN_HARDSHIP, planWords: ['困难退役军人'] },
    ],
  },
  {
    id: 'veteran-preferential-treatment',
    name: '退役军人和优抚对象优待、集中供养',
    group: '退役军人',
    description: '建立退役军人和其他优抚对象优待目录，为符合条件的优抚对象提供集中供养服务。',
    strength: 'goal',
    citations: [
      { id: '12.1.2', quote: '建立退役军人服务事项目录、退役军人和其他优抚对象优待目录' },
      { id: '12.1.2', quote: '为符合条件的优抚对象提供集中供养服务' },
    ],
    criteria: [
      {
        kind: 'anyOf',
        label: '退役军人或烈属等优抚对象',
        ifNot: '该项面向退役军人和其他优抚对象',
        of: [
          { kind: 'field', field: 'veteran', yes: [true], label: '退役军人', planWords: ['退役军人'] },
          { kind: 'field', field: 'martyrFamily', yes: [true], label: '烈士遗属' },
        ],
      },
    ],
  },
  {
    id: 'martyr-honours',
    name: '烈士褒扬和纪念活动（烈属）',
    group: '退役军人',
    description: '全面落实褒扬制度，在重要节日和纪念日开展烈士纪念活动。',
    strength: 'commitment',
    citations: [{ id: '12.1.3', quote: '全面落实褒扬制度，在重要节日和纪念日开展烈士纪念活动' }],
    criteria: [{ kind: 'field', field: 'martyrFamily', yes: [true], label: '烈士遗属（烈属）', ifNot: '褒扬制度面向烈士及其遗属；烈士纪念活动面向社会公众开展' }],
  },
];
