/**
 * Figures in a text, as a reader would count them: Arabic numbers (full-width folded, with their decimals and %)
 * and Chinese-numeral quantities (三分之二, 百分之九十, 两千元, 一、二级). One detector for the composer, the chat,
 * the model check and the eval, so "no figure the citation lacks" means the same everywhere.
 */

import { PLAN_PERIOD } from '../wording.ts';

const ARABIC = /(?<![\d.])\d+(?:\.\d+)?%?/g;
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿]';
// A numeral counts as a figure with a unit after it, or as a fraction or percentage; a bare 一 before a
// measure word is an article ("一个问题", "一项服务"), not a figure.
const CHINESE = new RegExp(
  `百分之${NUMERAL}+|${NUMERAL}+分之${NUMERAL}+|${NUMERAL}+(?:[、和至到—-]${NUMERAL}+)*(?:万元|亿元|[个家所项处成倍级岁周年月天元人名])`,
  'g',
);

/** The plan's period as the fixed caveat writes it, folded as `plain` folds text. */
const PERIOD = PLAN_PERIOD.normalize('NFKC');

/**
 * Text with [n] markers removed, full-width characters folded (１０％ → 10%) and the plan's period as the fixed
 * caveat writes it (PLAN_PERIOD, "“十四五”时期（2021—2025年）") taken out: that phrase is the same in every answer
 * and answers nothing asked, so its years are no figure of the answer — for the composer, the model check and
 * the eval alike. Only that exact phrase: "2025年" anywhere else is a figure.
 */
function plain(text: string): string {
  return text.normalize('NFKC').split(PERIOD).join(' ').replace(/\[\d+\]/g, ' ').replace(VERSION_NAMED, '》 ');
}

/**
 * A law's version as an answer names it right after its title, "《浙江省社会救助条例》(2020年9月24日修正)" (folded):
 * the date says which text is quoted (../shared/docs/README.md asks for it; the action may be ordinal, 第三次修正, as
 * catalog.ts versionNoteOf writes it) and answers nothing asked, so, like the
 * plan's period, it is no figure of the answer. Only right after a title's closing 》; a date anywhere else counts.
 */
const VERSION_NAMED = /》\(\d{4}年\d{1,2}月\d{1,2}日(?:(?:第[一二三四五六七八九十]+次)?(?:修正|修订|通过|公布|发布|施行))? ?\)/g;

/** Every figure in the text, in order. */
export function figuresIn(text: string): string[] {
  const t = plain(text);
  const chinese = (t.match(CHINESE) ?? []).filter((f) => !/^一[个项家所处位名条]$/.test(f));
  return [...(t.match(ARABIC) ?? []), ...chinese];
}

/** True when the text has any figure. */
export function hasFigure(text: string): boolean {
  let has = figureFound.get(text);
  if (has === undefined) {
    has = figuresIn(text).length > 0;
    // The composer asks this of the same plan sentences and windows for every question; a full memo starts over.
    if (text.length <= MAX_REMEMBERED_CHARS) {
      if (figureFound.size >= MAX_REMEMBERED) figureFound.clear();
      figureFound.set(text, has);
    }
  }
  return has;
}
/** hasFigure's answers so far (a pure function of the text). */
const figureFound = new Map<string, boolean>();
/** Texts remembered at most (the plan's sentences and their windows are a few thousand), and their longest: at most a
 * few MiB held, whatever people send. */
const MAX_REMEMBERED = 8192;
const MAX_REMEMBERED_CHARS = 300;

/** Whether `source` states the figure: "5" is not supported by "25万人", nor "2.5" by "12.5%". */
export function supportsFigure(source: string, figure: string): boolean {
  const s = plain(source);
  if (!/^\d/.test(figure)) return s.includes(figure);
  const escaped = figure.replace(/[.%]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d])`).test(s);
}

/** Figures in `text` that `source` does not state; `allowed` lists referral numbers such as the 12345 hotline. */
export function unsupportedFigures(text: string, source: string, allowed: ReadonlySet<string> = new Set()): string[] {
  return figuresIn(text).filter((f) => !allowed.has(f) && !supportsFigure(source, f));
}
