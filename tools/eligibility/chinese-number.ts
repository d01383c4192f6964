const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Reads a whole number written in Arabic digits or in Chinese numerals up to 999 ("59", "五十九", "六十",
 * "十八", "一百零二"), as people write ages. Returns undefined for anything else.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') continue; // a placeholder between places ("一百零二")
    if (ch === '百' || ch === '十') {
      // "十八": a leading 十 means one ten.
      total += (digit ?? 1) * (ch === '百' ? 100 : 10);
      digit = undefined;
    } else if (digit !== undefined) {
      return undefined; // two digits in a row ("五九") is not a numeral we read
    } else {
      digit = DIGITS[ch];
    }
  }
  return total + (digit ?? 0);
}
