/**
 * One- and two-character CJK tokens as 32-bit integers, and a small open-addressing table keyed by them.
 * Most query tokens are a character or a bigram (segment.ts); looking them up in a `Map` of strings costs three or
 * four scattered memory reads each (bucket, entry, key string), which on a server whose caches went cold between
 * requests was most of segmenting a question and of finding its terms. An integer table reads one slot.
 */

/** The key of a one- or two-character token of CJK ideographs (U+3400–U+9FFF), or -1 for any other string. */
export function charKey(token: string): number {
  const a = token.charCodeAt(0);
  if (!(a >= 0x3400 && a <= 0x9fff)) return -1;
  if (token.length === 1) return a;
  if (token.length !== 2) return -1;
  const b = token.charCodeAt(1);
  return b >= 0x3400 && b <= 0x9fff ? ((a << 16) | b) >>> 0 : -1;
}

/** The key of `text.slice(i, i + len)` for len 1 or 2, when those characters are CJK ideographs (segment.ts only reads runs of them). */
export const runKey = (text: string, i: number, len: 1 | 2): number => (len === 1 ? text.charCodeAt(i) : ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);

/** Integer keys (never 0) to non-negative integer values; grows as it fills. */
export interface CharTable {
  get(key: number): number;
  set(key: number, value: number): void;
  readonly size: number;
  clear(): void;
}

export function createCharTable(expected = 64): CharTable {
  let bits = 6;
  while (1 << bits < expected * 2) bits++;
  let keys = new Uint32Array(1 << bits);
  let values = new Int32Array(1 << bits);
  let size = 0;
  const slot = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  const find = (key: number) => {
    const mask = (1 << bits) - 1;
    let i = slot(key);
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
    return i;
  };
  const grow = () => {
    const oldKeys = keys;
    const oldValues = values;
    bits++;
    keys = new Uint32Array(1 << bits);
    values = new Int32Array(1 << bits);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === 0) continue;
      const j = find(oldKeys[i]!);
      keys[j] = oldKeys[i]!;
      values[j] = oldValues[i]!;
    }
  };
  return {
    get(key) {
      const i = find(key);
      return keys[i] === 0 ? -1 : values[i]!;
    },
    set(key, value) {
      let i = find(key);
      if (keys[i] === 0) {
        if ((size + 1) * 2 > keys.length) {
          grow();
          i = find(key);
        }
        keys[i] = key;
        size++;
      }
      values[i] = value;
    },
    get size() {
      return size;
    },
    clear() {
      keys.fill(0);
      size = 0;
    },
  };
}
