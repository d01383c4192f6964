import { parseChineseNumber } from './chinese-number.ts';
import type { Profile, ProfileField } from './profile.ts';

/**
 * Whose fact a phrase states. A personal fact (age, job, disability…) counts only when the speaker is its
 * subject: "我父亲退休了" does not make the speaker retired. A household fact (低保, 农村, 住房困难, a baby,
 * a pregnancy in the couple…) counts whoever in the family is named.
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
  /** A phrase right after one of these words is a wish or a future, not a fact ("想创业" is not self-employed). */
  notAfter?: RegExp;
};

const NUM = '[0-9]+|[零〇一二两三四五六七八九十百]+';
const FUTURE = /(快|快要|要|将|将要|即将|准备|打算|想|想要|希望|找|等|到|离|何时|什么时候|延迟|能|可以|怎么)$/;

/** Words that name someone other than the speaker; "其他" is not "他". */
const OTHER = '老人家?|家里人|家人|老伴|公婆|爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|丈夫|妻子|爱人|媳妇|儿子|女儿|孩子|小孩|宝宝|娃|哥哥?|姐姐?|弟弟?|妹妹?|朋友|邻居|同事|亲戚|公公|婆婆|岳父|岳母|(?<!其)他们?|她们?';
const OTHER_RE = new RegExp(OTHER, 'g');
/** "我", unless it is the possessive of a relative ("我爸", "我的孩子"). */
const SELF_RE = new RegExp(`(我|本人|俺|自己)(?!的?(${OTHER}|儿|女|孩|家的?(${OTHER})))`, 'g');

/** A question or a hypothesis is not a statement of fact. */
const UNCERTAIN = /(是不是|是否|有没有|算不算|不知道|不清楚|不确定|会不会|如果|假如|要是|万一)/;
/** Words that may sit between a negation and what it negates ("不是一个低保户", "没有过"). */
const FILLER_TAIL = /(是|属于|算是?|一个|一名|一位|个|名|位|的|有|家|在|过|都|也|还|曾经?|已经?|再)+$/;
const NEGATION_TAIL = /(不|没|未|非|无|别)$/;

function p(field: ProfileField, value: Value, re: RegExp, scope: Scope, extra: Partial<Phrase> = {}): Phrase {
  return { field, value, re, scope, ...(typeof value === 'boolean' ? { negated: !value } : {}), ...extra };
}

/**
 * The phrasings, general patterns rather than a list of known questions. When phrases of one field disagree,
 * the one said last wins, so a conversation can correct itself ("我是低保户……哦不对，是低保边缘").
 */
const PHRASES: readonly Phrase[] = [
  // 就业状态 employment
  p('employment', 'unemployed', /失业(?!保险(?!金)|险)|下岗|没(有)?了?工作|丢了工作|工作没了|失去工作|被(裁|辞退|开除)|找不到工作|(正)?在找工作|待业|无业|(厂|公司|单位|企业)里?(倒闭|关门|破产)了?/g, 'person'),
  p('employment', 'retired', /(?:退休|离休)(?!年龄|金|工资|待遇|后|以后|之后|时|前|以前|政策|制度|手续)/g, 'person', { notAfter: FUTURE }),
  p('employment', 'employed', /上班|在职|有工作|打工|在单位工作|在公司工作|在厂里/g, 'person', { notAfter: FUTURE }),
  p('employment', 'self_employed', /个体(户|工商户|经营)|自己(做|开)(生意|店|公司)|开了?(个|家)?(店|公司|网店)|做(点|小)*生意|自由职业|灵活就业|摆摊|送外卖|跑(外卖|滴滴|网约车)/g, 'person', { notAfter: FUTURE }),
  p('reachedRetirementAge', true, /(到|过|超过|满)了?(法定)?退休年龄|超龄/g, 'person', { notAfter: /(快|快要|马上|即将|就要|要)$/ }),
  p('reachedRetirementAge', false, /(快|快要|马上|即将)(就)?(要)?(到)?(法定)?退休(年龄)?|离退休还有|还有.{1,4}(年|个月)(就)?(到)?退休/g, 'person', { negated: undefined }),
  p('reachedRetirementAge', true, /(?:已经?|早就?)?(?:退休|离休)了/g, 'person', { negated: undefined, notAfter: FUTURE }),
  p('unemploymentInsured', true, /(交|缴|缴纳|参加|买|上)(过|了|着)?(纳)?失业(保险|险)|有失业(保险|险)|(交|缴|有|上)(过|了|着)?五险/g, 'person'),
  p('receivingPension', true, /(领|拿|有)(着|了|到)?(养老金|退休金|退休工资|养老保险待遇)/g, 'person'),
  p('startingBusiness', true, /创业|开(个|家)?(店|公司|厂)|做(点|小)*生意|自主经营/g, 'person'),

  // 户籍与居住证 hukou and residence permit
  p('hukou', 'non_local', /(没|没有|未|还没)(在本地|在这里|在这边)?落户|(没|没有)(本地|当地|这里的|浙江|杭州)户口|外地(户口|户籍|人)|户口(不在|没在)(本地|这里|这边|浙江|杭州)|户口在(外地|外省|老家)|非本地(户口|户籍)|新市民|外来务工|外省(户口|人)/g, 'person', { negated: undefined }),
  p('hukou', 'local', /(本地|当地|浙江|杭州|宁波|温州|绍兴|嘉兴|湖州|金华|衢州|舟山|台州|丽水)(户口|户籍)|户口在(本地|这里|这边|浙江)|本地人|已(经)?落户|落户了/g, 'person', { negated: 'non_local' }),
  p('hasResidencePermit', true, /(有|办了?|办理了?|持有?|拿到了?|领了?|申领了?)(本地|浙江)?居住证/g, 'person'),

  // 社会救助 social assistance (household)
  p('lowIncome', 'tekun', /特困(?!(救助)?(供养)?(制度|标准|政策|机制))/g, 'household'),
  p('lowIncome', 'dibao_edge', /低保边缘|低边(户|家庭)?|最低生活保障边缘/g, 'household'),
  p('lowIncome', 'dibao', /低保(?!边缘|标准|制度|政策|线|金额|怎么|机制)|最低生活保障(?!边缘|标准|制度)/g, 'household'),
  p('lowIncome', 'low_income', /低收入(家庭|户|人口|群体)?/g, 'household'),

  // 残疾 disability: a degree, or only that there is one
  p('disability', 'severe', /重度(肢体|视力|听力|智力|精神|言语)?残疾|重残|[一二12]级(肢体|视力|听力|智力|精神|言语)?残疾|残疾(等级)?(是)?[一二12]级/g, 'person'),
  p('disability', 'moderate', /中度(肢体|视力|听力|智力|精神|言语)?残疾|[三3]级(肢体|视力|听力|智力|精神|言语)?残疾|残疾(等级)?(是)?[三3]级/g, 'person'),
  p('disability', 'mild', /轻度(肢体|视力|听力|智力|精神|言语)?残疾|轻残|[四4]级(肢体|视力|听力|智力|精神|言语)?残疾|残疾(等级)?(是)?[四4]级/g, 'person'),
  // With a degree, a negation denies the degree, not the disability ("不是重度残疾" may be mild); so a
  // degree-qualified phrase only ever says yes, and the bare phrase is the one a negation can flip.
  p('hasDisability', true, /((重|中|轻)度|[一二三四1234]级)(肢体|视力|听力|智力|精神|言语)?(残疾|残障)/g, 'person', { negated: undefined }),
  p('hasDisability', true, /(?<![度级][\u4e00-\u9fa5]{0,2})(肢体|视力|听力|智力|精神|言语)?(残疾|残障)|盲人|聋哑/g, 'person'),

  // 退役军人、烈属 veterans and martyrs' families
  // A veteran, not the veterans' service station someone asks about (退役军人服务站, 事务局).
  p('veteran', true, /(?:退役|退伍|复员)(?:军人|士兵|兵)?(?!军人|士兵|服务|事务)|转业(军人|干部)|当过兵|老兵/g, 'person'),
  p('recentlyDischarged', true, /刚(刚)?(退伍|退役|复员|转业)|今年(退伍|退役|复员)|退伍不久|刚从部队回来/g, 'person'),
  p('martyrFamily', true, /烈士(家属|遗属|子女|父母|配偶)|烈属|(父亲|母亲|爸爸?|妈妈?|丈夫|妻子|老公|老婆|爱人|儿子|女儿|哥哥|姐姐|弟弟|妹妹)(是|为)(革命)?烈士/g, 'household'),

  // 学生与毕业生 students and graduates
  p('studentType', 'secondary_vocational', /(中职|中专|职高|技校|职业高中|技工学校)(?!毕业|学历|文凭)/g, 'person'),
  p('studentType', 'senior_high', /(读|上|在读)(普通)?高中(?!毕业)|高中生|(?<![提升最很较更太])高[一二三](?![点些倍级个学])|普通高中(?!毕业)/g, 'person'),
  p('studentType', 'junior', /(读|上)初中|初中生|(?<!月)初[一二三](?![日号点])/g, 'person'),
  p('studentType', 'primary', /(读|上)小学|小学生/g, 'person'),
  p('studentType', 'higher_vocational', /(读|上)(高职|大专)(?!毕业)|高职(学生|生)|大专生/g, 'person'),
  p('studentType', 'university', /(读|上)(大学|本科|研究生)(?!毕业)|大学生|[大研][一二三四]学生|在读(本科|研究生|硕士|博士)|读研|读博/g, 'person'),
  p('collegeGraduate', true, /(大学|高校|本科|大专|高职|研究生|硕士|博士)毕业|应届(毕业)?生|高校毕业生/g, 'person'),
  p('orphan', true, /孤儿/g, 'person'),

  // 城乡与住房 residence and housing (household)
  p('residence', 'rural', /(?<!城)(农村|乡下|村里|农民)/g, 'household'),
  p('residence', 'urban', /(城里|城市|城镇|市区|市里|县城|城区)(?!乡)/g, 'household', { notAfter: /进$/ }),
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

/** An age stated for the speaker: "59岁", "五十九岁", "60周岁". Ranges, limits and other people's ages are skipped. */
const AGE_RE = new RegExp(`(${NUM})(?:周岁|岁)`, 'g');
const AGE_NOT_AFTER = /(不到|未满|不满|超过|低于|高于|小于|大于|到|至|~|～|-|—|快|将近|近|差不多)$/;
const AGE_NOT_BEFORE = new RegExp(`^(以上|以下|以内|之前|之后|前|后|时|的时候|到|至|~|～|-|—|左右|上下|多|出头|半|的(${OTHER}|老人|学生|人))`);

/** An age said without 岁 after 今年/都/已经 ("我今年59", "我都六十了"), when nothing but 了 or punctuation follows. */
const BARE_AGE_RE = new RegExp(`(?:今年|已经|都)(${NUM})(?=了|[，,。！？!?；;]|$)`, 'g');

/** A child's age of under three: "孩子两岁", "宝宝8个月". */
const INFANT_AGE_RE = new RegExp(`(孩子|小孩|宝宝|儿子|女儿|娃|婴儿)(今年|才|刚)?满?(${NUM})(个月|周岁|岁)`, 'g');

/**
 * Reads the facts a person states about themselves in everyday Chinese ("我59岁，失业了", "低保户",
 * "没落户", "刚退伍"). Pure; nothing is stored. Pass the user's messages joined by newlines: a later
 * statement wins over an earlier one. A negated phrase ("我不是低保户") never sets the fact; for a yes/no
 * fact it sets "no", and for a two-valued one (户口, 性别) the other value. Questions and hypotheses
 * ("是不是", "如果") set nothing.
 */
export function extractProfile(text: string): Partial<Profile> {
  const found = new Map<ProfileField, { at: number; value: Value }>();
  const note = (field: ProfileField, value: Value, at: number) => {
    const prev = found.get(field);
    if (!prev || at >= prev.at) found.set(field, { at, value });
  };

  let offset = 0;
  for (const sentence of normalize(text).split(/(?<=[。！？!?\n])/)) {
    let subject: 'self' | 'other' = 'self';
    for (const clause of sentence.split(/(?<=[，,；;：:])/)) {
      const at = (i: number) => offset + i;
      for (const phrase of PHRASES) {
        for (const m of clause.matchAll(phrase.re)) {
          const i = m.index;
          if (phrase.scope === 'person' && subjectAt(clause, i, subject) === 'other') continue;
          const before = clause.slice(Math.max(0, i - 8), i);
          if (UNCERTAIN.test(before)) continue;
          if (phrase.notAfter?.test(before)) continue;
          if (NEGATION_TAIL.test(before.replace(FILLER_TAIL, ''))) {
            if (phrase.negated !== undefined) note(phrase.field, phrase.negated, at(i));
          } else {
            note(phrase.field, phrase.value, at(i));
          }
        }
      }
      for (const m of clause.matchAll(AGE_RE)) {
        const before = clause.slice(Math.max(0, m.index - 8), m.index);
        const after = clause.slice(m.index + m[0].length);
        if (subjectAt(clause, m.index, subject) === 'other' || UNCERTAIN.test(before)) continue;
        if (AGE_NOT_AFTER.test(before) || AGE_NOT_BEFORE.test(after)) continue;
        const age = parseChineseNumber(m[1]!);
        if (age !== undefined && age <= 130) note('age', age, at(m.index));
      }
      for (const m of clause.matchAll(BARE_AGE_RE)) {
        if (subjectAt(clause, m.index, subject) === 'other' || UNCERTAIN.test(clause.slice(0, m.index))) continue;
        const age = parseChineseNumber(m[1]!);
        if (age !== undefined && age >= 1 && age <= 130) note('age', age, at(m.index));
      }
      for (const m of clause.matchAll(INFANT_AGE_RE)) {
        const n = parseChineseNumber(m[3]!);
        const months = m[4] === '个月' ? n : n === undefined ? undefined : n * 12;
        // Under three: whole years 0–2, or up to 35 months.
        if (months !== undefined && months < 36) note('hasInfant', true, at(m.index));
      }
      subject = subjectAt(clause, clause.length, subject);
      offset += clause.length;
    }
  }

  const profile: Partial<Profile> = {};
  for (const [field, { value }] of found) Object.assign(profile, { [field]: value });
  // A student's work situation is "student"; stated otherwise, the explicit statement stands.
  if (profile.studentType && profile.studentType !== 'none' && profile.employment === undefined) profile.employment = 'student';
  if (profile.recentlyDischarged === true && profile.veteran === undefined) profile.veteran = true;
  return profile;
}

/** Full-width digits and letters to ASCII, spaces removed: people type both. */
function normalize(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ \t\u3000]+/g, '');
}

/** Who the clause is about at position i: the last person named before it, else the subject carried from the previous clause. */
function subjectAt(clause: string, i: number, carried: 'self' | 'other'): 'self' | 'other' {
  const head = clause.slice(0, i);
  const lastSelf = lastIndex(head, SELF_RE);
  const lastOther = lastIndex(head, OTHER_RE);
  if (lastSelf < 0 && lastOther < 0) return carried;
  return lastOther > lastSelf ? 'other' : 'self';
}

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}
