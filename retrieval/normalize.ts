/**
 * Query and corpus normalisation before segmentation: full-width → half-width, Traditional → Simplified,
 * lower case, collapsed whitespace. Stored clause text is never normalised; only the tokens are.
 */

/** A Traditional → Simplified character table (generated from opencc-js at build time). */
export type T2sTable = Record<string, string>;

/** Normalises text for tokenisation only. */
export function normalize(text: string, t2s: T2sTable): string {
  return normalizeCommon(text, t2s) ?? normalizeAny(text, t2s);
}

/** The definition: NFKC, then Traditional → Simplified per character, lower case, whitespace collapsed and trimmed. */
export function normalizeAny(text: string, t2s: T2sTable): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) out += t2s[ch] ?? ch;
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** First and last code unit of the CJK Unified Ideographs block, where almost every Chinese character is. */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

/** Per table, one bit per CJK Unified Ideograph: whether the table maps it (~3,000 of ~21,000 do). */
const traditionalBits = new WeakMap<T2sTable, Uint32Array>();

function bitsOf(t2s: T2sTable): Uint32Array {
  let bits = traditionalBits.get(t2s);
  if (!bits) {
    bits = new Uint32Array(((CJK_LAST - CJK_FIRST) >> 5) + 1);
    for (const key of Object.keys(t2s)) {
      const code = key.charCodeAt(0);
      if (key.length === 1 && code >= CJK_FIRST && code <= CJK_LAST) bits[(code - CJK_FIRST) >> 5]! |= 1 << ((code - CJK_FIRST) & 31);
    }
    traditionalBits.set(t2s, bits);
  }
  return bits;
}

/**
 * `normalizeAny` for text made only of the characters questions and the plan are made of — printable ASCII and
 * its whitespace, CJK Unified Ideographs, full-width ASCII forms, the ideographic space and common CJK and
 * typographic punctuation — one code unit at a time, without ICU or a table lookup for most characters;
 * undefined for anything else. On these characters NFKC works per character (none composes with a neighbour),
 * so the result is the same string (normalize.test.ts compares every such character and many mixed texts).
 * A question's normalisation was a tenth of a search on the server.
 */
function normalizeCommon(text: string, t2s: T2sTable): string | undefined {
  const bits = bitsOf(t2s);
  let out = '';
  // Start of the run of text copied unchanged since the last character that changed.
  let from = 0;
  // Whether the output ends in a space (or is empty: leading whitespace is dropped).
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped: string;
    if (c >= CJK_FIRST && c <= CJK_LAST) {
      space = false;
      if (!(bits[(c - CJK_FIRST) >> 5]! & (1 << ((c - CJK_FIRST) & 31)))) continue;
      mapped = t2s[text[i]!]!;
    } else if (c > 0x20 && c < 0x7f) {
      space = false;
      if (c < 0x41 || c > 0x5a) continue;
      mapped = String.fromCharCode(c + 0x20);
    } else if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000) {
      if (c === 0x20 && !space) {
        space = true;
        continue;
      }
      mapped = space ? '' : ' ';
      space = true;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      const ascii = c - 0xfee0;
      mapped = String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii);
      space = false;
    } else if (isCommonPunctuation(c)) {
      space = false;
      continue;
    } else return undefined;
    out += text.slice(from, i) + mapped;
    from = i + 1;
  }
  out = from === 0 ? text : out + text.slice(from);
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** 、。〃〈〉《》「」『』【】〔〕〖〗 and — ‘ ’ “ ”: punctuation NFKC leaves as it is (not …, which becomes "..."). */
function isCommonPunctuation(c: number): boolean {
  return (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x3017) || c === 0x2014 || (c >= 0x2018 && c <= 0x201d);
}
