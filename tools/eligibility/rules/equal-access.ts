import type { ServiceRule } from '../rule-schema.ts';

/** 二、基本公共服务均等化 (chapter 2): residents without local hukou. */
export const EQUAL_ACCESS_RULES: ServiceRule[] = [
  {
    id: 'residence-permit-basic-services',
    name: '未落户常住人口凭居住证享受基本公共服务',
    group: '基本公共服务均等化',
    description: '以居住证为载体，推动符合条件的未落户常住人口逐步享有与户籍人口同等的基本公共服务。',
    strength: 'goal',
    citations: [
      {
        id: '2.1.3',
        quote: '完善以居住证为载体、与居住年限等相挂钩的基本公共服务便利化提供机制，推动符合条件的未落户常住人口逐步享有与户籍人口同等的基本公共服务',
      },
    ],
    criteria: [
      {
        kind: 'field',
        field: 'hukou',
        yes: ['non_local'],
        label: '户口不在本地（未落户的常住人口）',
        planWords: ['未落户常住人口'],
        ifNot: '本地户籍人口本来就按户籍享受基本公共服务',
      },
      {
        kind: 'field',
        field: 'hasResidencePermit',
        yes: [true],
        label: '持有居住证',
        planWords: ['以居住证为载体'],
        ifNot: '规划以居住证为享受服务的载体，可先向居住地派出所或通过“浙里办”申领居住证',
      },
    ],
    conditionsElsewhere: '享受哪些服务与居住年限等条件挂钩，以当地规定为准',
  },
];
