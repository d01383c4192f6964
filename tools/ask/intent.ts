/** Places and topics the plan does not speak for, read from a question's wording (general patterns, not question lists). */

/** Mentions a place outside Zhejiang without mentioning Zhejiang: the plan speaks only for Zhejiang. */
export function namesOtherRegion(q: string): boolean {
  const other =
    /(北京|上海|天津|重庆|广东|广州|深圳|江苏|南京|苏州|安徽|合肥|福建|厦门|福州|江西|山东|青岛|河南|河北|湖北|武汉|湖南|长沙|四川|成都|云南|贵州|陕西|西安|甘肃|山西|辽宁|沈阳|大连|吉林|黑龙江|哈尔滨|内蒙古|广西|海南|西藏|新疆|宁夏|青海|香港|澳门|台湾|美国|日本|韩国|英国|外省|国外|海外)/;
  return other.test(q) && !/(浙江|杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水|全省|我省|省内)/.test(q);
}

/**
 * Topics of public life that the plan does not address at all (markets, taxes, licences, travel
 * documents, weather, lotteries, cooking, sports results). Derived from what the plan's chapters cover.
 */
export function namesTopicOutsidePlan(q: string): boolean {
  return /(股票|股市|基金净值|彩票|大乐透|双色球|公积金|个人所得税|个税|车牌|摇号|驾照|驾考|科目[一二三四]|护照|签证|下雨|带伞|气温|菜谱|怎么做才好吃|比分|赛程|星座|算命|stock|lottery|weather|recipe|visa|passport)/i.test(q);
}
