/**
 * Query and corpus normalisation before segmentation: full-width → half-width, Traditional → Simplified,
 * lower case, collapsed whitespace. Stored clause text is never normalised; only the tokens are.
 */

/** A Traditional → Simplified character table (generated from opencc-js at build time). */
export type T2sTable = Record<string, string>;

/** Normalises text for tokenisation only. */
export function normalize(text: string, t2s: T2sTable): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) out += t2s[ch] ?? ch;
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}
