import type { ProfileField } from './profile.ts';

/**
 * The Chinese question to ask for each Profile field when it would decide a result.
 * Questions name the everyday words people use (户口, 中专, 低保户) and, where an answer needs a
 * definition, give it, so the person can answer without knowing the policy term.
 */
export const FIELD_QUESTIONS: Readonly<Record<ProfileField, string>> = {
  age: '您今年多大年龄（周岁）？',
  hukou: '您的户口在本地吗？还是外地户口、尚未在本地落户？',
  hasResidencePermit: '您是否办理了本地居住证？',
  employment: '您目前的就业状态是：在职、失业、个体经营或灵活就业、已退休，还是在读学生？',
  unemploymentInsured: '您以前工作时是否缴纳过失业保险？',
  receivingPension: '您现在是否已经领取基本养老金（退休金）？',
  disability: '您是否有残疾？如有，残疾程度是轻度、中度还是重度（残疾等级几级）？',
  lowIncome: '您家是否被认定为低保、低保边缘、低收入或特困供养家庭？',
  veteran: '您是退役军人吗？',
  orphan: '您（或您要咨询的孩子）是孤儿吗？',
  studentType: '您目前在读哪一类学校：小学、初中、普通高中、中职（中专、职高、技校）、高职或大学？还是不在读？',
  collegeGraduate: '您是高校（大学、大专）毕业生吗？',
  residence: '您家住在城镇还是农村？',
  housingDifficulty: '您家是否住房困难（例如没有自有住房，或住房是危房）？',
  chronicDisease: '您是否患有高血压、糖尿病等慢性病？',
  planningPregnancy: '您是否在备孕或计划要孩子？',
  sex: '您的性别是男还是女？（法定退休年龄男女不同）',
  reachedRetirementAge:
    '您是否已到自己的法定退休年龄？（一般男性60周岁，女职工50周岁、女干部55周岁；2025年起按出生年月逐步延迟，可在“浙里办”或社保经办机构查询）',
  hasDisability: '您是否有残疾（是否持有残疾人证）？',
  recentlyDischarged: '您是近期刚退役的吗？',
  martyrFamily: '您是烈士遗属（烈属）吗？',
  familyPlanningFamily: '您家是计划生育家庭（例如独生子女家庭）吗？',
  planningMarriage: '您是否准备结婚？',
  expectingChild: '您或您的配偶目前是否怀孕？',
  hasInfant: '您家是否有3岁以下的婴幼儿？',
  startingBusiness: '您是否打算创业或正在创业？',
  livesAlone: '您是否独自居住？',
  needsLongTermCare: '您是否失能、半失能或失智，日常生活需要他人照护？',
};
