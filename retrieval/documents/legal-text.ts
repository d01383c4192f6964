/**
 * The reader for structured legal texts (法律、法规 as LawRefBook/Laws keeps them): `# 标题`, lines on adoption and
 * amendments, `<!-- INFO END -->`, then `## 第X章 …` chapters, optional `### 第X节 …` sections, and articles
 * (条) that each begin a line with `第X条` and a space and run over paragraphs (款) and lists (项) until the next
 * article or heading. One article is one clause. Pure: a string in, articles out.
 */

/** One article (条): its number, its label as written, its chapter and section headings, its text verbatim. */
export interface Article {
  /** The article's number (第十一条 → 11). */
  number: number;
  /** The label as written at the start of the line, e.g. "第十一条". */
  label: string;
  /** Chapter and section headings above it, as written (the `#` marks dropped), outermost first; empty when the text has none. */
  headings: string[];
  /** The article's text after its label: paragraphs (款) joined by "\n", each verbatim from the file. */
  text: string;
}

/** A legal text read into its title, its notes on adoption and amendments, and its articles in order. */
export interface LegalText {
  title: string;
  /** The lines between the title and `<!-- INFO END -->`: adoption and amendment notes, never article text. */
  notes: string[];
  articles: Article[];
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral as written in legal numbering (十一, 二十, 一百零三, 一百一十) → its value; NaN if it is not one. */
export function chineseNumeral(s: string): number {
  if (s.length === 0) return Number.NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    // 零 only marks a gap (一百零三): it adds nothing.
    if (ch === '零' || ch === '〇') continue;
    if (ch in DIGITS) {
      if (digit >= 0) return Number.NaN;
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      // A bare unit (十 in 十一) counts one of it.
      total += (digit < 0 ? 1 : digit) * UNITS[ch]!;
      digit = -1;
    } else return Number.NaN;
  }
  return total + (digit > 0 ? digit : 0);
}

/** The start of an article line: its label and the space after it (ASCII or full-width). */
const ARTICLE_LINE = /^(第([零〇一二两三四五六七八九十百千]+)条)[ \u3000]+/;
/** A chapter or section heading line. */
const HEADING_LINE = /^(#{2,4})\s+(.*)$/;
const INFO_END = '<!-- INFO END -->';

/**
 * Reads one file. The structure, not a line prefix, decides: a line beginning `第X条` starts an article only when X is
 * the next number in order (a quoted `第X条` inside an article's text stays text). Throws on a file that does not
 * follow the format (no title, no INFO END), so a malformed new document fails the build, never the answers.
 */
export function readLegalText(markdown: string): LegalText {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const titleAt = lines.findIndex((l) => l.startsWith('# '));
  const infoEnd = lines.findIndex((l) => l.trim() === INFO_END);
  if (titleAt < 0 || infoEnd < titleAt) throw new Error('legal text: no "# title" line before "<!-- INFO END -->"');
  const title = lines[titleAt]!.slice(2).trim();
  const notes = lines.slice(titleAt + 1, infoEnd).map((l) => l.trim()).filter(Boolean);
  const articles: Article[] = [];
  const headings: string[] = [];
  let current: { article: Article; paragraphs: string[] } | null = null;
  const close = () => {
    if (current) current.article.text = current.paragraphs.join('\n');
    current = null;
  };
  for (const line of lines.slice(infoEnd + 1)) {
    const heading = HEADING_LINE.exec(line);
    if (heading) {
      close();
      // `##` is a chapter (headings[0]), `###` a section (headings[1]), `####` anything below.
      const depth = heading[1]!.length - 2;
      headings.length = depth;
      headings[depth] = heading[2]!.trim();
      continue;
    }
    const start = ARTICLE_LINE.exec(line);
    if (start && chineseNumeral(start[2]!) === articles.length + 1) {
      close();
      const article: Article = { number: articles.length + 1, label: start[1]!, headings: headings.filter(Boolean), text: '' };
      articles.push(article);
      current = { article, paragraphs: [line.slice(start[0].length).trimEnd()] };
      continue;
    }
    // Blank lines separate paragraphs; one source file has a lone zero-width space before its first chapter.
    if (line.replace(/\u200b/g, '').trim() === '') continue;
    if (!current) throw new Error(`legal text ${title}: text outside any article: ${line.slice(0, 40)}`);
    (current as { paragraphs: string[] }).paragraphs.push(line.trimEnd());
  }
  close();
  return { title, notes, articles };
}

/** Splits an article's text into its sentences, verbatim: at each paragraph break and after 。！？；. */
export function articleSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split('\n')) {
    for (const m of paragraph.matchAll(/[^。！？；]+[。！？；]*|[。！？；]+/g)) if (m[0].trim()) sentences.push(m[0]);
  }
  return sentences;
}
