import type { Eligibility } from './eligibility-schema.ts';
import type { Profile, ProfileField } from './profile.ts';

/** One row of the eligibility table: a profile, the service, and what the plan text says the answer is. */
export type EligibilityCase = {
  service: string;
  /** The clause the expectation is read from; the result must cite it. */
  clause: string;
  profile: Profile;
  status: Eligibility['status'];
  /** Exactly the facts that would decide it (order free); omitted means none. */
  missing?: ProfileField[];
};

const UNEMPLOYED_INSURED: Profile = { employment: 'unemployed', unemploymentInsured: true };
const PAST_RETIREMENT_BASE: Profile = { ...UNEMPLOYED_INSURED, receivingPension: false };

/**
 * The table, service by service. Each block quotes the plan sentence it was written from. Thresholds are read
 * from the plan or, where the plan uses a term it does not define, from the documented reading in
 * derived-facts.ts (statutory retirement age 60 / 50–55, raised from 2025 to 63 / 55–58; 大龄 from 50 / 40),
 * with a case just below, at and just above each. Status words: a measure the plan states as done for a
 * group its cited words name (every requirement traced to them, rule-schema `planWords`) is `eligible`; a goal, an exploration, or "符合条件的" left to the department is `likely_eligible`.
 */
export const ELIGIBILITY_CASES: readonly EligibilityCase[] = [
  // 2.1.3 "推动符合条件的未落户常住人口逐步享有与户籍人口同等的基本公共服务" — a goal, carried by the residence permit.
  { service: 'residence-permit-basic-services', clause: '2.1.3', profile: { hukou: 'non_local', hasResidencePermit: true }, status: 'likely_eligible' },
  { service: 'residence-permit-basic-services', clause: '2.1.3', profile: { hukou: 'non_local', hasResidencePermit: false }, status: 'not_eligible' },
  { service: 'residence-permit-basic-services', clause: '2.1.3', profile: { hukou: 'local' }, status: 'not_eligible' },
  { service: 'residence-permit-basic-services', clause: '2.1.3', profile: { hukou: 'non_local' }, status: 'need_info', missing: ['hasResidencePermit'] },
  { service: 'residence-permit-basic-services', clause: '2.1.3', profile: {}, status: 'need_info', missing: ['hukou', 'hasResidencePermit'] },

  // 3.1.1 "免费开展婚前孕前优生健康检查" — stated as done, for people about to marry or to conceive.
  { service: 'premarital-prepregnancy-checkup', clause: '3.1.1', profile: { planningMarriage: true }, status: 'eligible' },
  { service: 'premarital-prepregnancy-checkup', clause: '3.1.1', profile: { planningPregnancy: true }, status: 'eligible' },
  { service: 'premarital-prepregnancy-checkup', clause: '3.1.1', profile: { planningMarriage: false, planningPregnancy: false }, status: 'not_eligible' },
  { service: 'premarital-prepregnancy-checkup', clause: '3.1.1', profile: { planningMarriage: false }, status: 'need_info', missing: ['planningPregnancy'] },
  { service: 'premarital-prepregnancy-checkup', clause: '3.1.1', profile: {}, status: 'need_info', missing: ['planningMarriage', 'planningPregnancy'] },

  // 3.1.2 "推进孕产保健、新生儿访视和婴幼儿定期健康检查".
  { service: 'maternal-infant-health', clause: '3.1.2', profile: { expectingChild: true }, status: 'eligible' },
  { service: 'maternal-infant-health', clause: '3.1.2', profile: { hasInfant: true }, status: 'eligible' },
  { service: 'maternal-infant-health', clause: '3.1.2', profile: { expectingChild: false, hasInfant: false }, status: 'not_eligible' },
  { service: 'maternal-infant-health', clause: '3.1.2', profile: {}, status: 'need_info', missing: ['expectingChild', 'hasInfant'] },

  // 3.1.3 "让每个婴幼儿家长都能接受科学育儿专业指导服务" — a goal (到2025年 90%).
  { service: 'parenting-guidance', clause: '3.1.3', profile: { hasInfant: true }, status: 'likely_eligible' },
  { service: 'parenting-guidance', clause: '3.1.3', profile: { hasInfant: false }, status: 'not_eligible' },
  { service: 'parenting-guidance', clause: '3.1.3', profile: {}, status: 'need_info', missing: ['hasInfant'] },

  // 3.1.3 "全面落实产假、配偶陪产假等政策" — around the birth; that leave is an employee's is the engine's reading
  // (the sentence names no one), so never more than likely_eligible.
  { service: 'maternity-paternity-leave', clause: '3.1.3', profile: { employment: 'employed', expectingChild: true }, status: 'likely_eligible' },
  { service: 'maternity-paternity-leave', clause: '3.1.3', profile: { employment: 'employed', hasInfant: true }, status: 'likely_eligible' },
  { service: 'maternity-paternity-leave', clause: '3.1.3', profile: { employment: 'employed', hasInfant: true, expectingChild: false }, status: 'likely_eligible' },
  { service: 'maternity-paternity-leave', clause: '3.1.3', profile: { employment: 'unemployed', expectingChild: true }, status: 'not_eligible' },
  { service: 'maternity-paternity-leave', clause: '3.1.3', profile: { expectingChild: true }, status: 'need_info', missing: ['employment'] },

  // 3.1.4 "按规定落实孤儿基本生活养育标准" "实施孤儿助医助学工程".
  { service: 'orphan-support', clause: '3.1.4', profile: { orphan: true }, status: 'eligible' },
  { service: 'orphan-support', clause: '3.1.4', profile: { orphan: false }, status: 'not_eligible' },
  { service: 'orphan-support', clause: '3.1.4', profile: {}, status: 'need_info', missing: ['orphan'] },

  // 3.1.4 "完善残疾儿童康复服务制度" — a goal, for children (under 18).
  { service: 'disabled-children-rehabilitation', clause: '3.1.4', profile: { hasDisability: true, age: 17 }, status: 'likely_eligible' },
  { service: 'disabled-children-rehabilitation', clause: '3.1.4', profile: { hasDisability: true, age: 18 }, status: 'not_eligible' },
  { service: 'disabled-children-rehabilitation', clause: '3.1.4', profile: { disability: 'none', age: 8 }, status: 'not_eligible' },
  { service: 'disabled-children-rehabilitation', clause: '3.1.4', profile: { disability: 'mild' }, status: 'need_info', missing: ['age'] },

  // 4.1.3 "按标准对纳入资助对象的学生提供国家助学金" — for senior high students who are 资助对象 (in hardship).
  { service: 'senior-high-national-grant', clause: '4.1.3', profile: { studentType: 'senior_high', lowIncome: 'dibao' }, status: 'likely_eligible' },
  { service: 'senior-high-national-grant', clause: '4.1.3', profile: { studentType: 'senior_high', lowIncome: 'dibao_edge' }, status: 'likely_eligible' },
  { service: 'senior-high-national-grant', clause: '4.1.3', profile: { studentType: 'senior_high', lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'senior-high-national-grant', clause: '4.1.3', profile: { studentType: 'secondary_vocational', lowIncome: 'dibao' }, status: 'not_eligible' },
  { service: 'senior-high-national-grant', clause: '4.1.3', profile: { studentType: 'senior_high' }, status: 'need_info', missing: ['lowIncome'] },
  { service: 'senior-high-national-grant', clause: '4.1.3', profile: { lowIncome: 'tekun' }, status: 'need_info', missing: ['studentType'] },

  // 4.2.2 "对符合条件的中职学校学生免除学费" — 符合条件的: the department says who.
  { service: 'secondary-vocational-tuition-waiver', clause: '4.2.2', profile: { studentType: 'secondary_vocational' }, status: 'likely_eligible' },
  { service: 'secondary-vocational-tuition-waiver', clause: '4.2.2', profile: { studentType: 'senior_high' }, status: 'not_eligible' },
  { service: 'secondary-vocational-tuition-waiver', clause: '4.2.2', profile: { studentType: 'none' }, status: 'not_eligible' },
  { service: 'secondary-vocational-tuition-waiver', clause: '4.2.2', profile: {}, status: 'need_info', missing: ['studentType'] },

  // 4.1.4 "扩大轻度残疾儿童普通学校随班就读规模" — a goal, for children with mild disabilities.
  { service: 'inclusive-education-mild-disability', clause: '4.1.4', profile: { disability: 'mild', age: 10 }, status: 'likely_eligible' },
  { service: 'inclusive-education-mild-disability', clause: '4.1.4', profile: { disability: 'mild', age: 17 }, status: 'likely_eligible' },
  { service: 'inclusive-education-mild-disability', clause: '4.1.4', profile: { disability: 'mild', age: 18 }, status: 'not_eligible' },
  { service: 'inclusive-education-mild-disability', clause: '4.1.4', profile: { disability: 'severe', age: 10 }, status: 'not_eligible' },
  { service: 'inclusive-education-mild-disability', clause: '4.1.4', profile: { hasDisability: true, age: 10 }, status: 'need_info', missing: ['disability'] },
  { service: 'inclusive-education-mild-disability', clause: '4.1.4', profile: { disability: 'mild' }, status: 'need_info', missing: ['age'] },

  // 4.1.4 "延长残疾儿童少年接受教育年限" "完善送教服务制度".
  { service: 'special-education-support', clause: '4.1.4', profile: { disability: 'severe', age: 17 }, status: 'likely_eligible' },
  { service: 'special-education-support', clause: '4.1.4', profile: { disability: 'severe', age: 18 }, status: 'not_eligible' },
  { service: 'special-education-support', clause: '4.1.4', profile: { hasDisability: false, age: 10 }, status: 'not_eligible' },
  { service: 'special-education-support', clause: '4.1.4', profile: { age: 10 }, status: 'need_info', missing: ['hasDisability'] },

  // 4.2.4 "开展面向老年人群体的培训服务" — 老年人 is 60 and over.
  { service: 'elderly-education', clause: '4.2.4', profile: { age: 59 }, status: 'not_eligible' },
  { service: 'elderly-education', clause: '4.2.4', profile: { age: 60 }, status: 'eligible' },
  { service: 'elderly-education', clause: '4.2.4', profile: { age: 61 }, status: 'eligible' },
  { service: 'elderly-education', clause: '4.2.4', profile: {}, status: 'need_info', missing: ['age'] },

  // 5.1.3 "为符合条件人员提供工伤和失业保险待遇" — 符合条件: the department's rules decide.
  { service: 'unemployment-insurance-benefit', clause: '5.1.3', profile: UNEMPLOYED_INSURED, status: 'likely_eligible' },
  { service: 'unemployment-insurance-benefit', clause: '5.1.3', profile: { employment: 'unemployed', unemploymentInsured: false }, status: 'not_eligible' },
  { service: 'unemployment-insurance-benefit', clause: '5.1.3', profile: { employment: 'employed', unemploymentInsured: true }, status: 'not_eligible' },
  { service: 'unemployment-insurance-benefit', clause: '5.1.3', profile: { employment: 'unemployed' }, status: 'need_info', missing: ['unemploymentInsured'] },
  { service: 'unemployment-insurance-benefit', clause: '5.1.3', profile: {}, status: 'need_info', missing: ['employment', 'unemploymentInsured'] },

  // 5.1.3 "对大龄失业人员继续发放失业保险金至法定退休年龄" — 大龄 undefined (likely at best); until retirement age.
  // Men: 大龄 from 50; retirement surely after 59, surely by 63, in between it depends on birth month.
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 49 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 50 }, status: 'likely_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 59 }, status: 'likely_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 60 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 60, reachedRetirementAge: false }, status: 'likely_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 62 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 63 }, status: 'not_eligible' },
  // Women: 大龄 from 40; retirement surely after 49, surely by 58 (worker 50→55, cadre 55→58).
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 39 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 40 }, status: 'likely_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 49 }, status: 'likely_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 50 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 57 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 58 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'female', age: 55, reachedRetirementAge: true }, status: 'not_eligible' },
  // Sex unknown: the bands widen, and asking the sex can settle it.
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, age: 39 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, age: 40 }, status: 'need_info', missing: ['sex'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, age: 49 }, status: 'need_info', missing: ['sex'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, age: 50 }, status: 'need_info', missing: ['sex', 'reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, age: 59 }, status: 'need_info', missing: ['sex', 'reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, age: 63 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: UNEMPLOYED_INSURED, status: 'need_info', missing: ['age', 'reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, reachedRetirementAge: false }, status: 'need_info', missing: ['age'] },
  // "我59岁，失业了": insurance, sex and retirement all still open.
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { employment: 'unemployed', age: 59 }, status: 'need_info', missing: ['unemploymentInsured', 'sex', 'reachedRetirementAge'] },
  { service: 'unemployment-benefit-until-retirement', clause: '5.1.3', profile: { employment: 'unemployed', unemploymentInsured: false, sex: 'male', age: 55 }, status: 'not_eligible' },

  // 5.1.3 "对超过法定退休年龄但尚未依法享受基本养老保险待遇的参保失业人员，按规定发放失业保险金" — a named group, stated as done.
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'male', age: 59 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'male', age: 60 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'male', age: 62 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'male', age: 63 }, status: 'eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'male', age: 61, reachedRetirementAge: true }, status: 'eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'male', age: 61, reachedRetirementAge: false }, status: 'not_eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'female', age: 49 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'female', age: 50 }, status: 'need_info', missing: ['reachedRetirementAge'] },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, sex: 'female', age: 58 }, status: 'eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, age: 49 }, status: 'not_eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, age: 58 }, status: 'need_info', missing: ['sex', 'reachedRetirementAge'] },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...PAST_RETIREMENT_BASE, age: 63 }, status: 'eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 65, receivingPension: true }, status: 'not_eligible' },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { ...UNEMPLOYED_INSURED, sex: 'male', age: 65 }, status: 'need_info', missing: ['receivingPension'] },
  { service: 'unemployment-benefit-past-retirement', clause: '5.1.3', profile: { employment: 'retired', unemploymentInsured: true, receivingPension: false, age: 65 }, status: 'not_eligible' },

  // 5.1.1 "强化就业困难人员援助、兜底安置制度，完善就业困难人员认定" — needs recognition (likely at best).
  { service: 'hard-to-employ-assistance', clause: '5.1.1', profile: { employment: 'unemployed', sex: 'male', age: 50 }, status: 'likely_eligible' },
  { service: 'hard-to-employ-assistance', clause: '5.1.1', profile: { employment: 'unemployed', age: 30, lowIncome: 'dibao' }, status: 'likely_eligible' },
  { service: 'hard-to-employ-assistance', clause: '5.1.1', profile: { employment: 'unemployed', sex: 'male', age: 45, hasDisability: false, lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'hard-to-employ-assistance', clause: '5.1.1', profile: { employment: 'employed', lowIncome: 'dibao' }, status: 'not_eligible' },
  { service: 'hard-to-employ-assistance', clause: '5.1.1', profile: { employment: 'unemployed', age: 30 }, status: 'need_info', missing: ['hasDisability', 'lowIncome'] },
  { service: 'hard-to-employ-assistance', clause: '5.1.1', profile: { employment: 'unemployed', age: 45, hasDisability: false, lowIncome: 'none' }, status: 'need_info', missing: ['sex'] },

  // 5.1.1 "促进高校毕业生、退役军人、农民工和残疾人等重点群体充分就业" — a goal, for those looking for work.
  { service: 'key-groups-employment', clause: '5.1.1', profile: { collegeGraduate: true, employment: 'unemployed' }, status: 'likely_eligible' },
  { service: 'key-groups-employment', clause: '5.1.1', profile: { veteran: true, employment: 'student' }, status: 'likely_eligible' },
  { service: 'key-groups-employment', clause: '5.1.1', profile: { collegeGraduate: true, employment: 'employed' }, status: 'not_eligible' },
  { service: 'key-groups-employment', clause: '5.1.1', profile: { collegeGraduate: false, veteran: false, hasDisability: false, employment: 'unemployed' }, status: 'not_eligible' },
  { service: 'key-groups-employment', clause: '5.1.1', profile: { employment: 'unemployed' }, status: 'need_info', missing: ['collegeGraduate', 'veteran', 'hasDisability'] },

  // 5.2.1 "大力支持重点人群特别是高校毕业生创业，每年发放创业担保贷款20亿元" — a yearly target, not a personal promise.
  { service: 'startup-guaranteed-loan', clause: '5.2.1', profile: { collegeGraduate: true, startingBusiness: true }, status: 'likely_eligible' },
  { service: 'startup-guaranteed-loan', clause: '5.2.1', profile: { veteran: true, startingBusiness: true }, status: 'likely_eligible' },
  { service: 'startup-guaranteed-loan', clause: '5.2.1', profile: { collegeGraduate: true, startingBusiness: false }, status: 'not_eligible' },
  { service: 'startup-guaranteed-loan', clause: '5.2.1', profile: { startingBusiness: true, collegeGraduate: false, veteran: false, hasDisability: false }, status: 'not_eligible' },
  { service: 'startup-guaranteed-loan', clause: '5.2.1', profile: { collegeGraduate: true }, status: 'need_info', missing: ['startingBusiness'] },

  // 6.1.1 "实现城镇低保、低收入住房困难家庭应保尽保" — a named group, stated as done.
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'dibao', housingDifficulty: true }, status: 'eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'low_income', housingDifficulty: true }, status: 'eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'dibao_edge', housingDifficulty: true }, status: 'likely_eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'tekun', housingDifficulty: true }, status: 'likely_eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'rural', lowIncome: 'dibao', housingDifficulty: true }, status: 'not_eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'none', housingDifficulty: true }, status: 'not_eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'dibao', housingDifficulty: false }, status: 'not_eligible' },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { residence: 'urban', lowIncome: 'dibao' }, status: 'need_info', missing: ['housingDifficulty'] },
  { service: 'public-rental-housing', clause: '6.1.1', profile: { lowIncome: 'dibao' }, status: 'need_info', missing: ['residence', 'housingDifficulty'] },

  // 6.1.2 "落实农村困难家庭危房改造即时救助制度".
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'rural', lowIncome: 'dibao', housingDifficulty: true }, status: 'eligible' },
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'rural', lowIncome: 'tekun', housingDifficulty: true }, status: 'eligible' },
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'rural', lowIncome: 'dibao_edge', housingDifficulty: true }, status: 'eligible' },
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'rural', lowIncome: 'low_income', housingDifficulty: true }, status: 'likely_eligible' },
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'rural', lowIncome: 'none', housingDifficulty: true }, status: 'not_eligible' },
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'urban', lowIncome: 'dibao', housingDifficulty: true }, status: 'not_eligible' },
  { service: 'rural-dilapidated-housing-renovation', clause: '6.1.2', profile: { residence: 'rural', lowIncome: 'dibao' }, status: 'need_info', missing: ['housingDifficulty'] },

  // 9.1.1 "老年人、慢性病患者、残疾人等重点人群签约率达到70%" — a target.
  { service: 'family-doctor-key-groups', clause: '9.1.1', profile: { age: 59, chronicDisease: false, hasDisability: false }, status: 'not_eligible' },
  { service: 'family-doctor-key-groups', clause: '9.1.1', profile: { age: 60 }, status: 'likely_eligible' },
  { service: 'family-doctor-key-groups', clause: '9.1.1', profile: { age: 59, chronicDisease: true }, status: 'likely_eligible' },
  { service: 'family-doctor-key-groups', clause: '9.1.1', profile: { age: 30, hasDisability: true }, status: 'likely_eligible' },
  { service: 'family-doctor-key-groups', clause: '9.1.1', profile: { age: 59 }, status: 'need_info', missing: ['chronicDisease', 'hasDisability'] },

  // 9.1.1 "建立慢性病全周期健康管理和基层首诊服务模式".
  { service: 'chronic-disease-management', clause: '9.1.1', profile: { chronicDisease: true }, status: 'likely_eligible' },
  { service: 'chronic-disease-management', clause: '9.1.1', profile: { chronicDisease: false }, status: 'not_eligible' },
  { service: 'chronic-disease-management', clause: '9.1.1', profile: {}, status: 'need_info', missing: ['chronicDisease'] },

  // 10.1.1 "健全失能失智老年人长期照护福利政策和保障机制".
  { service: 'long-term-care-disabled-elderly', clause: '10.1.1', profile: { age: 60, needsLongTermCare: true }, status: 'likely_eligible' },
  { service: 'long-term-care-disabled-elderly', clause: '10.1.1', profile: { age: 59, needsLongTermCare: true }, status: 'not_eligible' },
  { service: 'long-term-care-disabled-elderly', clause: '10.1.1', profile: { age: 70, needsLongTermCare: false }, status: 'not_eligible' },
  { service: 'long-term-care-disabled-elderly', clause: '10.1.1', profile: { age: 70 }, status: 'need_info', missing: ['needsLongTermCare'] },
  { service: 'long-term-care-disabled-elderly', clause: '10.1.1', profile: { needsLongTermCare: true }, status: 'need_info', missing: ['age'] },

  // 10.2.2 "对高龄、独居、失能半失能老人等重点人群开展基本健康状况动态监控" — 高龄 read as 80 and over.
  { service: 'elderly-health-monitoring', clause: '10.2.2', profile: { age: 79, livesAlone: false, needsLongTermCare: false }, status: 'not_eligible' },
  { service: 'elderly-health-monitoring', clause: '10.2.2', profile: { age: 80 }, status: 'likely_eligible' },
  { service: 'elderly-health-monitoring', clause: '10.2.2', profile: { age: 70, livesAlone: true }, status: 'likely_eligible' },
  { service: 'elderly-health-monitoring', clause: '10.2.2', profile: { age: 59, livesAlone: true }, status: 'not_eligible' },
  { service: 'elderly-health-monitoring', clause: '10.2.2', profile: { age: 70 }, status: 'need_info', missing: ['livesAlone', 'needsLongTermCare'] },
  { service: 'elderly-health-monitoring', clause: '10.2.2', profile: { livesAlone: true }, status: 'need_info', missing: ['age'] },

  // 11.1.1 "放宽最低生活保障边缘家庭认定标准" — a direction.
  { service: 'dibao-edge-relaxed-recognition', clause: '11.1.1', profile: { lowIncome: 'dibao_edge' }, status: 'likely_eligible' },
  { service: 'dibao-edge-relaxed-recognition', clause: '11.1.1', profile: { lowIncome: 'low_income' }, status: 'likely_eligible' },
  { service: 'dibao-edge-relaxed-recognition', clause: '11.1.1', profile: { lowIncome: 'dibao' }, status: 'not_eligible' },
  { service: 'dibao-edge-relaxed-recognition', clause: '11.1.1', profile: { lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'dibao-edge-relaxed-recognition', clause: '11.1.1', profile: {}, status: 'need_info', missing: ['lowIncome'] },

  // 11.1.1 "探索将未成年特困救助供养对象年龄从16周岁延长至18周岁" — an exploration, for ages 16 and 17.
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { lowIncome: 'tekun', age: 15 }, status: 'not_eligible' },
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { lowIncome: 'tekun', age: 16 }, status: 'likely_eligible' },
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { lowIncome: 'tekun', age: 17 }, status: 'likely_eligible' },
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { lowIncome: 'tekun', age: 18 }, status: 'not_eligible' },
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { lowIncome: 'dibao', age: 16 }, status: 'not_eligible' },
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { lowIncome: 'tekun' }, status: 'need_info', missing: ['age'] },
  { service: 'tekun-minor-age-extension', clause: '11.1.1', profile: { age: 16 }, status: 'need_info', missing: ['lowIncome'] },

  // 11.1.1 "健全专项救助制度，强化急难社会救助".
  { service: 'special-social-assistance', clause: '11.1.1', profile: { lowIncome: 'dibao' }, status: 'likely_eligible' },
  { service: 'special-social-assistance', clause: '11.1.1', profile: { lowIncome: 'dibao_edge' }, status: 'likely_eligible' },
  { service: 'special-social-assistance', clause: '11.1.1', profile: { lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'special-social-assistance', clause: '11.1.1', profile: {}, status: 'need_info', missing: ['lowIncome'] },

  // 11.1.2 "落实困难残疾人生活补贴和重度残疾人护理补贴标准动态调整机制".
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { hasDisability: true, lowIncome: 'dibao' }, status: 'eligible' },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { disability: 'mild', lowIncome: 'tekun' }, status: 'eligible' },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { disability: 'moderate', lowIncome: 'dibao_edge' }, status: 'likely_eligible' },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { hasDisability: true, lowIncome: 'low_income' }, status: 'likely_eligible' },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { hasDisability: true, lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { disability: 'none', lowIncome: 'dibao' }, status: 'not_eligible' },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { disability: 'mild' }, status: 'need_info', missing: ['lowIncome'] },
  { service: 'disability-living-subsidy', clause: '11.1.2', profile: { lowIncome: 'dibao' }, status: 'need_info', missing: ['hasDisability'] },

  { service: 'severe-disability-care-subsidy', clause: '11.1.2', profile: { disability: 'severe' }, status: 'eligible' },
  { service: 'severe-disability-care-subsidy', clause: '11.1.2', profile: { disability: 'moderate' }, status: 'not_eligible' },
  { service: 'severe-disability-care-subsidy', clause: '11.1.2', profile: { hasDisability: false }, status: 'not_eligible' },
  { service: 'severe-disability-care-subsidy', clause: '11.1.2', profile: { hasDisability: true }, status: 'need_info', missing: ['disability'] },
  { service: 'severe-disability-care-subsidy', clause: '11.1.2', profile: {}, status: 'need_info', missing: ['disability'] },

  // 11.1.2 "健全重度残疾人照护服务制度" — a direction.
  { service: 'severe-disability-care-services', clause: '11.1.2', profile: { disability: 'severe' }, status: 'likely_eligible' },
  { service: 'severe-disability-care-services', clause: '11.1.2', profile: { disability: 'mild' }, status: 'not_eligible' },
  { service: 'severe-disability-care-services', clause: '11.1.2', profile: {}, status: 'need_info', missing: ['disability'] },

  // 11.1.2 "开展康复辅助器具社区租赁服务" — names no group: who needs the devices is the engine's reading.
  { service: 'assistive-device-rental', clause: '11.1.2', profile: { hasDisability: true }, status: 'likely_eligible' },
  { service: 'assistive-device-rental', clause: '11.1.2', profile: { needsLongTermCare: true }, status: 'likely_eligible' },
  { service: 'assistive-device-rental', clause: '11.1.2', profile: { disability: 'none', needsLongTermCare: false }, status: 'not_eligible' },
  { service: 'assistive-device-rental', clause: '11.1.2', profile: {}, status: 'need_info', missing: ['hasDisability', 'needsLongTermCare'] },

  // 11.1.2 "做好符合条件的计划生育家庭扶助保障" — 符合条件的: likely at best.
  { service: 'family-planning-family-support', clause: '11.1.2', profile: { familyPlanningFamily: true }, status: 'likely_eligible' },
  { service: 'family-planning-family-support', clause: '11.1.2', profile: { familyPlanningFamily: false }, status: 'not_eligible' },
  { service: 'family-planning-family-support', clause: '11.1.2', profile: {}, status: 'need_info', missing: ['familyPlanningFamily'] },

  // 12.1.1 "退役军人适应性培训参训率达到100%" — a target.
  { service: 'veteran-training', clause: '12.1.1', profile: { veteran: true }, status: 'likely_eligible' },
  { service: 'veteran-training', clause: '12.1.1', profile: { recentlyDischarged: true }, status: 'likely_eligible' },
  { service: 'veteran-training', clause: '12.1.1', profile: { veteran: false }, status: 'not_eligible' },
  { service: 'veteran-training', clause: '12.1.1', profile: {}, status: 'need_info', missing: ['veteran'] },

  // 12.1.2 "落实困难退役军人帮扶援助机制".
  { service: 'veteran-hardship-assistance', clause: '12.1.2', profile: { veteran: true, lowIncome: 'dibao' }, status: 'eligible' },
  { service: 'veteran-hardship-assistance', clause: '12.1.2', profile: { veteran: true, lowIncome: 'dibao_edge' }, status: 'likely_eligible' },
  { service: 'veteran-hardship-assistance', clause: '12.1.2', profile: { veteran: true, lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'veteran-hardship-assistance', clause: '12.1.2', profile: { veteran: false, lowIncome: 'dibao' }, status: 'not_eligible' },
  { service: 'veteran-hardship-assistance', clause: '12.1.2', profile: { veteran: true }, status: 'need_info', missing: ['lowIncome'] },

  // 12.1.2 "建立…退役军人和其他优抚对象优待目录" — a direction.
  { service: 'veteran-preferential-treatment', clause: '12.1.2', profile: { veteran: true }, status: 'likely_eligible' },
  { service: 'veteran-preferential-treatment', clause: '12.1.2', profile: { martyrFamily: true }, status: 'likely_eligible' },
  { service: 'veteran-preferential-treatment', clause: '12.1.2', profile: { veteran: false, martyrFamily: false }, status: 'not_eligible' },
  { service: 'veteran-preferential-treatment', clause: '12.1.2', profile: {}, status: 'need_info', missing: ['veteran', 'martyrFamily'] },

  // 12.1.3 "全面落实褒扬制度，在重要节日和纪念日开展烈士纪念活动" — names 烈士, not their families: the engine's reading.
  { service: 'martyr-honours', clause: '12.1.3', profile: { martyrFamily: true }, status: 'likely_eligible' },
  { service: 'martyr-honours', clause: '12.1.3', profile: { martyrFamily: false }, status: 'not_eligible' },
  { service: 'martyr-honours', clause: '12.1.3', profile: {}, status: 'need_info', missing: ['martyrFamily'] },

  // 13.1.2 "健全法律援助制度和工作机制" — a direction; legal aid is for people in financial difficulty.
  { service: 'legal-aid', clause: '13.1.2', profile: { lowIncome: 'dibao' }, status: 'likely_eligible' },
  { service: 'legal-aid', clause: '13.1.2', profile: { lowIncome: 'low_income' }, status: 'likely_eligible' },
  { service: 'legal-aid', clause: '13.1.2', profile: { lowIncome: 'none' }, status: 'not_eligible' },
  { service: 'legal-aid', clause: '13.1.2', profile: {}, status: 'need_info', missing: ['lowIncome'] },
];
