import type { LeafCriterion } from '../rule-schema.ts';

/**
 * "困难" as the plan uses it (困难残疾人, 农村困难家庭, 困难退役军人) without defining it. Low-income
 * (dibao) and extreme-poverty (tekun) households are in difficulty under every local rule, so they meet it;
 * dibao-edge and low-income households are included by many local rules but not all, so they only
 * probably meet it; a household with no such recognition does not, and is told how to apply for one.
 */
export const IN_HARDSHIP: LeafCriterion = {
  kind: 'field',
  field: 'lowIncome',
  yes: ['dibao', 'tekun'],
  likely: ['dibao_edge', 'low_income'],
  label: '属于困难家庭（低保、特困，或低保边缘、低收入家庭）',
  ifLikely: '规划未界定“困难”的范围，低保边缘、低收入家庭是否纳入以当地认定为准',
  ifNot: '规划所说的“困难”一般以低保、特困等救助认定为前提；家庭经济确有困难的，可先向乡镇（街道）申请认定',
};

/** Any recognised social-assistance status, all counted equally (for services the plan gives to all of them alike). */
export const ANY_ASSISTANCE_STATUS = ['dibao', 'dibao_edge', 'low_income', 'tekun'] as const;
