/**
 * The article labels of real items (`reg-labels-*.jsonl`, `eval/unseen7/reg-labels.jsonl`; ../shared/eval/README.md
 * "reg-labels"): which article of a law or regulation answers an item. Read, named and judged here once for the
 * scripts that score article quoting (eval:articles, eval:heldout, eval:search), the article ranker's fit and the tests.
 */
import { readFileSync } from 'node:fs';
import { chineseNumeral } from '../retrieval/documents/legal-text.ts';
import type { DocumentLibrary } from '../retrieval/documents/library.ts';
import type { Answer } from '../tools/schemas/answer.ts';

/** One item's label: whether an article in force answers it, and 1–3 gold articles with a verbatim fragment. */
export interface RegLabel {
  id: string;
  reg_answerable: boolean;
  reg_gold: { file: string; article: string; fragment: string }[];
}

/** The labels of the given files (one JSON object a line), in file order. */
export function readRegLabels(...files: URL[]): RegLabel[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as RegLabel),
  );
}

/** The labels of the given files by item id. */
export function regLabelsById(...files: URL[]): Map<string, RegLabel> {
  return new Map(readRegLabels(...files).map((l) => [l.id, l]));
}

/** The article id (`<doc>:<n>`) a gold entry names: the id of the document its file holds, and its 第X条 as a number. */
export function goldArticleId(library: DocumentLibrary, gold: { file: string; article: string }): string {
  return `${library.documents.find((d) => d.file === gold.file)?.id}:${chineseNumeral(gold.article.replace(/^第|条$/g, ''))}`;
}

/** The gold article ids of a label, best first. */
export function goldArticleIds(library: DocumentLibrary, label: RegLabel): string[] {
  return label.reg_gold.map((g) => goldArticleId(library, g));
}

/** What an answer's article citations are worth against a label. */
export interface ArticleQuotes {
  /** The ids of the articles of laws and regulations the answer cites, in citation order (a document's notes, `<doc>:0`, are no article). */
  cited: string[];
  /** How many citations of documents the answer has (articles and notes). */
  quotes: number;
  /** How many of those quotes are found verbatim in the cited clause. */
  verbatim: number;
  /** The documents the answer names without citing an article of theirs (tools/ask/articles.ts documentSection: only their notes). */
  named: string[];
  /** Whether one of those documents holds a gold article. */
  namedGold: boolean;
  /** How many cite a version no longer in force. */
  superseded: number;
  /** Whether one of the cited articles is a gold one. */
  gold: boolean;
}

/** The article citations of an answer judged against an item's label. */
export function judgeArticleQuotes(library: DocumentLibrary, a: Answer, label: RegLabel): ArticleQuotes {
  const quoted = a.citations.filter((c) => c.doc && c.doc !== 'plan');
  const articles = quoted.filter((c) => !c.id.endsWith(':0'));
  const gold = goldArticleIds(library, label);
  const named = [...new Set(quoted.filter((c) => c.id.endsWith(':0') && !articles.some((x) => x.doc === c.doc)).map((c) => c.doc!))];
  return {
    cited: articles.map((c) => c.id),
    quotes: quoted.length,
    verbatim: quoted.filter((c) => library.article(c.id)?.text.includes(c.quote) ?? false).length,
    named,
    namedGold: named.some((d) => gold.some((g) => g.startsWith(`${d}:`))),
    superseded: quoted.filter((c) => library.document(c.doc!)?.status !== 'in_force').length,
    gold: articles.some((c) => gold.includes(c.id)),
  };
}

/** Article quotes and named documents over a set of answers, against their labels (eval:articles, eval:heldout). */
export type ArticleTally = Record<'answerable' | 'quotesGold' | 'quotesOther' | 'notAnswerable' | 'quotesAnyway' | 'quotes' | 'verbatim' | 'superseded' | 'names' | 'namesGold' | 'namesAnyway', number>;

/** A tally of no answers. */
export const emptyArticleTally = (): ArticleTally => ({ answerable: 0, quotesGold: 0, quotesOther: 0, notAnswerable: 0, quotesAnyway: 0, quotes: 0, verbatim: 0, superseded: 0, names: 0, namesGold: 0, namesAnyway: 0 });

/** Adds one answer's judged article citations to a tally. */
export function tallyArticleQuotes(t: ArticleTally, judged: ArticleQuotes, label: RegLabel): void {
  t.quotes += judged.quotes;
  t.verbatim += judged.verbatim;
  t.superseded += judged.superseded;
  if (judged.named.length) {
    if (!label.reg_answerable) t.namesAnyway++;
    else (t.names++, judged.namedGold && t.namesGold++);
  }
  if (label.reg_answerable) {
    t.answerable++;
    if (judged.gold) t.quotesGold++;
    else if (judged.cited.length) t.quotesOther++;
  } else {
    t.notAnswerable++;
    if (judged.cited.length) t.quotesAnyway++;
  }
}

