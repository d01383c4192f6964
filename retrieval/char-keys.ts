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
  // Key and value side by side (key as int32, 0 for an empty slot), so a lookup reads one cache line.
  let cells = new Int32Array(2 << bits);
  let size = 0;
  const find = (key: number) => {
    const mask = (1 << bits) - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (cells[2 * i] !== 0 && cells[2 * i] !== key) i = (i + 1) & mask;
    return 2 * i;
  };
  const grow = () => {
    const old = cells;
    bits++;
    cells = new Int32Array(2 << bits);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      const j = find(old[i]!);
      cells[j] = old[i]!;
      cells[j + 1] = old[i + 1]!;
    }
  };
  return {
    get(key) {
      const i = find(key | 0);
      return cells[i] === 0 ? -1 : cells[i + 1]!;
    },
    set(key, value) {
      let i = find(key | 0);
      if (cells[i] === 0) {
        if ((size + 1) * 2 > cells.length / 2) {
          grow();
          i = find(key | 0);
        }
        cells[i] = key | 0;
        size++;
      }
      cells[i + 1] = value;
    },
    get size() {
      return size;
    },
    clear() {
      cells.fill(0);
      size = 0;
    },
  };
}
