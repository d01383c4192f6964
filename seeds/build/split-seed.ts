/**
 * Splits the scraped plan into units: headings and body sentences, each verbatim.
 * Pure: used by the corpus build and by the fidelity tests.
 */

/** One verbatim piece of the seed: a heading line or a body sentence. */
export interface SeedUnit {
  text: string;
  heading: boolean;
}

/** Front-matter titles that stand glued to other text in the scrape. */
export const FRONT_TITLES = [
  '浙江省人民政府办公厅关于印发浙江省公共服务“十四五”规划的通知',
  '浙江省公共服务“十四五”规划',
] as const;

/** Front-matter fragments after which the scrape glues the next piece without punctuation. */
const FRONT_BREAKS = ['来源：省政府办公厅', '（此件公开发布）'];

const CHAPTER = /^[一二三四五六七八九十]+、/;
const SECTION = /^（[一二三四五六七八九十]+）/;
// "1.5小时" and "43.5%" are numbers, not item headings: an item number is not followed by a digit.
const ITEM = /^\d{1,2}\.(?!\d)/;
/** Longest heading in the plan is ~30 characters; body sentences that start like a heading are far longer. */
const MAX_HEADING = 40;

/** True when a unit starts like a chapter, section or item heading. */
export function looksLikeHeading(text: string): boolean {
  return (CHAPTER.test(text) || SECTION.test(text) || ITEM.test(text)) && text.length <= MAX_HEADING;
}

/** Removes a heading's trailing full stop: paths carry headings as written, without it. */
export function headingText(text: string): string {
  return text.replace(/。$/, '');
}

function splitFrontMatter(piece: string): string[] {
  let parts = [piece];
  for (const title of FRONT_TITLES) {
    parts = parts.flatMap((p) => {
      // The plan title also occurs inside other sentences (《…》); split only where it stands alone.
      const at = p.indexOf(title);
      if (at < 0 || p[at - 1] === '《' || p[at + title.length] === '》' || p[at + title.length] === '的') return [p];
      return [p.slice(0, at), title, p.slice(at + title.length)];
    });
  }
  for (const mark of FRONT_BREAKS) {
    parts = parts.flatMap((p) => {
      const at = p.indexOf(mark);
      return at < 0 ? [p] : [p.slice(0, at + mark.length), p.slice(at + mark.length)];
    });
  }
  return parts.filter((p) => p.length > 0);
}

/** Splits a chapter line such as "一、总体要求（一）…回顾。" into its chapter and section headings. */
function splitHeadings(piece: string): string[] {
  if (!CHAPTER.test(piece)) return [piece];
  const at = piece.search(/（[一二三四五六七八九十]+）/);
  return at > 0 ? [piece.slice(0, at), piece.slice(at)] : [piece];
}

/** Every unit of the seed in reading order, duplicates included. */
export function splitSeed(seed: string): SeedUnit[] {
  const pieces = seed
    .split(/\n|(?<=[。；！？])/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const units: SeedUnit[] = [];
  for (const piece of pieces) {
    for (const part of splitFrontMatter(piece).flatMap(splitHeadings)) {
      const heading = (FRONT_TITLES as readonly string[]).includes(part) || looksLikeHeading(part);
      units.push({ text: part, heading });
    }
  }
  return units;
}

/** The distinct units of the seed, first occurrence order. */
export function uniqueUnits(seed: string): SeedUnit[] {
  const seen = new Set<string>();
  return splitSeed(seed).filter((u) => (seen.has(u.text) ? false : (seen.add(u.text), true)));
}
