/**
 * Personal data people paste into a chat box: 身份证号, mobile and landline numbers, bank card numbers, e-mail
 * addresses. Masked before anything is searched, logged, stored or echoed; the person is told not to share them.
 *
 * People disguise numbers, on purpose or by habit: 330106.19900101.1234, 1381 2345 678, (138)12345678,
 * 一三八一二三四五六七八, zero-width spaces between digits. Matching therefore reads a folded view of the text
 * (full-width → ASCII, Chinese numerals → digits, invisible format characters dropped) in two passes:
 *   1. digits as typed, with the habitual groupings (spaces or hyphens between the usual groups);
 *   2. digits joined across any separator (spaces, dots, hyphens, brackets, slashes).
 * Joining can also glue neighbouring ordinary numbers together ("2021 2022 2023 2024" is sixteen digits), so a
 * long number found only by joining, or typed in groups, must also pass its check digit: GB 11643 for 身份证号,
 * Luhn for bank cards. A real one always does; nine in ten glued-together numbers do not.
 */

/** A personal-data shape: its kind, its pattern, and a check the matched digits must pass (when it has one). */
interface Shape {
  kind: string;
  re: RegExp;
  valid?: (match: string) => boolean;
}

/** 18-digit resident ID: region, birth date, sequence, check character (X for 10). */
const ID18 = String.raw`[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]`;
const MOBILE = String.raw`(?:\+?86)?1[3-9]\d{9}`;
const LANDLINE = String.raw`0\d{2,3}-?[2-9]\d{6,7}`;

/** Pass 1: digits as typed. */
const AS_TYPED: Shape[] = [
  // Checked before bank cards, which are also long digit runs; typed whole or in its three natural groups
  // (region, birth date, sequence), whatever stands between them: the groups and a real date are evidence enough.
  { kind: '身份证号', re: /(?<!\d)[1-9]\d{5}[-\s.·_/]{0,3}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-\s.·_/]{0,3}\d{3}[\dXx](?![\dXx])/g },
  // 15-digit first-generation ID (two-digit year), still printed on old documents and remembered by older people.
  { kind: '身份证号', re: /(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g },
  { kind: '手机号', re: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g },
  // A fixed line with its area code (0571-88881234); the 12345 hotline and short numbers have no area code + 7–8 digits.
  { kind: '电话号码', re: new RegExp(String.raw`(?<!\d)${LANDLINE}(?!\d)`, 'g') },
  // One unbroken run is a card or account number whatever its check digit; a grouped one must pass Luhn.
  { kind: '银行卡号', re: /(?<!\d)\d{16,19}(?!\d)/g },
  { kind: '银行卡号', re: /(?<!\d)(?:\d[-\s]?){15,18}\d(?!\d)/g, valid: luhn },
  { kind: '电子邮箱', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
];

/** Pass 2: digits joined across separators; long numbers must pass their check digit. */
const JOINED: Shape[] = [
  { kind: '身份证号', re: new RegExp(String.raw`(?<!\d)${ID18}(?![\dXx])`, 'g'), valid: idCheckDigitValid },
  { kind: '手机号', re: new RegExp(String.raw`(?<!\d)${MOBILE}(?!\d)`, 'g') },
  { kind: '电话号码', re: new RegExp(String.raw`(?<!\d)${LANDLINE}(?!\d)`, 'g') },
  { kind: '银行卡号', re: /(?<!\d)\d{16,19}(?!\d)/g, valid: luhn },
];

/**
 * Chinese numerals people spell digits with: the everyday forms (幺 is how 1 is read out in phone numbers), the
 * financial capitals (壹贰叁…, and their Traditional forms 貳參陸), and circles typed for zero (〇 ○ ◯).
 */
const NUMERALS: Record<string, string> = {
  〇: '0', 零: '0', '○': '0', '◯': '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 貳: '2', 叁: '3', 參: '3', 肆: '4', 伍: '5', 陆: '6', 陸: '6', 柒: '7', 捌: '8', 玖: '9',
};
/**
 * Numerals that are also everyday characters (参 in 参加, 参保): read as a digit only next to another digit, so
 * "参参零壹" is 3301 and "参保" stays a word.
 */
const WEAK_NUMERALS: Record<string, string> = { 参: '3' };

/**
 * Characters that may stand between the digits of one number: any space, punctuation or symbol
 * (". - | * ~ / ( ) 、 …"), never a letter, a digit or an ideograph. "@" stays, since e-mail addresses need it.
 */
const SEPARATOR = /^[\s\p{P}\p{S}\p{Z}]$/u;
/** At most this many separator characters in a row still join two digits ("138 - 1234", "3301……0619"). */
const MAX_GAP = 8;

/** A folded copy of the text and, for each of its characters, where it came from in the original. */
interface View {
  text: string;
  from: number[];
  to: number[];
}

/** The decimal value of a Unicode digit of any script (Nd digits come in runs of tens, each starting at zero). */
const digitValues = new Map<number, string>();
function digitValue(code: number): string {
  let value = digitValues.get(code);
  if (value === undefined) {
    // Runs of several sets (the five mathematical digit styles, 50 in a row) are counted from their start.
    let start = code;
    while (code - start < 100 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    value = String((code - start) % 10);
    digitValues.set(code, value);
  }
  return value;
}

/**
 * One character as matching reads it: a Chinese numeral as its digit, any Unicode decimal digit (full-width,
 * Arabic-Indic, mathematical bold …) as its ASCII digit, other compatibility forms by NFKC (Ｘ → X, ＠ → @,
 * ① → 1); weak numerals are marked and decided by their neighbours.
 */
function foldChar(ch: string, code: number): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = foldCharUncached(ch, code);
    if (foldedChars.size < MAX_FOLDED_CHARS) foldedChars.set(ch, folded);
  }
  return folded;
}
/** foldChar's results so far (a pure function of the character: NFKC and the digit tests cost most of masking). */
const foldedChars = new Map<string, string>();
/** Distinct characters remembered at most (punctuation and the odd symbol are what a text repeats). */
const MAX_FOLDED_CHARS = 4096;
function foldCharUncached(ch: string, code: number): string {
  const numeral = NUMERALS[ch];
  if (numeral) return numeral;
  if (ch in WEAK_NUMERALS) return '\u0001';
  if (/\p{Nd}/u.test(ch)) return digitValue(code);
  if (ch === '\u3000') return ' ';
  const nfkc = ch.normalize('NFKC');
  return nfkc.length === 0 ? ch : nfkc.replace(/\p{Nd}/gu, (d) => digitValue(d.codePointAt(0)!));
}

/** The code points of NUMERALS and WEAK_NUMERALS (looked up by number: `in` would first intern each character). */
const NUMERAL_CODES = new Set([...Object.keys(NUMERALS), ...Object.keys(WEAK_NUMERALS)].map((ch) => ch.codePointAt(0)!));

const isDigitChar = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** The text with characters folded; with `join`, separators between digits dropped too. */
function viewOf(text: string, join: boolean): View {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const weak: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const raw = size === 1 ? text[i]! : text.slice(i, i + 2);
    // Printable ASCII and CJK ideographs other than the numerals (most of any text) need no folding.
    const plain = ((code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) && !NUMERAL_CODES.has(code);
    if (plain) {
      chars.push(raw);
      from.push(i);
      to.push(i + size);
    } else {
      for (const ch of foldChar(raw, code)) {
        if (ch === '\u0001') weak.push(chars.length);
        chars.push(ch);
        from.push(i);
        to.push(i + size);
      }
    }
    i += size;
  }
  // A weak numeral next to a digit is a digit; both directions, so runs of them ("參參零") are read whole.
  for (const order of [weak, [...weak].reverse()]) {
    for (const k of order) if (chars[k] === '\u0001' && (isDigitChar(chars[k - 1]) || isDigitChar(chars[k + 1]))) chars[k] = WEAK_NUMERALS[text.slice(from[k], to[k])]!;
  }
  for (const k of weak) if (chars[k] === '\u0001') chars[k] = text.slice(from[k], to[k]);
  if (!join) return { text: chars.join(''), from, to };
  const view: View = { text: '', from: [], to: [] };
  const kept: string[] = [];
  for (let k = 0; k < chars.length; k++) {
    if (isDigitChar(chars[k - 1]) && SEPARATOR.test(chars[k]!)) {
      let next = k;
      while (next < chars.length && next - k < MAX_GAP && SEPARATOR.test(chars[next]!)) next++;
      if (isDigitChar(chars[next])) {
        k = next - 1;
        continue;
      }
    }
    kept.push(chars[k]!);
    view.from.push(from[k]!);
    view.to.push(to[k]!);
  }
  view.text = kept.join('');
  return view;
}

/** GB 11643-1999 check character of an 18-digit resident ID. */
function idCheckDigitValid(id: string): boolean {
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

/** Luhn (ISO/IEC 7812) check over the digits of a card number, separators ignored. */
function luhn(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Masked text and the kinds of personal data found. */
export interface Masked {
  text: string;
  found: string[];
}

/** Where a text holds no number of any kind, no numeral and no @: no number shape can match. */
const NO_NUMBER = /^[^\p{N}〇零一幺二三四五六七八九壹贰貳叁參参肆伍陆陸柒捌玖○◯@＠]*$/u;
/** Invisible format characters (zero-width spaces and joiners, soft hyphen, BOM, bidi embeddings and overrides, tag
 * characters): they change how a text displays ("U+202E" shows what follows reversed) and never carry meaning. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** A span of the text to replace, and the kind of personal data it holds. */
interface Span {
  start: number;
  end: number;
  kind: string;
}

/** Spans where `shapes` match the folded view of `text`, earlier shapes winning where two overlap. */
function numberSpans(text: string, shapes: Shape[], join: boolean): Span[] {
  const view = viewOf(text, join);
  const spans: Span[] = [];
  const taken = new Uint8Array(text.length);
  for (const { kind, re, valid } of shapes) {
    for (const m of view.text.matchAll(re)) {
      if (valid && !valid(m[0])) continue;
      const end = view.to[m.index + m[0].length - 1]!;
      let start = view.from[m.index]!;
      // "(138)12345678": a bracket closed inside the number was opened with it.
      if (/[(（]/.test(text[start - 1] ?? '') && /[)）]/.test(text.slice(start, end))) start--;
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, kind });
    }
  }
  return spans;
}

/** The text with every span replaced by its placeholder; the kinds replaced are added to `found`. */
function replaceSpans(text: string, spans: Span[], found: Set<string>): string {
  if (spans.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, kind } of spans.sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    found.add(kind);
    pieces.push(text.slice(at, start), `［已隐去${kind}］`);
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * Common surnames, for a name given without 叫 ("本人王秀英"). Left out: surnames that begin everyday words a
 * person says of themselves (高龄, 金额, 石材, 白天, 万元, 于是, 方便, 向往, 江南, 黄金, 文化, 马上, 余杭, 任职, 史上).
 */
const SURNAMES = '王李张刘陈杨赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕沈姚卢姜崔钟谭陆汪范廖贾韦邹孟熊秦邱尹薛闫段侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤殷柳翟倪葛';
/** Words that end a name given in running text ("我叫王秀英今年六十五" → 王秀英). */
const AFTER_NAME = String.raw`今年|现年|住|在|家|是|的|男|女|身份|电话|手机|户籍|想|要|请|问|来自|年|岁|也|和|跟|，|,|。|、|；|;|：|:|！|!|？|\?|\s|$`;
/** A person giving their own name or a relative's: 我叫…, 我的名字是…, 姓名：…, 我妈妈叫…, 本人王秀英. */
const NAME = new RegExp(
  String.raw`(?:我叫|我的名字(?:是|叫)|名字叫|名叫|姓名(?:是|为|叫)?\s*[:：]?|(?:我|本人)的?(?:老公|丈夫|妻子|老婆|爱人|儿子|女儿|孩子|妈妈|母亲|爸爸|父亲|老妈|老爸|妈|爸|奶奶|爷爷|外婆|外公|婆婆|公公)(?:叫|名叫|名字叫))\s*((?![了过着他她你们人什怎不没也都就还])\p{Script=Han}{2,4}?)(?=${AFTER_NAME})` +
    String.raw`|本人\s*([${SURNAMES}]\p{Script=Han}{1,2}?)(?=${AFTER_NAME})`,
  'gu',
);

/** Digits and Chinese numerals in a house number. */
const D = '[0-9０-９一二三四五六七八九十〇零]';
/** The words that introduce a person's own address: 住在, 家住, 住址是, 我家在 … */
const ADDRESS_INTRO = /(?:住在|家住|居住在|现住(?:在|址)?|我家在|住址(?:是|为|在)?\s*[:：]?|地址(?:是|为|在)?\s*[:：]?)/u;
/** Street-level words: with one of them an address is a dwelling, not a district ("住在余杭区" stays). */
const STREET_LEVEL = new RegExp(String.raw`(?:路|(?<!街)街(?!道)|弄|巷|号|幢|栋|单元|室|小区|新村|花园|公寓|苑|${D}+组)`, 'u');
/** From the start of an address to its last street-level part and the numbers after it. */
const ADDRESS_BODY = new RegExp(String.raw`^.*(?:号楼|号|幢|栋|单元|室|弄|组|路|街|巷|小区|新村|花园|公寓|苑)(?:${D}+(?:室|号)?)?`, 'u');
/** The administrative places at the head of an address (市, 区, 县), kept: they name no one and scope the question. */
const ADMIN_HEAD = /^(?:\p{Script=Han}{1,6}?(?:省|市|(?<![小社园])区|县))*/u;
/** An address given after ADDRESS_INTRO, up to the next punctuation. */
const INTRODUCED_ADDRESS = new RegExp(String.raw`${ADDRESS_INTRO.source}\s*([^，。,；;！!？?\s]{2,40})`, 'gu');
/** A dwelling without introduction: building, unit and room numbers ("玉鸟路2幢3单元501", "5栋1202室"). */
const DWELLING = new RegExp(
  String.raw`(?:\p{Script=Han}{2,3}(?:路|街|弄|巷)${D}*号?)?(?<!第)${D}+\s*(?:号楼|幢|栋)\s*(?:${D}+\s*单元)?\s*(?:${D}+\s*(?:室|号)?)?|(?<!第)${D}+\s*单元\s*${D}+\s*(?:室|号)?|(?<!第)${D}{3,4}\s*室`,
  'gu',
);

/** Spans of names and addresses a person gives of themselves or their family. */
function nameAndAddressSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(NAME)) {
    const name = m[1] ?? m[2]!;
    const start = m.index + m[0].length - name.length;
    spans.push({ start, end: start + name.length, kind: '姓名' });
  }
  for (const m of text.matchAll(INTRODUCED_ADDRESS)) {
    const raw = m[1]!;
    if (!STREET_LEVEL.test(raw)) continue;
    const body = ADDRESS_BODY.exec(raw)?.[0] ?? raw;
    const head = ADMIN_HEAD.exec(body)?.[0].length ?? 0;
    if (head >= body.length) continue;
    const start = m.index + m[0].length - raw.length + head;
    spans.push({ start, end: start + body.length - head, kind: '住址' });
  }
  for (const m of text.matchAll(DWELLING)) spans.push({ start: m.index, end: m.index + m[0].length, kind: '住址' });
  return spans;
}

/** Masks numbers, names and addresses in one text; `found` collects the kinds. */
function maskOne(text: string, found: Set<string>): string {
  let out = text.replace(FORMAT_CHARACTERS, '');
  if (!NO_NUMBER.test(out)) {
    // Two passes, each over one view: the numbers as typed, then joined across separators; the second reads
    // the first's output, so a number already masked is not found again.
    out = replaceSpans(out, numberSpans(out, AS_TYPED, false), found);
    out = replaceSpans(out, numberSpans(out, JOINED, true), found);
  }
  return replaceSpans(out, nameAndAddressSpans(out), found);
}

/**
 * Replaces personal data, however it is spaced or spelled, with a placeholder naming its kind: ID, phone and
 * bank card numbers, e-mail addresses, and the names and home addresses people give. Invisible format
 * characters (zero-width, bidi overrides) are dropped, so what is stored and shown reads as it looks.
 */
export function maskPersonalData(text: string): Masked {
  const found = new Set<string>();
  const out = maskOne(text, found);
  return { text: out, found: [...found] };
}

/**
 * maskPersonalData over the turns of one conversation, in order, and across them: a number typed in two
 * messages ("我的身份证是330106", then "19900101123X") is masked in both. The turns are read joined by a line
 * break (a separator), and only the long shapes with a check digit or a fixed length are looked for across.
 */
export function maskTurns(texts: readonly string[]): Masked[] {
  const found = texts.map(() => new Set<string>());
  const stripped = texts.map((text) => text.replace(FORMAT_CHARACTERS, ''));
  const perTurn: Span[][] = stripped.map(() => []);
  if (stripped.length > 1) {
    const joined = stripped.join('\n');
    const offsets: number[] = [];
    let at = 0;
    for (const text of stripped) offsets.push(at), (at += text.length + 1);
    for (const span of numberSpans(joined, JOINED, true)) {
      const first = offsets.findLastIndex((o) => o <= span.start);
      const last = offsets.findLastIndex((o) => o < span.end);
      if (first === last) continue;
      for (let t = first; t <= last; t++) {
        const start = Math.max(span.start, offsets[t]!) - offsets[t]!;
        const end = Math.min(span.end, offsets[t]! + stripped[t]!.length) - offsets[t]!;
        if (end > start) perTurn[t]!.push({ start, end, kind: span.kind });
      }
    }
  }
  // The parts of a number split across turns first, then each turn on its own.
  return stripped.map((text, i) => ({ text: maskOne(replaceSpans(text, perTurn[i]!, found[i]!), found[i]!), found: [...found[i]!] }));
}

/** A schema's bound as zod words it ("expected int to be <=9007199254740991"): the schema's number, not the client's. */
const BOUND = /(?<=to be [<>]=?)-?\d{7,}/g;

/** maskPersonalData for a validation message: the bounds it states are kept, everything else is masked. */
export function maskKeepingBounds(text: string): string {
  const bounds: string[] = [];
  // Each bound is swapped for a token of letters while masking (a digit could join a neighbouring number).
  const tokens = text.replace(BOUND, (bound) => `\u0000${String.fromCharCode(65 + bounds.push(bound) - 1)}\u0000`);
  return maskPersonalData(tokens).text.replace(/\u0000([A-Z])\u0000/g, (_, k: string) => bounds[k.charCodeAt(0) - 65]!);
}

/** The notice shown when personal data was masked. */
export function personalDataNotice(found: string[]): string {
  return `为保护您的隐私，您输入的${found.join('、')}已被隐去，不会被保存。请不要在对话中提供身份证号、手机号、银行卡号等个人信息。`;
}

/** Placeholders left by maskPersonalData, and the words that announce them ("我的身份证号是［已隐去身份证号］"). */
const ANNOUNCED_PLACEHOLDER =
  /(我的|我|本人)?(身份证号码?|身份证|手机号码?|电话号码?|手机|电话|银行卡号?|卡号|邮箱|名字叫|名字是|名叫|叫|姓名|住在|家住|居住在|现住|住址|地址)(是|为|[:：])?\s*［已隐去[^］]*］|［已隐去[^］]*］/g;

/**
 * A text fit to echo (personal data masked) and fit to search (masked data and its announcing words removed:
 * "身份" would otherwise match the plan's 户籍、地域、身份、性别).
 */
export function forSearch(text: string): { shown: string; searched: string; found: string[] } {
  return searchable(maskPersonalData(text));
}

/** forSearch over the messages of one conversation, a number split across two of them masked in both (maskTurns). */
export function forSearchTurns<R extends string>(messages: readonly { role: R; content: string }[]): { role: R; shown: string; searched: string; found: string[] }[] {
  // Only the person's own messages are read together: a reply between two halves separates them.
  const users = messages.flatMap((m, i) => (m.role === 'user' ? [i] : []));
  const masked = maskTurns(users.map((i) => messages[i]!.content));
  return messages.map((m, i) => ({ role: m.role, ...searchable(m.role === 'user' ? masked[users.indexOf(i)]! : maskPersonalData(m.content)) }));
}

function searchable(masked: Masked): { shown: string; searched: string; found: string[] } {
  const searched = masked.found.length ? masked.text.replace(ANNOUNCED_PLACEHOLDER, ' ').trim() : masked.text;
  return { shown: masked.text, searched, found: masked.found };
}
