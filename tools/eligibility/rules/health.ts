import type { ServiceRule } from '../rule-schema.ts';

/** 九、医疗卫生 (chapter 9): family doctors and chronic-disease care. */
export const HEALTH_RULES: ServiceRule[] = [
  {
    id: 'family-doctor-key-groups',
    name: '家庭医生签约服务（老年人、慢性病患者、残疾人等重点人群）',
    group: '医疗卫生',
    description: '提升家庭医生签约覆盖面，到2025年老年人、慢性病患者、残疾人等重点人群签约率达到70%。',
    strength: 'goal',
    citations: [
      { id: '9.1.1', quote: '提升家庭医生签约覆盖面和服务质量，到2025年，老年人、慢性病患者、残疾人等重点人群签约率达到70%' },
    ],
    criteria: [
      {
        kind: 'anyOf',
        label: '属于老年人、慢性病患者、残疾人等重点人群',
        ifNot: '70%签约率目标针对重点人群；其他居民也可到社区卫生服务中心或乡镇卫生院自愿签约',
        of: [
          { kind: 'age', min: 60, label: '老年人（60周岁以上）', planWords: ['老年人'] },
          { kind: 'field', field: 'chronicDisease', yes: [true], label: '慢性病患者', planWords: ['慢性病患者'] },
          { kind: 'field', field: 'hasDisability', yes: [true], label: '残疾人', planWords: ['残疾人'] },
        ],
      },
    ],
  },
  {
    id: 'chronic-disease-management',
    name: '慢性病全周期健康管理',
    group: '医疗卫生',
    description: '实施重点人群健康关爱工程，建立慢性病全周期健康管理和基层首诊服务模式。',
    strength: 'goal',
    citations: [{ id: '9.1.1', quote: '实施重点人群健康关爱工程，建立慢性病全周期健康管理和基层首诊服务模式' }],
    criteria: [{ kind: 'field', field: 'chronicDisease', yes: [true], label: '患有慢性病', ifNot: '该项面向慢性病患者', planWords: ['慢性病'] }],
  },
];
