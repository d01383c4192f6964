/** Regular-expression helpers shared by every layer. */

/**
 * Every match of a global regular expression, as `text.matchAll(re)` gives them, without the copy of the
 * expression that `matchAll` makes on every call (those copies were most of the fact reader's time: ~50 phrase
 * patterns matched against every clause of every question). It runs `re` itself from `lastIndex` 0 and leaves
 * `lastIndex` at 0, so it is for expressions nothing else iterates at the same time (module constants used
 * only this way).
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global expression: ${re}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step over one character (a code point under /u or /v).
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}
