/**
 * Requests the assistant refuses: attempts to override its instructions or extract them, role-play
 * jailbreaks, and requests for unlawful help (forging documents, cheating benefits). Patterns are about the
 * act, not about any topic of the plan, so a question that merely mentions 居住证 is never refused.
 */

/** Why a request was refused. */
export type RefusalReason = 'override' | 'unlawful' | 'abuse';

const OVERRIDE: RegExp[] = [
  /(忽略|无视|忘记|忘掉|跳过|不要理会|绕过|覆盖)(你|掉)?(之前|以前|上面|前面|以上|先前|原有|原来|所有|全部|一切|系统)?的?(所有|全部|一切)?(指令|指示|提示|规则|设定|限制|要求|约束|命令|prompt)/i,
  /(系统|初始|隐藏|内部)(提示词?|指令|设定|prompt)/i,
  /(提示词|system\s*prompt|developer\s*(message|prompt))/i,
  /(你现在是|从现在起你是|假装你是|扮演|角色扮演|你不再是|进入.{0,6}模式|开发者模式|越狱|不受(任何)?限制|没有(任何)?限制的)/,
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines?|restrictions?|polic(y|ies))\b/i,
  /\b(you are now|act as|pretend (to be|you are)|role-?play|jailbreak|DAN|developer mode|no restrictions|unfiltered)\b/i,
  /\b(reveal|print|show|repeat|output)\b.{0,30}\b(system|hidden|initial)\b.{0,10}\b(prompt|message|instructions?)\b/i,
  /(编造|捏造|虚构|瞎编|随便编|杜撰|编[一两几]?[个份条段篇句则](?!人)|随便估|估一个数|就说是规划|就说是政府|写成正式通知|冒充.{0,6}(政府|官方|发言人))/,
  /(先输出|先说|开头写上?|回复前先|回答前先).{0,20}["“「『].{1,30}["”」』]/,
  /(管理员|开发者|调试|debug|admin).{0,6}(指令|模式|命令|身份|权限)/i,
  /(本轮|这次|现在)(允许|可以)(编造|虚构|随便|不受)/,
  /\b(make up|invent|fabricate)\b/i,
];

const UNLAWFUL: RegExp[] = [
  /(伪造|造假|假的?.{0,6}(证|证明|材料|户口|居住证|身份证|病历|发票|合同|公章)|假证|办假|做假|仿造|变造|PS一?(张|个|下)|盖.{0,4}公章)/,
  /(多领|重复领|偷偷领|不被(查|发现)|查不出|骗过)/,
  /(骗取|骗保|冒领|冒充|套取|虚报|隐瞒收入|钻空子|逃避审核|规避审核|绕过审核)/,
  /(代办|买卖|购买|买)(一?(张|个))?(户口|居住证|身份证|残疾证|低保资格|学位|证书)/,
  /\b(forge|forged|forging|counterfeit|fake (id|documents?|certificates?|permit)|commit fraud|cheat the system)\b/i,
];

const ABUSE: RegExp[] = [/(傻[逼比]|操你|草泥马|去死|妈的|他妈|sb\b|fuck|shit|bitch)/i];

/** The reason to refuse a message, or null when it may be answered. */
export function refusalReason(text: string): RefusalReason | null {
  if (UNLAWFUL.some((re) => re.test(text))) return 'unlawful';
  if (OVERRIDE.some((re) => re.test(text))) return 'override';
  if (ABUSE.some((re) => re.test(text))) return 'abuse';
  return null;
}

/** The refusal the user sees, in Chinese, without any internal detail. */
export function refusalText(reason: RefusalReason): string {
  switch (reason) {
    case 'unlawful':
      return '抱歉，这个请求涉及违法违规行为（如伪造证件材料、骗取待遇），我不能提供帮助。如需办理相关证件或待遇，请通过“浙里办”或当地政务服务中心按正规流程申请，也可拨打12345政务服务热线咨询。';
    case 'override':
      return '抱歉，我只能依据《浙江省公共服务“十四五”规划》原文回答问题并注明出处，不能改变这一工作方式，也不能编造政策或数字。欢迎您直接提出关于公共服务的问题。';
    case 'abuse':
      return '我们换个方式交流吧。如果您有关于浙江省公共服务的问题，我很乐意依据规划原文为您解答。';
  }
}
