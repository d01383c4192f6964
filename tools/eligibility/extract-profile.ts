import T2S from '../../retrieval/data/t2s.json' with { type: 'json' };
import { execAll } from '../../retrieval/regex.ts';
import { parseChineseNumber } from './chinese-number.ts';
import type { Profile, ProfileField } from './profile.ts';

/*
 * Facts a person states in everyday Chinese → Profile. The rules (README, "Reading stated facts"):
 * - a service's or a measure's name is not a fact ("重度残疾人护理补贴", "失业保险金", "低保标准");
 * - a group asked about is not the speaker ("外地户口的人能享受什么", "失业人员可以…吗") unless the speaker
 *   says they belong to it ("我是失业人员");
 * - a negation gives the negative value or nothing, and takes back what was said before ("我不是低保户");
 * - a question, a hypothesis, a wish or a past state is not a present fact;
 * - facts about someone else (我妈, 王大爷, 邻居, the resident a staff member asks for) are theirs, not the
 *   speaker's; household facts (低保, 农村, 怀孕, …) of a family member are the speaker's household's too;
 * - two different values of one field without a correction ("不对", "说错了", a negation) are a conflict.
 */

/**
 * Whose fact a phrase states. A personal fact (age, job, disability…) counts only for the person it is said of:
 * "我父亲退休了" does not make the speaker retired. A household fact (低保, 农村, 住房困难, a baby, a pregnancy in
 * the couple…) said of a family member is also the speaker's household's.
 */
type Scope = 'person' | 'household';

type Value = NonNullable<Profile[ProfileField]>;

/** One everyday phrasing of a fact. */
type Phrase = {
  field: ProfileField;
  value: Value;
  re: RegExp;
  scope: Scope;
  /** What a negated phrase means: booleans flip; a two-valued enum names its other value; otherwise nothing. */
  negated?: Value;
  /** Whether a negation of this phrase takes back an earlier value of the field (default yes). */
  retracts?: boolean;
  /** A phrase right after one of these words is a wish, a future or a past, not a present fact ("想创业"). */
  notAfter?: RegExp;
  /** The phrase counts only in a sentence that also matches this ("是三级" only where disability is spoken of). */
  needs?: RegExp;
};

const NUM = '[0-9]+|[零〇一二两三四五六七八九十百]+';
const FUTURE = /(快|快要|要|将|将要|即将|准备|打算|想|想要|希望|找|等|到|离|何时|什么时候|延迟|能|可以|怎么|明年|后年|下半年|下学期|九月份?)$/;
/** A state that was, not one that is: "以前在厂里上班". */
const PAST = /(以前|之前|原来|原先|过去|曾经|早年|年轻时)/;
const FUTURE_OR_PAST = new RegExp(`${FUTURE.source}|${PAST.source}`);
const DISABILITY_WORD = /残疾|残障/;

/** Relatives: a household fact said of them is the speaker's household's too. Longer words first. */
const FAMILY =
  '爸妈|(?<!子女)父母|老伴|公婆|老爸|老妈|爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|丈夫|妻子|爱人|媳妇|儿媳|女婿|儿子|女儿|闺女|' +
  '(?<!要|生|要个|生个|要一个|生一个|生了|生了个|独生|怀)(?:孩子|小孩|宝宝|娃)|哥哥?|姐姐?|弟弟?|妹妹?|公公|婆婆|岳父|岳母|孙子|孙女|外孙女?|家里人|家人';
const SURNAME = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦方白邹孟熊秦邱江';
/** People outside the family: named or addressed people, neighbours, residents a staff member asks for. */
const OUTSIDER =
  `[${SURNAME}](?:大爷|大妈|大娘|阿姨|叔叔?|伯伯?|奶奶|爷爷|师傅|老师|先生|女士|大哥|大姐|婶婶?|阿婆|阿公|老太|老伯)|` +
  `(?<![养敬尊])老[王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾]|` +
  '邻居|朋友|同事|同学|亲戚|房东|租客|居民|村民|群众|住户|老人家?|大爷|大妈|大娘|阿姨|叔叔|伯伯|婶婶|舅舅|姑姑|姨妈|病人|患者|老乡';
/** Pronouns: "他", "她们", but not "其他". */
const PRONOUN = '(?<!其)他们?|她们?|对方';
const OTHER_RE = new RegExp(`(${FAMILY})|(${OUTSIDER})|(${PRONOUN})`, 'g');
/** Words that name a kind of person rather than a particular one ("低保家庭的孩子"): alone they point at no one. */
const GENERIC = /^(孩子|小孩|宝宝|娃|老人家?|居民|村民|群众|住户|病人|患者)$/;
/** "我", unless it is the possessive of another person ("我爸", "我的孩子", "我邻居", "我家老人"). */
const SELF_RE = new RegExp(`(我|本人|俺|咱|自己)(?!的?(${FAMILY}|${OUTSIDER}|儿|女|孩|家的?(${FAMILY}|${OUTSIDER})|们家的?(${FAMILY}|${OUTSIDER})))`, 'g');
/** A possessive before a word makes it the speaker's relative ("我家老人", "咱妈"). */
const POSSESSIVE_BEFORE = /(我|我们|咱|咱们|俺|本人)(的|家|家的|家里的?)?$/;
/** A copula a few words before: "我是(一个)(独居)老人" describes the speaker; "我是外地户口但老婆…" names someone. */
const PREDICATE_BEFORE = /(是|属于|算是?|当|作为)[^但而和跟与也还，,]{0,4}$/;
/** Synonyms of one relative, so "我妈…她…母亲" is one person. */
const SAME_PERSON: Readonly<Record<string, string>> = {
  爸: '父亲', 爸爸: '父亲', 老爸: '父亲', 妈: '母亲', 妈妈: '母亲', 老妈: '母亲', 爸妈: '父母', 老公: '丈夫',
  老婆: '妻子', 媳妇: '妻子', 小孩: '孩子', 宝宝: '孩子', 娃: '孩子', 闺女: '女儿', 老人家: '老人', 家里人: '家人',
};

/** A staff member or a helper asking for someone else: "我是社区工作人员", "替居民问", "帮我妈咨询". */
const STAFF_RE =
  /(我|我们|本人)(是|在|作为|当)[\u4e00-\u9fa5]{0,8}?(工作人员|网格员|社工|志愿者|民政员|助理员|协管员|专干)|(我|我们|本人)(是|作为|当)(社区|村|街道|居委会?|村委会?|乡镇?|民政|残联|办事处)[\u4e00-\u9fa5]{0,4}?(干部|主任|书记)/;
/** Asking for a named person: "替居民问", "帮我妈咨询"; the person word must end the span ("帮忙问" is nobody). */
const ON_BEHALF_RE = /(替|帮|代)(我的?|我们|我家)?([\u4e00-\u9fa5]{1,6}?)(问|咨询|打听|了解)/;

/** A question or a hypothesis is not a statement of fact. */
const UNCERTAIN = /(是不是|是否|有没有|算不算|不知道|不清楚|不确定|会不会|如果|假如|要是|万一|能不能|可不可以)/;
/** Words that may sit between a negation and what it negates ("不是一个低保户", "没有过", "不是我失业"). */
const FILLER_TAIL = /(是|属于|算是?|一个|一名|一位|个|名|位|的|有|家|在|过|都|也|还|曾经?|已经?|再|从来|从|我们?|我家)+$/;
const NEGATION_TAIL = /(不|没|未|非|无|别)$/;
/** A later statement replaces an earlier one after these words instead of conflicting with it. */
const CORRECTION_RE = /不对|说错了?|搞错了?|打错了?|写错了?|记错了?|更正|纠正一下|哦不|应该是|准确地?说|其实是/g;
/** A question somewhere after a phrase: the phrase may be what is asked about rather than a fact. */
const QUESTION = /[?？吗呢]|什么|多少|怎么|怎样|如何|哪些|哪里|哪儿|哪个|能否|可否|是否|能不能|可不可以|有没有|行不行|咋/;
/** The speaker asks about their own eligibility: "我能领吗", "我家符合吗" (not "我想问一下", "我能问…"). */
const ASKS_OWN = /(我|我们|我家|我们家|本人|俺|咱|咱家|自己)(现在|目前|这种情况|这样的?)?(能|能不能|可以|可不可以|能否|可否|符合|够|算不算|算|属于|有没有资格|有资格|该|应该|需要|要不要|有没有)(?!问|咨询|了解|查询?|打听|说)/;
const ENGLISH_FIRST_PERSON = /\b(i|i'm|my|me|we|our)\b/i;

/** A phrase naming a service or a measure, not a fact: what follows the fact word (…人护理补贴, …保险金, …标准). */
const SERVICE_AFTER =
  /^(?:人|户|家庭|人员|人口|群体|对象|儿童|老人|老年人|学生|职工|军人|子女|父母|居民|患者|病人)?的?(?:低保|特困|困难|基本|最低|生活|护理|医疗|养老|两项|专项|免费|临时|居民|门诊|供养|特别|担保|扶持|孵化|培训)?(?:补贴|补助|津贴|救助|保险金|保险|医保|社保|保障金|金(?!额)|生活费|标准|政策|待遇|制度|认定|条件|优待证?|优惠|福利|资助|帮扶|保障|项目|培训|贷款|名额|线|比例|申请|审批|证明|服务|事务|康复|托养|门槛|范围|补偿|抚恤|安置|健康监测|监测|关爱|探访|评估|奖励|扶助|奖扶|报销)/;
/** A fact word followed by a relation names someone else's relative ("残疾人家属", "退役军人的子女"). */
const RELATIVE_AFTER = /^(?:人|军人|人员)?的?(?:家属|亲属|监护人|家长|配偶|遗属)/;
/** A third person brought in by a counter: "有个残疾人", "一位独居老人", "那户低保户". */
const INTRODUCED_BEFORE = /(有|一|这|那)(个|位|名|户|家)$/;
/** …but after a copula the counter describes the subject: "我是一名退役军人". */
const COPULA_COUNTER_BEFORE = /(是|属于|算|作为|当)(一|这|那)?(个|位|名|户|家)$/;
/** "我和老伴都…", "我跟我妈俩…": what follows is said of the speaker as well. */
const WITH_SELF_BEFORE = /(我|本人)(和|跟|与|同)[\u4e00-\u9fa5]{1,6}?(都|俩|两个人?|两人|一样)/;
/** "我们家是低保户吗": the fact is what a yes/no question asks, not a statement. */
const ASKED_WHETHER_AFTER = /^(户|家庭|人员|人|生|者)?[吗么嘛]/;
/** A fact word that ends in, or is followed by, a kind of person names a group ("外地人", "失业人员", "外地户口的人"). */
const GROUP_END = /(户|家庭|人员|人口|群体|人群|对象|人|生|者|儿|妇|兵|民)$/;
const GROUP_AFTER =
  /^(?:户|家庭|人员|人口|群体|人群|对象|人(?!证)|者|老人|老年人|儿童|学生|职工|军人|群众|患者|病人)|^[\u4e00-\u9fa5]{0,3}?的(?:人|人员|人群|群体|家庭|老人|老年人|孩子|小孩|子女|学生|职工|员工|居民|对象|患者|群众|妇女|儿童|青年|毕业生)/;
/** The speaker or a named person is said to be in the group: "我是…", "我们家…", "邻居家是…". */
const IDENTITY_BEFORE = /((是|属于|属|算是?|为|作为|身为|当|成了|成为)(一个|一名|一位|一户|个|名|位|户)?|我|我们|我家|我们家|本人|俺|咱|咱家|自己|家里|家)$/;
/** Only the fact, its group word and particles: a bare answer such as "低收入家庭". */
const BARE_REST = /^[的了啊呀吧哦嗯。，,；;：:！!\s]*$/;
/** People counted or picked out before a fact ("扶持多少人创业", "很多人失业"): a number of others, not the speaker. */
const PEOPLE_COUNTED_BEFORE = /(多少|几|很多|不少|一些|哪些|有的|许多)(个|名|位|户)?(人|人员|家庭|家)$/;
/** A state said with an aspect marker is a fact even in a question ("失业了能领什么"). */
const STATE_AFTER = /^(了|过|着)/;

function p(field: ProfileField, value: Value, re: RegExp, scope: Scope, extra: Partial<Phrase> = {}): Phrase {
  return { field, value, re, scope, ...(typeof value === 'boolean' ? { negated: !value } : {}), ...extra };
}

/**
 * The phrasings, general patterns rather than a list of known questions. Within one field, a later statement
 * replaces an earlier one only after a correction or a negation; otherwise the field is in conflict.
 */
const PHRASES: readonly Phrase[] = [
  // 就业状态 employment
  p('employment', 'unemployed', /失业(?!保险|险|金|率)|下岗|没(有)?了?工作|丢了工作|工作没了|失去工作|被[\u4e00-\u9fa5]{0,4}?(裁|辞退|开除|解雇)|找不到工作|没(有)?找到工作|(正)?在找工作|待业|无业|(厂|公司|单位|企业)里?(倒闭|关门|破产)了?/g, 'person', { notAfter: PAST }),
  p('employment', 'retired', /(?:退休|离休)(?!年龄|金|工资|待遇|后|以后|之后|时|前|以前|政策|制度|手续)/g, 'person', { notAfter: FUTURE_OR_PAST }),
  p('employment', 'employed', /上班|在职|有工作|打工|在单位工作|在公司工作|在厂里/g, 'person', { notAfter: FUTURE_OR_PAST }),
  p('employment', 'self_employed', /个体(户|工商户|经营)|自己(做|开)(生意|店|公司)|开了?(个|家)?(店|公司|网店)|做(点|小)*生意|自由职业|灵活就业|摆摊|送外卖|跑(外卖|滴滴|网约车)/g, 'person', { notAfter: FUTURE_OR_PAST }),
  p('reachedRetirementAge', true, /(到|过|超过|满)了?(法定)?退休年龄|超龄/g, 'person', { notAfter: /(快|快要|马上|即将|就要|要)$/ }),
  p('reachedRetirementAge', false, /(快|快要|马上|即将)(就)?(要)?(到)?(法定)?退休(年龄)?|离退休还有|还有.{1,4}(年|个月)(就)?(到)?退休/g, 'person', { negated: undefined }),
  p('reachedRetirementAge', true, /(?:已经?|早就?)?(?:退休|离休)了/g, 'person', { negated: undefined, notAfter: FUTURE }),
  p('unemploymentInsured', true, /(交|缴|缴纳|参加|买|上)(过|了|着)?(纳)?失业(保险|险)|有失业(保险|险)|(交|缴|有|上)(过|了|着)?五险/g, 'person'),
  p('receivingPension', true, /(领|拿|有)(着|了|到)?(养老金|退休金|退休工资|养老保险待遇)/g, 'person'),
  p('startingBusiness', true, /创业|开(个|家)?(店|公司|厂)|做(点|小)*生意|自主经营/g, 'person'),

  // 户籍与居住证 hukou and residence permit
  p('hukou', 'non_local', /(没|没有|未|还没)(在本地|在这里|在这边)?落户|(没|没有)(本地|当地|这里的|浙江|杭州)户口|外地(户口|户籍|人)|户口(不在|没在)(本地|这里|这边|浙江|杭州)|户口在(外地|外省|老家)|非本地(户口|户籍)|新市民|外来务工|外省(户口|人)/g, 'person', { negated: undefined }),
  p('hukou', 'local', /(本地|当地|浙江|杭州|宁波|温州|绍兴|嘉兴|湖州|金华|衢州|舟山|台州|丽水)(户口|户籍)|户口在(本地|这里|这边|浙江)|本地人|已(经)?落户|落户了/g, 'person', { negated: 'non_local' }),
  // Possession, not a wish: "能办居住证吗" asks about getting one.
  p('hasResidencePermit', true, /(有|办了|办理了|办好了?|持有?|拿到了?|领了|申领了)(本地|浙江)?居住证/g, 'person'),

  // 社会救助 social assistance (household)
  p('lowIncome', 'tekun', /特困(?!(救助)?(供养)?(制度|标准|政策|机制))/g, 'household'),
  p('lowIncome', 'dibao_edge', /低保边缘|低边(户|家庭)?|最低生活保障边缘/g, 'household'),
  p('lowIncome', 'dibao', /低保(?!边缘|标准|制度|政策|线|金额|怎么|机制)|最低生活保障(?!边缘|标准|制度)/g, 'household'),
  p('lowIncome', 'low_income', /低收入(家庭|户|人口|群体)?/g, 'household'),

  // 残疾 disability: a degree, or only that there is one
  // Grades of the disability certificate: 一、二级 severe, 三级 moderate, 四级 mild (README, readings).
  p('disability', 'severe', /重度(肢体|视力|听力|智力|精神|言语)?残疾|重残|(?<![0-9十])[一二12]级(肢体|视力|听力|智力|精神|言语)?残疾|残疾(等级|证)?(是|为)?[一二12]级/g, 'person'),
  p('disability', 'moderate', /中度(肢体|视力|听力|智力|精神|言语)?残疾|(?<![0-9十])[三3]级(肢体|视力|听力|智力|精神|言语)?残疾|残疾(等级|证)?(是|为)?[三3]级/g, 'person'),
  p('disability', 'mild', /轻度(肢体|视力|听力|智力|精神|言语)?残疾|轻残|(?<![0-9十])[四4]级(肢体|视力|听力|智力|精神|言语)?残疾|残疾(等级|证)?(是|为)?[四4]级/g, 'person'),
  // A grade or degree said on its own ("不是重度残疾，是三级", "不对，是中度") where the sentence speaks of disability.
  p('disability', 'severe', /(?<![0-9十一二三四残疾])[一二12]级(?![0-9残肢视听智精言])/g, 'person', { needs: DISABILITY_WORD }),
  p('disability', 'moderate', /(?<![0-9十一二三四残疾])[三3]级(?![0-9残肢视听智精言])/g, 'person', { needs: DISABILITY_WORD }),
  p('disability', 'mild', /(?<![0-9十一二三四残疾])[四4]级(?![0-9残肢视听智精言])/g, 'person', { needs: DISABILITY_WORD }),
  p('disability', 'severe', /重度(?!残|肢体|视力|听力|智力|精神|言语)/g, 'person', { needs: DISABILITY_WORD }),
  p('disability', 'moderate', /中度(?!残|肢体|视力|听力|智力|精神|言语)/g, 'person', { needs: DISABILITY_WORD }),
  p('disability', 'mild', /轻度(?!残|肢体|视力|听力|智力|精神|言语)/g, 'person', { needs: DISABILITY_WORD }),
  // With a degree, a negation denies the degree, not the disability ("不是重度残疾" may be mild); so a
  // degree-qualified phrase only ever says yes, and neither retracts an earlier "残疾人".
  p('hasDisability', true, /((重|中|轻)度|[一二三四1234]级)(肢体|视力|听力|智力|精神|言语)?(残疾|残障)/g, 'person', { negated: undefined, retracts: false }),
  p('hasDisability', true, /(?<![0-9十一二三四残疾])[一二三四1234]级(?![0-9残肢视听智精言])/g, 'person', { negated: undefined, retracts: false, needs: DISABILITY_WORD }),
  p('hasDisability', true, /(?<![度级][\u4e00-\u9fa5]{0,2})(肢体|视力|听力|智力|精神|言语)?(残疾|残障)|盲人|聋哑/g, 'person'),

  // 退役军人、烈属 veterans and martyrs' families
  // A veteran, not the veterans' service station someone asks about (退役军人服务站, 事务局).
  p('veteran', true, /(?:退役|退伍|复员)(?:军人|士兵|兵)?(?!军人|士兵|服务|事务)|转业(军人|干部)|当过兵|老兵/g, 'person'),
  p('recentlyDischarged', true, /刚(刚)?(从部队)?(退伍|退役|复员|转业)|今年(退伍|退役|复员)|退伍不久|刚从部队回来/g, 'person'),
  p('martyrFamily', true, /烈士(家属|遗属|子女|父母|配偶)|烈属|(父亲|母亲|爸爸?|妈妈?|丈夫|妻子|老公|老婆|爱人|儿子|女儿|哥哥|姐姐|弟弟|妹妹)(是|为)(革命)?烈士/g, 'household'),

  // 学生与毕业生 students and graduates
  // A school one will go to is not one attended ("孩子明年上小学", "能上高中吗").
  p('studentType', 'secondary_vocational', /(中职|中专|职高|技校|职业高中|技工学校)(?!毕业|学历|文凭)/g, 'person', { notAfter: FUTURE }),
  p('studentType', 'senior_high', /(读|上|在读)(普通)?高中(?!毕业)|高中生|(?<![提升最很较更太])高[一二三](?![点些倍级个学])|普通高中(?!毕业)/g, 'person', { notAfter: FUTURE }),
  p('studentType', 'junior', /(读|上)初中|初中生|(?<!月)初[一二三](?![日号点])/g, 'person', { notAfter: FUTURE }),
  p('studentType', 'primary', /(读|上)小学|小学生/g, 'person', { notAfter: FUTURE }),
  p('studentType', 'higher_vocational', /(读|上)(高职|大专)(?!毕业)|高职(学生|生)|大专生/g, 'person', { notAfter: FUTURE }),
  p('studentType', 'university', /(读|上)(大学|本科|研究生)(?!毕业)|大学生|[大研][一二三四]学生|(读|上)[大研][一二三四](?![0-9])|在读(本科|研究生|硕士|博士)|读研|读博/g, 'person', { notAfter: FUTURE }),
  p('collegeGraduate', true, /(大学|高校|本科|大专|高职|研究生|硕士|博士)毕业|应届(毕业)?生|高校毕业生/g, 'person'),
  p('orphan', true, /孤儿/g, 'person'),

  // 城乡与住房 residence and housing (household)
  // Where the household lives, not where someone works or studies ("在城里上班").
  p('residence', 'rural', /(?<!城)(农村|乡下|村里|农民)(?!上班|工作|打工|务工|读书|上学|看病)/g, 'household'),
  p('residence', 'urban', /(城里|城市|城镇|市区|市里|县城|城区)(?!乡|上班|工作|打工|务工|读书|上学|看病)/g, 'household', { notAfter: /进$/ }),
  p('housingDifficulty', true, /住房困难|没(有)?(房子?|住房|地方住)|无房|租房子?住|危房|房子(很|太)?(破|旧)|买不起房|住不起/g, 'household'),

  // 健康与照护 health and care
  p('chronicDisease', true, /慢性病|慢病|高血压|糖尿病|冠心病|心脏病|慢阻肺|哮喘|慢性(肾|肝|阻塞)/g, 'person'),
  p('needsLongTermCare', true, /半?失能|失智|生活不能自理|不能自理|卧床|瘫痪|老年痴呆|阿尔茨海默|认知障碍/g, 'person'),
  p('livesAlone', true, /独居|一个人(住|生活|过)|空巢/g, 'person'),

  // 婚育 marriage, pregnancy, babies (the couple or household)
  p('planningMarriage', true, /(准备|打算|要|快|即将|马上|想)结婚|婚前检查/g, 'person'),
  p('planningPregnancy', true, /备孕|(准备|打算|想|计划)(要|生)(个|一个)?(孩子|小孩|宝宝|二胎|三胎|娃)|(准备|打算)(怀孕|生育)|计划怀孕|孕前检查/g, 'household'),
  p('expectingChild', true, /(?<![关情胸缅开])怀(孕|了|上)|有了身孕|孕妇|孕期|预产期/g, 'household'),
  p('hasInfant', true, /刚生(了|完)?(个|一个)?(孩子|宝宝|小孩|娃|儿子|女儿|二胎|三胎)|刚生完|刚出生|新生儿|坐月子|有(个|一个)?(婴儿|婴幼儿)/g, 'household'),
  p('familyPlanningFamily', true, /计划生育家庭|计生(家庭|户)|独生子女|失独/g, 'household'),

  // 性别 sex
  p('sex', 'male', /男性|男的|男士|男职工|男同志|^男(?=[，,。；;：:0-9零一二两三四五六七八九十]|$)/g, 'person', { negated: 'female' }),
  p('sex', 'female', /女性|女的|女士|女职工|女干部|女工人|女同志|^女(?=[，,。；;：:0-9零一二两三四五六七八九十]|$)/g, 'person', { negated: 'male' }),
];


/** An age stated for someone: "59岁", "五十九岁", "60周岁", "虚岁六十一". Ranges and limits are skipped. */
const AGE_RE = new RegExp(`(虚岁|周岁)?(${NUM})(周岁|虚岁|岁)|(虚岁|周岁)(${NUM})`, 'g');
const AGE_NOT_AFTER = /(不到|未满|不满|超过|低于|高于|小于|大于|到|至|~|～|-|—|快|将近|近|差不多|明年|后年|年底|再过)$/;
/** An age before a word for a kind of person describes that kind ("70岁老人有什么补贴"), not someone's age. */
const AGE_OF_KIND = /^(老人|老年人|老年|人群|群体|人员|儿童|孩子|小孩|以上)/;
const AGE_NOT_BEFORE = new RegExp(`^(以上|以下|以内|之前|之后|前|后|时|的时候|到|至|~|～|-|—|左右|上下|多|出头|半|的)`);

/**
 * An age said without 岁 ("我今年59", "我都六十了", "我58", a clause "七十六了"), when nothing but 了 or punctuation
 * follows; a bare number must be an adult's age to be read as one.
 */
const BARE_AGE_RE = new RegExp(`(?:今年|已经|都|我|本人)(${NUM})(?=了|[，,。！？!?；;]|$)|^(${NUM})了(?=[，,。！？!?；;]|$)`, 'g');

/** A child's age of under three: "孩子两岁", "宝宝8个月". */
const INFANT_AGE_RE = new RegExp(`(孩子|小孩|宝宝|儿子|女儿|娃|婴儿)(今年|才|刚)?满?(${NUM})(个月|周岁|岁)`, 'g');

/** The facts stated about one person other than the speaker. */
export interface OtherPersonFacts {
  /** The word that names them, synonyms folded ("母亲" for 我妈/妈妈; "居民" for the resident a staff member asks for). */
  who: string;
  /** A relative: their household facts (低保, 农村, …) are the speaker's household's too, and the reverse. */
  family: boolean;
  /** What is stated about them; conflicting fields left out. */
  profile: Partial<Profile>;
  /** Fields stated about them with two different values and never corrected. */
  conflicts: ProfileField[];
}

/** What a conversation states, and about whom (see readStatedFacts). */
export interface StatedFacts {
  /** Facts the speaker states about their own situation and household; conflicting fields left out. */
  profile: Partial<Profile>;
  /** Fields the speaker stated with two different values and never corrected: the chat asks, it does not guess. */
  conflicts: ProfileField[];
  /**
   * Whose situation the text is about. 'self': the speaker's own (they state facts about themselves or ask
   * "我能…吗"). 'other': a particular other person's (a relative, a neighbour, the resident a staff member asks
   * for): the last entry of `others`. 'unknown': nobody's (a general question: "低保标准是多少").
   */
  subject: 'self' | 'other' | 'unknown';
  /** Other people spoken of, in order of first mention; the last is the one asked about when subject is 'other'. */
  others: OtherPersonFacts[];
  /** The speaker asks for someone else: a staff member or helper ("我是社区工作人员", "替居民问", "帮我妈咨询"). */
  onBehalf: boolean;
}

type Statement = { at: number; value: Value | undefined };
type Person = { family: boolean; anchored: boolean; said: Map<ProfileField, Statement[]> };
type Mention = { at: number; who: string };

const SELF = 'self';
/** A kind of person, not a particular one ("低保户的孩子"): what is said of it is nobody's fact. */
const GROUP = '';
const HOUSEHOLD_FIELDS = new Set(PHRASES.filter((x) => x.scope === 'household').map((x) => x.field));
const PERSON_WORD_END = new RegExp(`(${FAMILY}|${OUTSIDER}|别人|他人)$`);
const FAMILY_WORD = new RegExp(`^(${FAMILY})$`);

/**
 * Reads what a conversation states, and about whom. Pass the user's turns (or one text). Pure; nothing is stored.
 * What the chat should do with the result:
 * - `profile` is safe to give the eligibility engine for the speaker;
 * - every field in `conflicts` was said two ways: ask the person which is right (FIELD_QUESTIONS has the
 *   question) and do not judge on it; a later correction ("不对，我是…") or negation resolves it;
 * - subject 'other': answer for that person with `others.at(-1).profile`, and say whose situation the answer
 *   is about ("按您母亲的情况…"); never present it as the speaker's own result;
 * - subject 'unknown': a general question; answer from the plan without a personal judgement.
 */
export function readStatedFacts(input: string | readonly string[]): StatedFacts {
  const text = normalize(typeof input === 'string' ? input : input.join('\n'));
  const corrections = execAll(CORRECTION_RE, text).map((m) => m.index);
  const people = new Map<string, Person>([
    [SELF, { family: true, anchored: true, said: new Map() }],
    [GROUP, { family: false, anchored: false, said: new Map() }],
  ]);
  const order: string[] = [];
  let selfTouched = false;
  let onBehalf = false;
  let resident: string | undefined;
  let lastOther: string | undefined;
  let lastSelfAt = -1;
  let lastOtherAt = -1;

  const person = (who: string, family: boolean, anchored: boolean): Person => {
    let p = people.get(who);
    if (!p) {
      p = { family, anchored, said: new Map() };
      people.set(who, p);
      order.push(who);
    }
    p.anchored ||= anchored;
    return p;
  };
  const state = (who: string, field: ProfileField, value: Value | undefined, at: number) => {
    const said = people.get(who)!.said;
    said.set(field, [...(said.get(field) ?? []), { at, value }]);
  };
  const record = (who: string, field: ProfileField, value: Value | undefined, at: number) => {
    if (who === GROUP) return;
    if (who === SELF) selfTouched = true;
    state(who, field, value, at);
    // A relative's household fact is the speaker's household's ("我老婆怀孕了", "我妈家在农村").
    if (who !== SELF && HOUSEHOLD_FIELDS.has(field) && people.get(who)!.family) state(SELF, field, value, at);
  };

  let offset = 0;
  // Chinese keeps the topic until another is named: "我妈78岁。一个人住。" and a bare reply to a question about
  // her ("城镇") are still about her. So the person spoken of carries across clauses, sentences and turns.
  let carried = SELF;
  for (const sentence of text.split(/(?<=[。！？!?\n])/)) {
    let inSentence = 0;
    for (const clause of sentence.split(/(?<=[，,；;：:])/)) {
      const at = (i: number) => offset + i;
      const staff = STAFF_RE.test(clause);
      const behalf = ON_BEHALF_RE.exec(clause);
      const behalfWho = behalf && PERSON_WORD_END.exec(behalf[3]!)?.[0];
      if (staff || behalfWho) {
        onBehalf = true;
        const family = behalfWho ? behalf![2] !== undefined || FAMILY_WORD.test(behalfWho) : false;
        resident = behalfWho ? (SAME_PERSON[behalfWho] ?? behalfWho) : (resident ?? '居民');
        person(resident, family, true);
        lastOther = resident;
        carried = resident;
      }
      // The people the clause speaks of, in order; a staff member's own "我" states no fact.
      const mentions: Mention[] = [];
      for (const m of execAll(SELF_RE, clause)) {
        if (onBehalf && !people.get(resident!)!.family) continue;
        mentions.push({ at: m.index, who: SELF });
      }
      for (const m of execAll(OTHER_RE, clause)) {
        const word = m[0];
        const head = clause.slice(0, m.index);
        // "我是独居老人": a word after the speaker's copula says what they are, not who else is there.
        const prevSelf = mentions.filter((x) => x.who === SELF && x.at < m.index).at(-1);
        if (prevSelf && PREDICATE_BEFORE.test(clause.slice(prevSelf.at, m.index)) && !POSSESSIVE_BEFORE.test(head)) continue;
        let who: string;
        if (m[3]) {
          who = lastOther ?? resident ?? '他人';
          person(who, false, true);
        } else {
          const generic = GENERIC.test(word);
          const possessed = POSSESSIVE_BEFORE.test(head);
          if (generic && !possessed && /的$/.test(head)) {
            mentions.push({ at: m.index, who: GROUP });
            continue;
          }
          who = SAME_PERSON[word] ?? word;
          person(who, m[1] !== undefined || (generic && possessed), !generic || possessed);
        }
        lastOther = who;
        mentions.push({ at: m.index, who });
      }
      mentions.sort((a, b) => a.at - b.at);
      const whoAt = (i: number) => mentions.filter((x) => x.at < i).at(-1)?.who ?? carried;
      const askedAfter = (end: number) => QUESTION.test(sentence.slice(inSentence + end));

      for (const phrase of PHRASES) {
        if (phrase.needs && !phrase.needs.test(sentence)) continue;
        for (const m of execAll(phrase.re, clause)) {
          const i = m.index;
          const end = i + m[0].length;
          const head = clause.slice(0, i);
          const before = clause.slice(Math.max(0, i - 8), i);
          const after = clause.slice(end);
          if (UNCERTAIN.test(before) || phrase.notAfter?.test(before) || PEOPLE_COUNTED_BEFORE.test(before)) continue;
          if (SERVICE_AFTER.test(after)) continue; // 重度残疾人护理补贴, 失业保险金: a name
          if (RELATIVE_AFTER.test(after)) continue; // 残疾人家属: the fact is the relative's, who is not named
          const identity = IDENTITY_BEFORE.test(head);
          const groupWord = GROUP_AFTER.exec(after)?.[0] ?? '';
          const bare = BARE_REST.test(head) && BARE_REST.test(after.slice(groupWord.length));
          const group = GROUP_END.test(m[0]) || groupWord !== '';
          // A group asked about ("外地户口的人能享受什么") is not the speaker, unless they say they belong to it.
          if (ASKED_WHETHER_AFTER.test(after)) continue;
          const introduced = INTRODUCED_BEFORE.test(head) && !COPULA_COUNTER_BEFORE.test(head);
          if (group && !identity && !introduced && !bare && askedAfter(end)) continue;
          // A bare topic of a question with nobody named ("外地户口能享受什么"), unless said as a state ("失业了").
          const state = STATE_AFTER.test(after) || /[了过着]$/.test(m[0]);
          if (!group && !identity && !bare && !state && !mentions.some((x) => x.at < i) && QUESTION.test(after)) continue;
          let who = whoAt(i);
          if (introduced) {
            // "有个残疾孩子": the person the counter brings in, named by the word that follows, else someone.
            who = mentions.find((x) => x.at >= end)?.who ?? '他人';
            if (who !== GROUP) {
              person(who, who !== '他人' && people.get(who)?.family === true, true);
              lastOther = who;
              lastOtherAt = Math.max(lastOtherAt, at(i));
            }
          }
          const negated = NEGATION_TAIL.test(before.replace(FILLER_TAIL, ''));
          const value = negated ? phrase.negated : phrase.value;
          if (value === undefined && phrase.retracts === false) {
            if (who === SELF) selfTouched = true;
            continue;
          }
          // A negation is placed at its negating word, so it does not take back what it is part of ("没有工作").
          const negatedFrom = negated ? i - (before.length - before.replace(FILLER_TAIL, '').length) - 1 : i;
          record(who, phrase.field, value, at(value === undefined ? negatedFrom : i));
          if (who !== SELF && WITH_SELF_BEFORE.test(head)) record(SELF, phrase.field, value, at(value === undefined ? negatedFrom : i));
        }
      }
      for (const m of execAll(AGE_RE, clause)) {
        const before = clause.slice(Math.max(0, m.index - 8), m.index);
        const after = clause.slice(m.index + m[0].length);
        // "60岁的老人", "70岁老人" describe a kind of person, but "我是60岁的老人" is the speaker's own age.
        const described = /^的|^(老人|老年人)/.test(after) && /(是|今年|已经|都)$/.test(before);
        if (UNCERTAIN.test(before) || AGE_NOT_AFTER.test(before) || ((AGE_NOT_BEFORE.test(after) || AGE_OF_KIND.test(after)) && !described)) continue;
        const n = parseChineseNumber((m[2] ?? m[5])!);
        // 虚岁 counts the year of birth as one: the age in whole years is usually one less.
        const nominal = [m[1], m[3], m[4]].includes('虚岁');
        const age = n === undefined ? undefined : nominal ? n - 1 : n;
        if (age !== undefined && age >= 0 && age <= 130) record(whoAt(m.index), 'age', age, at(m.index));
      }
      for (const m of execAll(BARE_AGE_RE, clause)) {
        if (UNCERTAIN.test(clause.slice(0, m.index))) continue;
        const number = (m[1] ?? m[2])!;
        const age = parseChineseNumber(number);
        const least = m[2] === undefined ? 1 : 18;
        // Whose age: the person named before the number ("我老公今年62，我58": the "我" of "我58" included).
        const from = m.index + m[0].lastIndexOf(number);
        if (age !== undefined && age >= least && age <= 130) record(whoAt(from), 'age', age, at(from));
      }
      for (const m of execAll(INFANT_AGE_RE, clause)) {
        const n = parseChineseNumber(m[3]!);
        const months = m[4] === '个月' ? n : n === undefined ? undefined : n * 12;
        const owner = whoAt(m.index);
        // Under three: whole years 0–2, or up to 35 months; a household fact of the family the child is in.
        if (months !== undefined && months < 36 && people.get(owner)!.family) record(SELF, 'hasInfant', true, at(m.index));
      }
      for (const x of mentions) {
        if (x.who === SELF) lastSelfAt = at(x.at);
        else if (people.get(x.who)!.anchored || people.get(x.who)!.said.size > 0) lastOtherAt = at(x.at);
      }
      carried = mentions.at(-1)?.who ?? carried;
      offset += clause.length;
      inSentence += clause.length;
    }
    // A kind of person ("低保户的孩子") is spoken of only within its sentence.
    if (carried === GROUP) carried = resident ?? SELF;
  }

  const correctedBetween = (from: number, to: number) => corrections.some((c) => c > from && c < to);
  const resolve = (p: Person) => {
    const profile: Partial<Profile> = {};
    const conflicts: ProfileField[] = [];
    for (const [field, statements] of p.said) {
      let current: Value | undefined;
      let conflict = false;
      let lastAt = -1;
      // At one position a statement comes after a negation that starts there ("没有工作": 没有 + 有工作).
      const rank = (s: Statement) => s.at * 2 + (s.value === undefined ? 0 : 1);
      for (const s of [...statements].sort((a, b) => rank(a) - rank(b))) {
        if (s.value === undefined) {
          // A negation takes back what was said ("我是低保户……不是低保户，是低保边缘").
          current = undefined;
          conflict = false;
        } else if (current !== undefined && current !== s.value && !correctedBetween(lastAt, s.at)) {
          conflict = true;
          current = s.value;
        } else {
          if (current !== s.value) conflict = false;
          current = s.value;
        }
        lastAt = s.at;
      }
      if (conflict) conflicts.push(field);
      else if (current !== undefined) Object.assign(profile, { [field]: current });
    }
    // A student's work situation is "student"; stated otherwise, the explicit statement stands.
    if (profile.studentType && profile.studentType !== 'none' && profile.employment === undefined && !conflicts.includes('employment')) {
      profile.employment = 'student';
    }
    if (profile.recentlyDischarged === true && profile.veteran === undefined && !conflicts.includes('veteran')) profile.veteran = true;
    return { profile, conflicts };
  };

  const self = resolve(people.get(SELF)!);
  const others: OtherPersonFacts[] = [];
  for (const who of order) {
    const p = people.get(who)!;
    const { profile, conflicts } = resolve(p);
    if (p.family) {
      // The speaker's household facts are the relative's too, unless said otherwise of them.
      for (const field of HOUSEHOLD_FIELDS) {
        if (self.profile[field] !== undefined && profile[field] === undefined && !conflicts.includes(field)) {
          Object.assign(profile, { [field]: self.profile[field] });
        }
      }
    }
    if (p.anchored || Object.keys(profile).length > 0 || conflicts.length > 0) others.push({ who, family: p.family, profile, conflicts });
  }
  // The one asked about last comes last.
  if (lastOther !== undefined) {
    const i = others.findIndex((o) => o.who === lastOther);
    if (i >= 0) others.push(...others.splice(i, 1));
  }

  const selfSpeaks = selfTouched || Object.keys(self.profile).length > 0 || self.conflicts.length > 0 || ASKS_OWN.test(text) || ENGLISH_FIRST_PERSON.test(typeof input === 'string' ? input : input.join('\n'));
  const someoneElse = others.length > 0 && (lastOtherAt >= 0 || onBehalf);
  const subject = onBehalf || (someoneElse && lastOtherAt > lastSelfAt) ? 'other' : selfSpeaks ? 'self' : someoneElse ? 'other' : 'unknown';
  return { profile: self.profile, conflicts: self.conflicts, subject, others, onBehalf };
}

/**
 * Reads the facts a person states about themselves in everyday Chinese ("我59岁，失业了", "低保户", "没落户").
 * The speaker's part of readStatedFacts: another person's facts and conflicting fields are left out. Pass the
 * user's messages joined by newlines.
 */
export function extractProfile(text: string): Partial<Profile> {
  return readStatedFacts(text).profile;
}

/**
 * Whether the person speaks of their own situation, so their stated facts may be used for them: they state a
 * fact about themselves or their household, or ask about their own eligibility ("我能领吗"). False for a general
 * question, for a question only about someone else (see readStatedFacts' subject) and for staff asking for a resident.
 */
export function speaksOfOwnSituation(text: string | readonly string[]): boolean {
  const read = readStatedFacts(text);
  if (read.onBehalf && !read.others.at(-1)?.family) return false;
  return Object.keys(read.profile).length > 0 || read.conflicts.length > 0 || read.subject === 'self';
}

/** The speaker's household named without a pronoun ("家里又困难", "老家的房子"). */
const HOUSEHOLD_RE = /家里|家中|家人|老家/;

/**
 * Whether a text names a person: the speaker (我, 本人, 咱…, 家里), a relative or a particular other person
 * (我妈, 儿子, 王大爷, 邻居, 他). Without one, a statement has no one to be about ("40-50岁失业了怎么办"), and a
 * kind of person ("独居老人", "患者", "孩子") is no one in particular.
 */
export function mentionsPerson(text: string): boolean {
  const t = normalize(text);
  if (new RegExp(SELF_RE.source).test(t) || HOUSEHOLD_RE.test(t) || ENGLISH_FIRST_PERSON.test(text)) return true;
  // A kind of person ("失能老人", "慢性病患者", "外地户口孩子") is no one in particular unless it is someone's ("我家孩子").
  return execAll(OTHER_RE, t).some((m) => !GENERIC.test(m[0]) || POSSESSIVE_BEFORE.test(t.slice(0, m.index)));
}

/** Full-width to half-width (NFKC), Traditional to Simplified, spaces removed: people type all of these. */
function normalize(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) out += (T2S as Record<string, string>)[ch] ?? ch;
  return out.replace(/[ \t\u3000]+/g, '');
}
