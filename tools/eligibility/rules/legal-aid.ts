import type { ServiceRule } from '../rule-schema.ts';
import { IN_HARDSHIP } from './hardship.ts';

/** 十三、公共法律服务 (chapter 13): legal aid for people in financial difficulty. */
export const LEGAL_AID_RULES: ServiceRule[] = [
  {
    id: 'legal-aid',
    name: '法律援助（含异地申请跨地域转交）',
    group: '公共法律服务',
    description: '健全法律援助制度，推行异地申请法律援助的跨地域转交等便民服务。',
    strength: 'goal',
    citations: [
      { id: '13.1.2', quote: '推行异地申请法律援助的跨地域转交等便民服务，健全法律援助制度和工作机制' },
      { id: '13.1.2', quote: '完善“12348”公共法律服务热线功能' },
    ],
    criteria: [{ ...IN_HARDSHIP, ifNot: '法律援助一般面向经济困难的当事人；其他人可拨打“12348”热线获得法律咨询' }],
    conditionsElsewhere: '法律援助还要求有需要援助的法律事项，经济困难标准和事项范围以司法行政部门规定为准',
  },
];
