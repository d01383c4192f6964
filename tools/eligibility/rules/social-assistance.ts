import type { ServiceRule } from '../rule-schema.ts';
import { IN_HARDSHIP } from './hardship.ts';

/** 十一、社会救助 (chapter 11, section 1.1): dibao-edge recognition, minors in extreme poverty, special assistance. */
export const SOCIAL_ASSISTANCE_RULES: ServiceRule[] = [
  {
    id: 'dibao-edge-relaxed-recognition',
    name: '放宽低保边缘家庭认定标准',
    group: '社会救助',
    description: '放宽最低生活保障边缘家庭认定标准，让更多困难家庭得到救助。',
    strength: 'goal',
    citations: [{ id: '11.1.1', quote: '放宽最低生活保障边缘家庭认定标准' }],
    criteria: [
      {
        kind: 'field',
        field: 'lowIncome',
        yes: ['dibao_edge'],
        likely: ['low_income'],
        label: '低保边缘或低收入家庭',
        planWords: ['最低生活保障边缘家庭'],
        ifLikely: '规划写的是最低生活保障边缘家庭，低收入家庭是否适用以当地认定为准',
        ifNot: '低保、特困家庭已享受更高一档的救助；尚未获认定而收入接近低保标准的家庭，可向乡镇（街道）申请低保边缘家庭认定',
      },
    ],
  },
  {
    id: 'tekun-minor-age-extension',
    name: '未成年特困救助供养对象年龄从16周岁延长至18周岁（探索）',
    group: '社会救助',
    description: '探索将未成年特困救助供养对象的年龄从16周岁延长至18周岁。',
    strength: 'exploration',
    citations: [{ id: '11.1.1', quote: '探索将未成年特困救助供养对象年龄从16周岁延长至18周岁' }],
    criteria: [
      { kind: 'field', field: 'lowIncome', yes: ['tekun'], label: '特困救助供养对象', planWords: ['特困救助供养对象'], ifNot: '该项面向特困救助供养的未成年人' },
      {
        kind: 'age',
        min: 16,
        max: 17,
        label: '已满16周岁、未满18周岁',
        planWords: ['从16周岁延长至18周岁'],
        ifNot: '未满16周岁的本就属于未成年特困供养范围，年满18周岁的不在此项探索之内',
      },
    ],
  },
  {
    id: 'special-social-assistance',
    name: '专项救助和急难社会救助',
    group: '社会救助',
    description: '健全专项救助制度，强化急难社会救助，推动社会救助与养老、医疗等政策衔接。',
    strength: 'goal',
    citations: [
      { id: '11.1.1', quote: '健全专项救助制度，强化急难社会救助' },
      { id: '11.1.1', quote: '推动社会救助政策与乡村振兴、养老、医疗等政策制度有机衔接' },
    ],
    criteria: [IN_HARDSHIP],
  },
];
