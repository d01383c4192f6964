/**
 * Personal data people paste into a chat box: 身份证号, mobile numbers, bank card numbers. Masked before
 * anything is searched, logged or echoed; the person is told not to share them.
 */

const PATTERNS: [kind: string, re: RegExp][] = [
  // 18-digit resident ID (last character may be X); checked before bank cards, which are also long digit runs.
  ['身份证号', /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g],
  ['手机号', /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g],
  ['银行卡号', /(?<!\d)(?:\d[-\s]?){15,18}\d(?!\d)/g],
];

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
    out = out.replace(re, () => {
      found.add(kind);
      return `［已隐去${kind}］`;
    });
  }
  return { text: out, found: [...found] };
}

/** The notice shown when personal data was masked. */
export function personalDataNotice(found: string[]): string {
  return `为保护您的隐私，您输入的${found.join('、')}已被隐去，不会被保存。请不要在对话中提供身份证号、手机号、银行卡号等个人信息。`;
}
