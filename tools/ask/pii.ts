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

/** Chinese numerals people spell digits with (幺 is how 1 is read out in phone numbers). */
const NUMERALS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};

/** Characters that may stand between the digits of one number: spaces, dots, dashes, brackets, slashes, underscores. */
const SEPARATORS = new Set([...' \t\n\r\u00a0.-‐‑–·・()（）[]【】/_,，、']);
/** Invisible format characters (zero-width space and joiners, soft hyphen, BOM, bidi marks): never part of what is meant. */
const INVISIBLE = /^\p{Cf}$/u;
/** ASCII and CJK ideographs other than the numerals: most of any text, and never invisible. */
const isPlain = (code: number) => (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
/** At most this many separator characters in a row still join two digits ("138 - 1234"). */
const MAX_GAP = 3;

/** A folded copy of the text and, for each of its characters, where it came from in the original. */
interface View {
  text: string;
  from: number[];
  to: number[];
}

/** One character as matching reads it: full-width → ASCII (１, Ｘ, ＠), a Chinese numeral → its digit. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ch === '\u3000') return ' ';
  return NUMERALS[ch] ?? ch;
}

/** The text with invisible characters dropped and characters folded; with `join`, separators between digits dropped too. */
function viewOf(text: string, join: boolean): View {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const raw = size === 1 ? text[i]! : text.slice(i, i + 2);
    if (isPlain(code) && !(raw in NUMERALS)) chars.push(raw);
    else if (!INVISIBLE.test(raw)) chars.push(foldChar(raw));
    else {
      i += size;
      continue;
    }
    from.push(i);
    to.push(i + size);
    i += size;
  }
  if (!join) return { text: chars.join(''), from, to };
  const isDigit = (k: number) => k >= 0 && k < chars.length && chars[k]! >= '0' && chars[k]! <= '9';
  const view: View = { text: '', from: [], to: [] };
  const kept: string[] = [];
  for (let k = 0; k < chars.length; k++) {
    if (SEPARATORS.has(chars[k]!) && isDigit(k - 1)) {
      let next = k;
      while (next < chars.length && next - k < MAX_GAP && SEPARATORS.has(chars[next]!)) next++;
      if (isDigit(next)) {
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

/** Where a text holds nothing any shape could match: no digit of any kind and no @. */
const NOTHING_TO_MASK = /^[^0-9０-９〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖@＠]*$/;

/** Replaces personal data, however it is spaced or spelled, with a placeholder naming its kind. */
export function maskPersonalData(text: string): Masked {
  if (NOTHING_TO_MASK.test(text)) return { text, found: [] };
  const found = new Set<string>();
  let out = text;
  for (const [shapes, join] of [[AS_TYPED, false], [JOINED, true]] as const) {
    // One view per pass: every shape is matched on it, earlier shapes winning where two overlap (an ID is
    // not also a card), then the original is rebuilt once with every span replaced.
    const view = viewOf(out, join);
    const spans: { start: number; end: number; kind: string }[] = [];
    const taken = new Uint8Array(out.length);
    for (const { kind, re, valid } of shapes) {
      for (const m of view.text.matchAll(re)) {
        if (valid && !valid(m[0])) continue;
        const end = view.to[m.index + m[0].length - 1]!;
        let start = view.from[m.index]!;
        // "(138)12345678": a bracket closed inside the number was opened with it.
        if (/[(（]/.test(out[start - 1] ?? '') && /[)）]/.test(out.slice(start, end))) start--;
        if (taken.subarray(start, end).includes(1)) continue;
        taken.fill(1, start, end);
        spans.push({ start, end, kind });
      }
    }
    if (spans.length === 0) continue;
    const pieces: string[] = [];
    let at = 0;
    for (const { start, end, kind } of spans.sort((a, b) => a.start - b.start)) {
      found.add(kind);
      pieces.push(out.slice(at, start), `［已隐去${kind}］`);
      at = end;
    }
    pieces.push(out.slice(at));
    out = pieces.join('');
  }
  return { text: out, found: [...found] };
}

/** The notice shown when personal data was masked. */
export function personalDataNotice(found: string[]): string {
  return `为保护您的隐私，您输入的${found.join('、')}已被隐去，不会被保存。请不要在对话中提供身份证号、手机号、银行卡号等个人信息。`;
}

/** Placeholders left by maskPersonalData, and the words that announce them ("我的身份证号是［已隐去身份证号］"). */
const ANNOUNCED_PLACEHOLDER = /(我的|我|本人)?(身份证号码?|身份证|手机号码?|电话号码?|手机|电话|银行卡号?|卡号|邮箱)(是|为|[:：])?\s*［已隐去[^］]*］|［已隐去[^］]*］/g;

/**
 * A text fit to echo (personal data masked) and fit to search (masked data and its announcing words removed:
 * "身份" would otherwise match the plan's 户籍、地域、身份、性别).
 */
export function forSearch(text: string): { shown: string; searched: string; found: string[] } {
  const masked = maskPersonalData(text);
  const searched = masked.found.length ? masked.text.replace(ANNOUNCED_PLACEHOLDER, ' ').trim() : masked.text;
  return { shown: masked.text, searched, found: masked.found };
}
