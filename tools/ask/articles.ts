/**
 * The rules beside the plan in an answer: the article of a law or regulation that answers the question, quoted
 * after what the plan says (or, when the plan does not cover the question, in its referral), naming the document and
 * its version, with the caveat that the version in force governs. The article is the best of the documents' search
 * as the fitted ranker orders it, and is quoted only when the fitted gate is confident (tools/ask/article-ranker.ts,
 * tools/ask/data/article-ranker.json: a wrong article is worse than none). Superseded versions are never searched
 * here. Pure.
 */
import type { Engine } from '../../retrieval/engine.ts';
import { chineseDate } from '../../retrieval/documents/catalog.ts';
import type { ArticleClause, DocumentEntry, DocumentLibrary } from '../../retrieval/documents/library.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Citation } from '../schemas/citation.ts';
import { documentLine, noMatchWithRulesText, RULES_CAVEAT, rulesLine } from '../wording.ts';
import { bestArticle, bestDocument, CUES, topicGroups, type ArticleRankerModel } from './article-ranker.ts';
import { hasFigure } from './figures.ts';
import type { Question } from './question.ts';
import articleRanker from './data/article-ranker.json' with { type: 'json' };

/** The rules section of an answer draft: its lines (`[+k]` marks its k-th citation) and citations. */
export interface RulesSection {
  lines: string[];
  citations: Omit<Citation, 'n'>[];
}

const MODEL = articleRanker as ArticleRankerModel;

/** Longest quote shown in the answer text; a longer paragraph is quoted by its best sentence. */
const MAX_QUOTE = 160;

/**
 * What to quote for a matched sentence: its paragraph (款), or the sentence alone when the paragraph is too long. A
 * paragraph that introduces a list ("…应当提交下列材料：") is quoted with as many of its items (项) as fit, and an
 * item is quoted under the paragraph that introduces it: an item alone ("（一）工伤认定申请表；") says nothing.
 * Always a verbatim substring of the article's text (paragraphs joined by "\n", as stored).
 */
function quoteOf(article: ArticleClause, sentence: string): string {
  const paragraphs = article.text.split('\n');
  let at = paragraphs.findIndex((p) => p.includes(sentence));
  if (at < 0) return sentence;
  const isItem = (p: string) => /^[（(][一二三四五六七八九十]+[)）]/.test(p);
  while (at > 0 && isItem(paragraphs[at]!)) at--;
  let quote = paragraphs[at]!;
  if (quote.length > MAX_QUOTE) return sentence;
  if (/[：:]$/.test(quote)) {
    for (let i = at + 1; i < paragraphs.length && isItem(paragraphs[i]!) && quote.length + paragraphs[i]!.length < MAX_QUOTE; i++) quote += `\n${paragraphs[i]}`;
  }
  return quote;
}

/**
 * The article that answers the question, as the rules section of a draft, or null when the gate is not confident
 * enough (or there are no documents). `planHits` are the plan's hits for the question (the gate reads how well the
 * plan covers it). `inReferral`: the section goes into a no_match referral, which states no figure (CONTRACT.md),
 * so a quote with a figure is left to the citation.
 */
export function findRules(q: Question, engine: Engine, planHits: readonly ClauseHit[], inReferral = false, model: ArticleRankerModel = MODEL): RulesSection | null {
  const found = rankedArticles(q, engine, planHits, model);
  return found && found.confidence >= model.gate.threshold ? sectionFor(q, found.candidate.hit, engine, inReferral) : null;
}

/** The best article and the gate's confidence in it, or null when the gate is shut, there are no documents or the question is not Chinese. */
function rankedArticles(q: Question, engine: Engine, planHits: readonly ClauseHit[], model: ArticleRankerModel): ReturnType<typeof bestArticle> {
  return !gateCanOpen(model) || !engine.documents || q.latin ? null : bestArticle(q, engine, planHits, model);
}

/**
 * The rules section of an answer that leaves the question to the rules (a no_match referral, or a partial answer that
 * says what the plan leaves out): the article that answers it when the gate is confident (findRules), else the
 * DOCUMENT that sets such rules when the document gate is confident of it (its best-ranked article's document), named
 * with its version and no article (documentSection), else null.
 */
export function rulesOrDocument(q: Question, engine: Engine, planHits: readonly ClauseHit[], inReferral: boolean, model: ArticleRankerModel = MODEL): RulesSection | null {
  const found = rankedArticles(q, engine, planHits, model);
  if (!found) return null;
  if (found.confidence >= model.gate.threshold) return sectionFor(q, found.candidate.hit, engine, inReferral);
  const doc = bestDocument(q, found.ranked, model);
  return doc && doc.confidence >= model.document!.threshold ? documentSection(doc.doc, engine.documents!) : null;
}

/**
 * The line naming a document and its version, citing the note that dates the version (`<doc>:0`); a document whose
 * notes do not carry its version's date is named as the collection's version (UNDATED_VERSION: no date the text could
 * not support), citing its latest note; with no notes, the line has no citation. States no article and no other figure.
 */
export function documentSection(doc: DocumentEntry, library: DocumentLibrary): RulesSection {
  const { notes, dated, source } = versionNote(doc, library);
  const quote = dated ?? notes?.sentences.at(-1);
  return {
    lines: [documentLine(doc.title, dated ? doc.versionNote! : null, quote ? '[+0]' : null)],
    citations: notes && quote ? [{ id: notes.id, path: notes.path, quote, ...source, label: notes.label }] : [],
  };
}

/**
 * Whether any article can pass the gate: its confidence is a logistic, below 1 (it rounds to 1 only past z ≈ 37, far
 * beyond what the gate's bounded features reach), so at a threshold of 1 (the gate shut) nothing passes and the
 * documents need not be searched at all (the search is most of findRules's time).
 */
export function gateCanOpen(model: ArticleRankerModel = MODEL): boolean {
  return model.gate.threshold < 1;
}

/** Whether a text's figures are in the unit a question asks for (question.ts `unit`). */
function fitsUnit(text: string, unit: string): boolean {
  if (unit.startsWith('元')) return /\d[\d.,]*\s*(?:元|万元)/.test(text);
  if (unit === '%') return /\d\s*%/.test(text);
  // Laws write their time limits in Chinese numerals (六个月, 十五日内).
  if (unit === '天' || unit === '日' || unit === '年') return /(?:\d+|[一二两三四五六七八九十百]+)\s*(?:日|天|个月|月|年|周)/.test(text);
  return false;
}

/**
 * A document's notes (clause `<doc>:0`), the note dating its version when the document records one (its version's date
 * is a figure of the answer, so it is quoted from there), and the fields every citation of the document carries.
 */
function versionNote(doc: DocumentEntry, library: DocumentLibrary) {
  const notes = library.article(`${doc.id}:0`);
  const dated = doc.versionNote ? notes?.sentences.find((n) => n.startsWith(chineseDate(doc.versionDate))) : undefined;
  return { notes, dated, source: { doc: doc.id, docTitle: doc.title, versionDate: doc.versionDate } };
}

/** The lines and citation quoting one article. */
function sectionFor(q: Question, hit: ClauseHit, engine: Engine, inReferral: boolean): RulesSection {
  const library = engine.documents!;
  const groups = topicGroups(q);
  const cue = CUES[q.asked];
  const article = library.article(hit.id)!;
  const doc = library.document(article.doc)!;
  // The sentences that say the asked kind of thing of the topic first (in the article's order), then the rest as they
  // matched; when the question asks for no figure, the first whose quote has none.
  const says = (s: string) => (cue?.test(s) ?? false) && groups.some((g) => g.some((w) => s.includes(w)));
  const sentences = [...article.sentences.filter(says), ...hit.sentences.map((s) => s.text)];
  // A quote's figures may be shown only when they measure what was asked (元 for an amount, a day, month or year for a
  // time): "0－6岁" is no answer to "每月发多少钱".
  const fits = (text: string) => !hasFigure(text) || (q.unit !== null && fitsUnit(text, q.unit));
  const sentence = sentences.find((s) => fits(quoteOf(article, s))) ?? sentences[0] ?? article.text;
  const quote = quoteOf(article, sentence);
  // A referral states no figure (CONTRACT.md, no_match): a quote with one is left to the citation, the article named.
  const showQuote = inReferral ? !hasFigure(quote) : fits(quote);
  // The version's date is a figure of the answer: it is quoted from the document's own notes (clause `<doc>:0`).
  const { notes, dated, source } = versionNote(doc, library);
  return {
    lines: [rulesLine(doc.title, dated ? { note: doc.versionNote!, marker: '[+1]' } : null, article.label, showQuote ? quote : null, '[+0]'), RULES_CAVEAT],
    citations: [
      { id: article.id, path: article.path, quote, ...source, label: article.label },
      ...(notes && dated ? [{ id: notes.id, path: notes.path, quote: dated, ...source, label: notes.label }] : []),
    ],
  };
}

/**
 * A no_match referral that quotes the article the plan leaves the question to: the plan does not set it, the article
 * (its markers numbered from 1), the caveat, then the office as any referral names it.
 */
export function rulesReferral(rules: RulesSection, office: string | null): { answer: string; citations: Citation[] } {
  const lines = rules.lines.map((l) => l.replace(/\[\+(\d+)\]/g, (_, k: string) => `[${Number(k) + 1}]`));
  return { answer: noMatchWithRulesText(office, lines), citations: rules.citations.map((c, i) => ({ ...c, n: i + 1 })) };
}
