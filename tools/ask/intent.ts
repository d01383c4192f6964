/** What kind of answer a question wants, read from its wording (general Chinese patterns, not topics). */

/** Asks for a figure: a count, a rate, a target, a date. */
export function asksFigure(q: string): boolean {
  return /多少|几[个家所项处成万亿倍岁年月号]?|哪天|哪一天|哪年|哪一年|日期|比例|率|目标|占比|百分之|数量|规模|\bhow (many|much)\b|\bpercentage\b|\brate\b|\btargets?\b/i.test(q);
}

/** Asks for money or a concrete standard that a plan does not usually set. */
export function asksAmount(q: string): boolean {
  return /多少钱|多少元|几块|几百|几千|金额|发多少|领多少|拿多少|给多少|补多少|报多少|补贴标准|补助标准|标准是多少|多少补贴|每[月个年]多少|每[月年].{0,6}钱|how much money|amount/i.test(q);
}

/** A follow-up that leans on the previous question ("那农村呢？", "需要什么条件？"). */
export function isFollowUp(q: string): boolean {
  const t = q.trim();
  if (/^(那|那么|还有|另外|如果|要是|假如|对于|至于|and|what about|how about)/i.test(t)) return true;
  if (/呢[？?]?$/.test(t) && t.length <= 14) return true;
  return t.replace(/[？?！!。，,\s]/g, '').length <= 8;
}

/** Mentions a place outside Zhejiang without mentioning Zhejiang: the plan speaks only for Zhejiang. */
export function namesOtherRegion(q: string): boolean {
  const other =
    /(北京|上海|天津|重庆|广东|广州|深圳|江苏|南京|苏州|安徽|合肥|福建|厦门|福州|江西|山东|青岛|河南|河北|湖北|武汉|湖南|长沙|四川|成都|云南|贵州|陕西|西安|甘肃|山西|辽宁|沈阳|大连|吉林|黑龙江|哈尔滨|内蒙古|广西|海南|西藏|新疆|宁夏|青海|香港|澳门|台湾|美国|日本|韩国|英国|外省|国外|海外)/;
  return other.test(q) && !/(浙江|杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水|全省|我省|省内)/.test(q);
}

/** Asks for conditions, documents or procedure, which a plan does not list. */
export function asksConditions(q: string): boolean {
  return /什么条件|哪些条件|条件是|资格|怎么申请|如何申请|怎么办理|如何办理|去哪(里)?办|需要(什么|哪些)材料|流程|手续|eligib|requirement|how (do|can) i apply/i.test(q);
}

/**
 * Topics of public life that the plan does not address at all (markets, taxes, licences, travel
 * documents, weather, lotteries, cooking, sports results). Derived from what the plan's chapters cover.
 */
export function namesTopicOutsidePlan(q: string): boolean {
  return /(股票|股市|基金净值|彩票|大乐透|双色球|公积金|个人所得税|个税|车牌|摇号|驾照|驾考|科目[一二三四]|护照|签证|下雨|带伞|气温|菜谱|怎么做才好吃|比分|赛程|星座|算命|stock|lottery|weather|recipe|visa|passport)/i.test(q);
}

/** Asks for an office's address, phone number or opening hours, which the plan does not list. */
export function asksContactDetails(q: string): boolean {
  return /(地址|在哪里?办公|电话(号码)?是|联系电话|联系方式|几点(上|下)班|办公时间|营业时间|怎么走)/.test(q);
}

/**
 * The unit the question counts in ("多少项" → 项, "几家" → 家, "比例" → %), so the answer prefers the figure
 * in that unit ("114项", not "91个"). Null when the question names none.
 */
export function askedUnit(q: string): string | null {
  // "多少个学生" counts people: the plan writes such figures in 人.
  if (/(?:多少|几)(?:个|名|位)?(?:学生|孩子|儿童|老人|员工|人)/.test(q)) return '人';
  const m = /(?:多少|几)(个|家|所|项|处|人|名|岁|年|小时|元|亿|万|天)/.exec(q);
  if (m) return m[1]!;
  if (/比例|占比|百分之|[^效]率|percentage|rate/.test(q)) return '%';
  if (/哪天|哪一天|几号|日期|几月/.test(q)) return '日';
  return null;
}
