/**
 * Personal data people paste into a chat box: 身份证号, mobile numbers, bank card numbers, e-mail addresses.
 * Masked before anything is searched, logged or echoed; the person is told not to share them.
 */

const PATTERNS: [kind: string, re: RegExp][] = [
  // 18-digit resident ID (last character may be X), also typed in groups (330106 19900101 123X); checked
  // before bank cards, which are also long digit runs.
  ['身份证号', /(?<!\d)[1-9]\d{5}[-\s]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-\s]?\d{3}[\dXx](?![\dXx])/g],
  // 15-digit first-generation ID (two-digit year), still printed on old documents and remembered by older people.
  ['身份证号', /(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g],
  ['手机号', /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g],
  ['银行卡号', /(?<!\d)(?:\d[-\s]?){15,18}\d(?!\d)/g],
  ['电子邮箱', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g],
];

/**
 * Full-width digits, letters, spaces and hyphens (１３８…, Ｘ, ＠) as ASCII. Each is one UTF-16 unit either
 * way, so a match found in the folded copy has the same offsets in the original, which is what gets masked.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Masked text and the kinds of personal data found. */
export interface Masked {
  text: string;
  found: string[];
}

/** Replaces personal data with a placeholder naming its kind. */
export function maskPersonalData(text: string): Masked {
  const found = new Set<string>();
  let out = text;
  for (const [kind, re] of PATTERNS) {
    // Matched on the folded copy, replaced in the original from the end so earlier offsets stay valid.
    const matches = [...foldWidth(out).matchAll(re)];
    for (const m of matches.reverse()) {
      found.add(kind);
      out = `${out.slice(0, m.index)}［已隐去${kind}］${out.slice(m.index + m[0].length)}`;
    }
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
