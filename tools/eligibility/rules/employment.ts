import type { LeafCriterion, ServiceRule } from '../rule-schema.ts';
import { ANY_ASSISTANCE_STATUS } from './hardship.ts';

const UNEMPLOYED: LeafCriterion = {
  kind: 'field',
  field: 'employment',
  yes: ['unemployed'],
  label: '目前处于失业状态',
  ifNot: '该项面向失业人员',
};

const INSURED: LeafCriterion = {
  kind: 'field',
  field: 'unemploymentInsured',
  yes: [true],
  label: '参加过失业保险（缴纳过失业保险费）',
  ifNot: '失业保险金以参保缴费为前提',
};

/** 五、就业创业 (chapter 5): unemployment insurance, help for people who find work hard to get, start-up loans. */
export const EMPLOYMENT_RULES: ServiceRule[] = [
  {
    id: 'unemployment-insurance-benefit',
    name: '失业保险待遇',
    group: '就业创业',
    description: '参加失业保险的失业人员，按规定享受失业保险待遇。',
    strength: 'commitment',
    citations: [{ id: '5.1.3', quote: '健全工伤保险和失业保险制度，为符合条件人员提供工伤和失业保险待遇' }],
    criteria: [UNEMPLOYED, INSURED],
    conditionsElsewhere: '规划写明“为符合条件人员提供”失业保险待遇，具体条件（如缴费时间、失业原因、失业登记）以人力社保部门规定为准',
  },
  {
    id: 'unemployment-benefit-until-retirement',
    name: '大龄失业人员继续领取失业保险金至法定退休年龄',
    group: '就业创业',
    description: '对大龄失业人员继续发放失业保险金，直到法定退休年龄。',
    strength: 'commitment',
    citations: [
      { id: '5.1.3', quote: '对大龄失业人员继续发放失业保险金至法定退休年龄' },
      { id: '5.1.3', quote: '加大超龄大龄等困难失业人员保障力度' },
    ],
    criteria: [
      { ...UNEMPLOYED, planWords: ['大龄失业人员'] },
      INSURED,
      {
        kind: 'derived',
        fact: 'olderWorker',
        is: true,
        label: '属于大龄失业人员（规划未界定“大龄”，本工具以女性40周岁、男性50周岁为下限）',
        planWords: ['大龄失业人员'],
      },
      {
        kind: 'derived',
        fact: 'retirementAgeReached',
        is: false,
        label: '尚未到法定退休年龄',
        planWords: ['至法定退休年龄'],
        limit: true,
        ifNot: '已到法定退休年龄的，请看“超过法定退休年龄、未领养老金的参保失业人员领取失业保险金”一项',
      },
    ],
    conditionsElsewhere: '规划未界定“大龄”，继续发放的具体条件（如领取期满时距法定退休年龄的时间）以人力社保部门规定为准',
  },
  {
    id: 'unemployment-benefit-past-retirement',
    name: '超过法定退休年龄、未领养老金的参保失业人员领取失业保险金',
    group: '就业创业',
    description: '超过法定退休年龄但尚未依法享受基本养老保险待遇的参保失业人员，按规定领取失业保险金。',
    strength: 'commitment',
    citations: [
      { id: '5.1.3', quote: '对超过法定退休年龄但尚未依法享受基本养老保险待遇的参保失业人员，按规定发放失业保险金' },
    ],
    criteria: [
      { ...UNEMPLOYED, planWords: ['失业人员'] },
      { ...INSURED, planWords: ['参保'] },
      {
        kind: 'derived',
        fact: 'retirementAgeReached',
        is: true,
        label: '已超过法定退休年龄',
        planWords: ['超过法定退休年龄'],
        ifNot: '未到法定退休年龄的大龄失业人员，请看“大龄失业人员继续领取失业保险金”一项',
      },
      {
        kind: 'field',
        field: 'receivingPension',
        yes: [false],
        label: '尚未享受基本养老保险待遇（未领养老金）',
        planWords: ['尚未依法享受基本养老保险待遇'],
        limit: true,
        ifNot: '已领取基本养老金的，不属于此项',
      },
    ],
  },
  {
    id: 'hard-to-employ-assistance',
    name: '就业困难人员援助（公益性岗位、兜底安置）',
    group: '就业创业',
    description: '经认定的就业困难人员可获得就业援助、公益性岗位和兜底安置。',
    strength: 'commitment',
    citations: [
      { id: '5.1.1', quote: '强化就业困难人员援助、兜底安置制度，完善就业困难人员认定和公益性岗位开发管理机制' },
      { id: '5.1.1', quote: '抓好零就业家庭的动态清零' },
    ],
    criteria: [
      UNEMPLOYED,
      {
        kind: 'anyOf',
        label: '属于大龄、残疾或困难家庭等较难就业的人员',
        ifNot: '就业困难人员一般是大龄、残疾、低保等困难家庭的失业人员，以当地认定为准',
        of: [
          { kind: 'derived', fact: 'olderWorker', is: true, label: '大龄' },
          { kind: 'field', field: 'hasDisability', yes: [true], label: '残疾人' },
          { kind: 'field', field: 'lowIncome', yes: [...ANY_ASSISTANCE_STATUS], label: '低保、低保边缘、低收入或特困家庭成员' },
        ],
      },
    ],
    conditionsElsewhere: '需经人力社保部门认定为就业困难人员，认定条件以当地规定为准',
  },
  {
    id: 'key-groups-employment',
    name: '重点群体就业帮扶（高校毕业生、退役军人、残疾人等）',
    group: '就业创业',
    description: '促进高校毕业生、退役军人、农民工和残疾人等重点群体充分就业。',
    strength: 'goal',
    citations: [
      {
        id: '5.1.1',
        quote: '实施重点群体稳就业行动，落实高校毕业生就业创业计划、就业困难人员精准帮扶计划，促进高校毕业生、退役军人、农民工和残疾人等重点群体充分就业',
      },
    ],
    criteria: [
      {
        kind: 'anyOf',
        label: '属于高校毕业生、退役军人、残疾人等重点群体（规划还点名农民工）',
        of: [
          { kind: 'field', field: 'collegeGraduate', yes: [true], label: '高校毕业生', planWords: ['高校毕业生'] },
          { kind: 'field', field: 'veteran', yes: [true], label: '退役军人', planWords: ['退役军人'] },
          { kind: 'field', field: 'hasDisability', yes: [true], label: '残疾人', planWords: ['残疾人'] },
        ],
      },
      {
        kind: 'field',
        field: 'employment',
        yes: ['unemployed'],
        likely: ['student'],
        label: '正在找工作（未就业）',
        ifLikely: '在读学生可在毕业前后参加就业帮扶',
        ifNot: '该项帮助的是尚未就业的人',
      },
    ],
  },
  {
    id: 'startup-guaranteed-loan',
    name: '创业担保贷款和创业扶持',
    group: '就业创业',
    description: '大力支持重点人群特别是高校毕业生创业，每年发放创业担保贷款。',
    strength: 'goal',
    citations: [
      { id: '5.2.1', quote: '大力支持重点人群特别是高校毕业生创业，每年发放创业担保贷款20亿元、扶持创业人员3万人' },
      { id: '5.1.1', quote: '促进高校毕业生、退役军人、农民工和残疾人等重点群体充分就业' },
    ],
    criteria: [
      { kind: 'field', field: 'startingBusiness', yes: [true], label: '打算创业或正在创业', planWords: ['创业'] },
      {
        kind: 'anyOf',
        label: '属于规划支持创业的重点人群（特别是高校毕业生）',
        ifNot: '规划点名支持的是重点人群特别是高校毕业生；其他创业者可咨询当地人力社保部门',
        of: [
          { kind: 'field', field: 'collegeGraduate', yes: [true], label: '高校毕业生', planWords: ['高校毕业生'] },
          { kind: 'field', field: 'veteran', yes: [true], label: '退役军人', planWords: ['退役军人'] },
          { kind: 'field', field: 'hasDisability', yes: [true], label: '残疾人', planWords: ['残疾人'] },
        ],
      },
    ],
  },
];
