/**
 * The Chinese a person reads, in one place: caveats, referrals, status labels and the lines that frame an
 * answer. The answer pipeline, MCP text, eligibility and the web client import from here; a sentence a
 * person reads is written once.
 */

/** The closing caveat of an answer: what kind of text the plan is and where to ask. */
export const PLAN_CAVEAT =
  '说明：以上内容摘自《浙江省公共服务“十四五”规划》，是规划期内的目标和工作方向，不是具体的办事条件或待遇承诺；具体政策和办理条件以有关部门的规定为准，可通过“浙里办”查询或拨打12345政务服务热线咨询。';

/** The plan does not cover the question. */
export const NO_MATCH_TEXT =
  '抱歉，《浙江省公共服务“十四五”规划》中没有找到与您的问题直接相关的内容，我不能凭空作答。建议您拨打12345政务服务热线，或通过“浙里办”查询、咨询当地有关部门。';

/** The question is about a place outside Zhejiang. */
export const OTHER_REGION_TEXT =
  '抱歉，《浙江省公共服务“十四五”规划》只涉及浙江省的公共服务，不包含其他地区的政策。请咨询当地政府部门或当地的政务服务热线；浙江省内的问题可拨打12345政务服务热线或通过“浙里办”查询。';

/** Eligibility statuses as the chat states them, after a service's name. */
export const ELIGIBILITY_STATUS_TEXT = {
  eligible: '符合规划所述对象',
  likely_eligible: '可能适用（规划的表述是目标或探索方向，需向有关部门确认）',
  need_info: '还需要了解您的情况才能判断',
  not_eligible: '按您提供的情况不适用',
} as const;

/**
 * What the plan leaves unspecified, by what was asked: the first line of an answer to a question the plan
 * covers only in general terms (the plan states goals and directions, not amounts, steps or deadlines).
 */
export const MISSING_TEXT = {
  amount: '规划没有写具体的金额、收费或补贴标准。',
  ratio: '规划没有写您问的这个比例。',
  count: '规划没有写您问的这个数字。',
  time: '规划没有写具体的时间安排或办理时限。',
  procedure: '规划没有写具体的申请条件、所需材料和办理流程。',
  place: '规划没有列出具体的办理地点、场所名单或联系方式。',
  condition: '规划没有写具体的认定标准或申请条件。',
  definition: '规划没有写明这个说法的定义、含义或分类。',
  general: '规划没有写明您具体问的这一点。',
} as const;

/** A request to do something or see a personal record (到账, 进度, 补办, 预约, 缴费): the plan cannot, the channels can. */
export const TRANSACTION_TEXT =
  '这是办理业务或查询个人记录的事项，《浙江省公共服务“十四五”规划》不涉及，这里也无法办理或查询。请通过“浙里办”App办理、查询进度，或拨打12345政务服务热线咨询。';
