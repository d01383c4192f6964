/**
 * The rules beside the plan in an answer: when the question asks for a condition, a procedure, an office, a time
 * limit or an amount, the article of a law or regulation that sets it is quoted after what the plan says, naming
 * the document and its version, with the caveat that the version in force governs. Only an article that
 * confidently answers is quoted (a wrong article is worse than none): it must be among the best articles found for
 * the question, say every topic word of the question (in its text, headings or title), and say the kind of thing
 * asked (申请/受理 for a procedure, 日内/期限 for a time …). A provincial article comes before a national one that
 * scores about as well. Superseded versions are never searched here. Pure.
 */
import type { Engine } from '../../retrieval/engine.ts';
import { chineseDate } from '../../retrieval/documents/catalog.ts';
import type { ArticleClause } from '../../retrieval/documents/library.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Citation } from '../schemas/citation.ts';
import { RULES_CAVEAT, rulesLine } from '../wording.ts';
import { hasFigure } from './figures.ts';
import type { AskedAttribute, Question } from './question.ts';

/** The rules section of an answer draft: its lines (`[+k]` marks its k-th citation) and citations. */
export interface RulesSection {
  lines: string[];
  citations: Omit<Citation, 'n'>[];
}

/**
 * What an article must say to answer each asked attribute: general legal Chinese for that kind of provision, never
 * a topic. Attributes not listed (a definition, a general question, a count, a ratio) get no article.
 */
const CUES: Partial<Record<AskedAttribute, RegExp>> = {
  procedure: /申请|提出|受理|办理|提交|审核|审批|登记|报送|告知|投诉|举报|仲裁|调解|申报/,
  condition: /条件|符合|下列|具备|可以申请|有权|享受|属于|认定为|纳入/,
  time: /日内|个月|年内|期限|之日起|最长|届满|期间|以上的|以下的/,
  amount: /标准|费用|免费|免收|补贴|补助|计发|支付|减免|收取|承担|报销|给予/,
  place: /部门|机构|所在地|受理|窗口|负责/,
  who: /负责|承担|缴纳|支付|部门|机构|用人单位|由/,
  yes_no: /应当|可以|有权|不得|享受|免费|给予/,
};

/**
 * Everyday abbreviations and the names laws give the same thing (general Chinese, not topics of any one question):
 * laws write 最低生活保障 where people say 低保. Added to the search and accepted as naming the topic.
 */
const LEGAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  低保: ['最低生活保障'],
  五保: ['特困人员'],
  医保: ['医疗保险', '医疗保障'],
  社保: ['社会保险'],
  养老金: ['基本养老金', '养老保险'],
  失业金: ['失业保险金'],
  失业险: ['失业保险'],
  工伤险: ['工伤保险'],
  生育险: ['生育保险'],
  法援: ['法律援助'],
  欠薪: ['拖欠工资', '拖欠劳动报酬'],
  辞退: ['解除劳动合同'],
  开除: ['解除劳动合同'],
  赔偿金: ['经济补偿', '赔偿金'],
  补偿金: ['经济补偿'],
  残疾证: ['残疾人证'],
  暂住证: ['居住证'],
};

/**
 * The share of the question's topic (IDF-weighted) an article must name: all of it. On the train side of the real items,
 * 0.6–0.8 quoted one or two more gold articles but three times as many wrong ones.
 */
const TOPIC_SHARE = 1;

/**
 * An article's score from its matched sentences: the best in full, each further one half the one before, so an
 * article that says the topic in several sentences outranks one short line that happens to match (measured on the
 * train side of the real items: the gold article first 4 times against 3 by the best sentence alone).
 */
function articleScore(hit: ClauseHit): number {
  return hit.sentences.reduce((sum, s, i) => sum + s.score * 0.5 ** i, 0);
}

/** How many of the best articles are considered. */
const CANDIDATES = 30;
/** An article must score at least this share of the best article's score (train side: 0.75 quoted two more wrong articles, no more gold). */
const MIN_SHARE = 0.9;
/** A provincial article is preferred over a better-scoring national one when it scores at least this share of it. */
const PROVINCIAL_SHARE = 0.8;
/** Longest quote shown in the answer text; a longer paragraph is quoted by its best sentence. */
const MAX_QUOTE = 160;

/**
 * An article's first paragraph (款): where an article states the rule it is about ("申请最低生活保障，由…提出"); later
 * paragraphs and items qualify it. The asked kind of thing must be said here, not in passing further down.
 */
function leadOf(article: ArticleClause): string {
  return article.text.split('\n')[0]!;
}

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
 * The question's topic groups for the documents: its focus (plan words, everyday words with their plan terms) and
 * its words the plan never uses (试用期, 双倍工资), each with the names laws give it.
 */
function topicGroups(q: Question): string[][] {
  const groups = [...q.focus.map((g) => [...g]), ...q.absent.map((a) => [a.word])];
  for (const g of groups) for (const w of [...g]) for (const [short, names] of Object.entries(LEGAL_NAMES)) if (w.includes(short)) g.push(...names);
  return groups;
}

/**
 * How much of the question's topic the article names (in its text, headings or document title): the share of the
 * topic groups it names, each weighted by how specific its word is (IDF over the plan's sentences; a word the plan
 * never uses counts as most specific).
 */
function topicShare(groups: readonly string[][], weights: readonly number[], article: ArticleClause, title: string): number {
  const where = `${title}${article.path.join('')}${article.text}`;
  let named = 0;
  let all = 0;
  groups.forEach((group, i) => {
    all += weights[i]!;
    if (group.some((w) => where.includes(w))) named += weights[i]!;
  });
  return all > 0 ? named / all : 0;
}



/**
 * The article that answers the question, as the rules section of the draft, or null when none confidently does
 * (or there are no documents). `planHits` are the plan's hits (unused for now beyond there being an answer).
 */
export function findRules(q: Question, engine: Engine): RulesSection | null {
  const cue = CUES[q.asked];
  const library = engine.documents;
  if (!cue || !library || q.latin) return null;
  const groups = topicGroups(q);
  const names = [...new Set(groups.flat())].filter((w) => !q.simplified.includes(w));
  const query = names.length ? engine.prepare(`${q.text} ${names.join(' ')}`) : q.prepared;
  const hits = library
    .search(query, CANDIDATES)
    .map((h) => ({ hit: h, score: articleScore(h) }))
    .sort((a, b) => b.score - a.score);
  const best = hits[0]?.score ?? 0;
  const weights = groups.map((g) => Math.max(...g.map((w) => engine.idf(w))));
  const passing = hits.filter(({ hit, score }) => {
    const article = library.article(hit.id)!;
    const doc = library.document(article.doc)!;
    return score >= MIN_SHARE * best && doc.status === 'in_force' && topicShare(groups, weights, article, doc.shortTitle) >= TOPIC_SHARE && cue.test(leadOf(article));
  });
  if (passing.length === 0) return null;
  const top = passing[0]!;
  const provincial = passing.find(({ hit, score }) => library.document(hit.doc!)!.level === '浙江省' && score >= PROVINCIAL_SHARE * top.score);
  return sectionFor(q, (provincial ?? top).hit, engine, groups, cue);
}

/** Whether a text's figures are in the unit a question asks for (question.ts `unit`). */
function fitsUnit(text: string, unit: string): boolean {
  if (unit.startsWith('元')) return /\d[\d.,]*\s*(?:元|万元)/.test(text);
  if (unit === '%') return /\d\s*%/.test(text);
  if (unit === '天' || unit === '日' || unit === '年') return /\d+\s*(?:日|天|个月|月|年|周)/.test(text);
  return false;
}

/** The lines and citation quoting one article. */
function sectionFor(q: Question, hit: ClauseHit, engine: Engine, groups: readonly string[][], cue: RegExp): RulesSection {
  const library = engine.documents!;
  const article = library.article(hit.id)!;
  const doc = library.document(article.doc)!;
  // The sentences that say the asked kind of thing of the topic first (in the article's order), then the rest as they
  // matched; when the question asks for no figure, the first whose quote has none.
  const says = (s: string) => cue.test(s) && groups.some((g) => g.some((w) => s.includes(w)));
  const sentences = [...article.sentences.filter(says), ...hit.sentences.map((s) => s.text)];
  // A quote's figures may be shown only when they measure what was asked (元 for an amount, a day, month or year for a
  // time): "0－6岁" is no answer to "每月发多少钱".
  const fits = (text: string) => !hasFigure(text) || (q.unit !== null && fitsUnit(text, q.unit));
  const sentence = sentences.find((s) => fits(quoteOf(article, s))) ?? sentences[0] ?? article.text;
  const quote = quoteOf(article, sentence);
  const showQuote = fits(quote);
  // The version's date is a figure of the answer: it is quoted from the document's own notes (clause `<doc>:0`).
  const notes = library.article(`${doc.id}:0`);
  const dated = notes?.sentences.find((n) => n.startsWith(chineseDate(doc.versionDate)));
  const source = { doc: doc.id, docTitle: doc.title, versionDate: doc.versionDate };
  return {
    lines: [rulesLine(doc.title, dated && doc.versionNote ? { note: doc.versionNote, marker: '[+1]' } : null, article.label, showQuote ? quote : null, '[+0]'), RULES_CAVEAT],
    citations: [
      { id: article.id, path: article.path, quote, ...source, label: article.label },
      ...(notes && dated && doc.versionNote ? [{ id: notes.id, path: notes.path, quote: dated, ...source, label: notes.label }] : []),
    ],
  };
}
