import type { Eligibility, Service } from './eligibility-schema.ts';

type Strength = Service['strength'];

const CONFIRM =
  '规划提出的是到2025年的目标和工作方向，不是法定的申请条件；具体条件、标准和办理流程请向主管部门确认，或拨打12345热线、登录“浙里办”查询。';

/** The caveat every result carries, by the strength of the plan's wording. */
export const CAVEATS: Readonly<Record<Strength, string>> = {
  commitment: `本结果依据《浙江省公共服务“十四五”规划》的表述推断。${CONFIRM}`,
  goal: `规划对此的表述是目标或方向，各地落实进度可能不同。${CONFIRM}`,
  exploration: `规划对此的表述是“探索”，尚未承诺实施。${CONFIRM}`,
};

/** The reason line that explains why a goal or an exploration is at most likely_eligible. */
export const STRENGTH_NOTES: Readonly<Record<Strength, string | undefined>> = {
  commitment: undefined,
  goal: '说明：规划对此的表述是目标或方向，不是个人可直接申领的承诺，因此结果最多为“可能符合”',
  exploration: '说明：规划对此的表述是“探索”，尚未承诺实施，因此结果最多为“可能符合”',
};

/** Results shown best first: what the person can get, then what may apply, then what needs facts, then the rest. */
export const STATUS_ORDER: Readonly<Record<Eligibility['status'], number>> = {
  eligible: 0,
  likely_eligible: 1,
  need_info: 2,
  not_eligible: 3,
};
