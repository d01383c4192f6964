import type { LeafCriterion, ServiceRule } from '../rule-schema.ts';

/** 老年人: 60 and over (老年人权益保障法 art. 2). */
const ELDERLY: LeafCriterion = { kind: 'age', min: 60, label: '年满60周岁（老年人）', ifNot: '该项面向老年人' };

/** 十、养老 (chapter 10): long-term care and health monitoring for older people. */
export const ELDERLY_RULES: ServiceRule[] = [
  {
    id: 'long-term-care-disabled-elderly',
    name: '失能失智老年人长期照护',
    group: '养老',
    description: '健全失能失智老年人长期照护福利政策和保障机制。',
    strength: 'goal',
    citations: [
      { id: '10.1.1', quote: '健全失能失智老年人长期照护福利政策和保障机制' },
      { id: '10.1.1', quote: '合理设置认知障碍照护机构、养老机构认知障碍照护专区' },
    ],
    criteria: [
      { ...ELDERLY, planWords: ['老年人'] },
      { kind: 'field', field: 'needsLongTermCare', yes: [true], label: '失能或失智，需要长期照护', ifNot: '该项面向失能失智老年人', planWords: ['失能失智'] },
    ],
  },
  {
    id: 'elderly-health-monitoring',
    name: '高龄、独居、失能老人健康状况动态监控（智慧养老）',
    group: '养老',
    description: '支持家庭安装智慧养老终端，对高龄、独居、失能半失能老人等重点人群开展基本健康状况动态监控。',
    strength: 'goal',
    citations: [
      { id: '10.2.2', quote: '支持家庭安装智慧养老终端，对高龄、独居、失能半失能老人等重点人群开展基本健康状况动态监控' },
    ],
    criteria: [
      { ...ELDERLY, planWords: ['老人'] },
      {
        kind: 'anyOf',
        label: '属于高龄、独居、失能半失能老人等重点人群',
        of: [
          // 高龄 is 80 and over in Chinese elderly-care usage (高龄老人); the plan does not give a figure.
          { kind: 'age', min: 80, label: '高龄（80周岁以上）', planWords: ['高龄'] },
          { kind: 'field', field: 'livesAlone', yes: [true], label: '独居', planWords: ['独居'] },
          { kind: 'field', field: 'needsLongTermCare', yes: [true], label: '失能或半失能', planWords: ['失能半失能'] },
        ],
      },
    ],
  },
];
