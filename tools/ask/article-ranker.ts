/**
 * Which article of a law or regulation answers a question, and how sure that is: the documents' search
 * (engine.documents.search, superseded versions never searched) gives candidate articles; each is described by a
 * few features general to legal text and to the question's analysis; a logistic model fitted pairwise at build time
 * on every labelled real item (tools/ask/build/fit-article-ranker.ts → tools/ask/data/article-ranker.json) orders
 * them; a second logistic model, the gate, decides from the best candidate whether to quote it: only above the fitted
 * threshold (a wrong article is worse than none). Pure.
 */
import type { Engine } from '../../retrieval/engine.ts';
import type { ArticleClause, DocumentEntry } from '../../retrieval/documents/library.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import { coverageProbability, decisionFeatures, type DecisionModel } from './decide.ts';
import { logistic, type LogisticModel } from './logistic.ts';

export { logistic, type LogisticModel };
import type { AskedAttribute, Question } from './question.ts';
import decisionModel from './data/decision-model.json' with { type: 'json' };

/**
 * What an article must say to answer each asked attribute: general legal Chinese for that kind of provision, never
 * a topic. Attributes not listed (a definition, a general question, a count, a ratio) have no cue.
 */
export const CUES: Partial<Record<AskedAttribute, RegExp>> = {
  procedure: /申请|提出|受理|办理|提交|审核|审批|登记|报送|告知|投诉|举报|仲裁|调解|申报/,
  condition: /条件|符合|下列|具备|可以申请|有权|享受|属于|认定为|纳入/,
  time: /日内|个月|年内|期限|之日起|最长|届满|期间|以上的|以下的/,
  amount: /标准|费用|免费|免收|补贴|补助|计发|支付|减免|收取|承担|报销|给予/,
  place: /部门|机构|所在地|受理|窗口|负责/,
  who: /负责|承担|缴纳|支付|部门|机构|用人单位|由/,
  yes_no: /应当|可以|有权|不得|享受|免费|给予/,
};

/**
 * The kinds of provision a question's wording asks for besides its asked attribute (question.ts reads one attribute
 * per clause: "交一年拿几个月" is a count, yet asks a time limit; "能领吗" a yes/no, yet asks a condition). General
 * Chinese question words for each kind, never a topic.
 */
const KIND_WORDS: readonly [AskedAttribute, RegExp][] = [
  ['condition', /能不能|能否|可不可以|算不算|有没有资格|能享受|能领|能申请|符合|资格|条件/],
  ['procedure', /怎么申请|如何申请|怎么办理|如何办理|怎么办|去哪|哪里办|流程|手续|材料|程序/],
  ['time', /多久|多长时间|几个月|几天|几年|期限|多长/],
  ['amount', /多少钱|标准|费用|怎么计算|怎么算|多少/],
  ['who', /谁|哪个部门|找哪|什么部门/],
];

/** The kinds of provision a question asks for that have a legal cue: its asked attribute, its other attributes, and KIND_WORDS's. */
export function askedKinds(q: Question): AskedAttribute[] {
  const kinds = new Set<AskedAttribute>([q.asked, ...q.alsoAsked.map((a) => a.asked)]);
  for (const [kind, words] of KIND_WORDS) if (words.test(q.simplified)) kinds.add(kind);
  return [...kinds].filter((k) => CUES[k] !== undefined);
}

/** Whether a text says one of the kinds of thing asked (a cue of one of `kinds`). */
function saysKind(kinds: readonly AskedAttribute[], text: string): boolean {
  return kinds.some((k) => CUES[k]!.test(text));
}

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

/** Chapters that state no one's rights or procedures: purposes and scope, penalties, entry into force. */
const GENERAL_CHAPTER = /总则|附则|法律责任|罚则/;

/** How many of the best articles are candidates (train side: recall@30 of the gold article, see the fit's report). */
export const CANDIDATES = 30;

/** The ranker's features of a candidate article, in the model's order; each is scaled to about 0–1. */
export const ARTICLE_FEATURES = [
  'scoreShare', // the article's search score / the best candidate's
  'rank', // 1 / (1 + rank among the candidates)
  'topicText', // IDF-weighted share of the question's topic groups named in the article's text
  'topicLead', // … in its first paragraph (款), where an article states the rule it is about
  'topicHeadings', // … in its chapter and section headings
  'topicTitle', // … in its document's title
  'topicAll', // 1 when every topic group is named somewhere (text, headings or title)
  'cueLead', // the asked attribute's legal cue (申请/受理 for a procedure, 日内/期限 for a time …) in the first paragraph
  'cueAny', // … anywhere in the article
  'provincial', // a Zhejiang regulation (a provincial rule is the one applied locally)
  'docVote', // the share of the candidates' scores that falls in this article's document
  'general', // in a general chapter (总则, 附则, 法律责任): purposes, penalties, dates
  'pairsText', // share of the question's content character pairs found in the article's text (laws' words, not the plan's)
  'pairsLead', // … in its first paragraph
  'pairsTitle', // … in its document title and headings
  'longestRun', // the longest run of the question's characters the article's text holds as written, /6 (at most 1): a term, not scattered characters
  'kindFirst', // the article's first sentence (its subject) says a kind of thing the question asks (askedKinds: its attribute or its wording's)
] as const;

/** One candidate's ranker features. */
export type ArticleFeatures = Record<(typeof ARTICLE_FEATURES)[number], number>;

/**
 * The gate's features of a question and its best-ranked article, in the model's order; each about 0–1. Chosen on
 * grouped CV of the train side (fit-article-ranker.ts): adding the asked attribute (one flag per kind), the topic's
 * weight or the best article's topic shares quoted no more gold articles at the same bound and moved the figures by
 * one or two items either way (noise at 55 answerable items). Session 6 round 2: with statesRule in front, the
 * margin over the second candidate took a negative weight and dropping it left the CV figures as they were.
 */
export const GATE_FEATURES = [
  'best', // the ranker's output for the best candidate (a pairwise score, near 1 for most best candidates: the gate's weight on it is ~0)
  'bestCueLead', // the best candidate's first paragraph says the kind of thing asked (申请/受理, 日内/期限 …)
  'bestTopicTitle', // the best candidate's document is about the topic (by its title)
  'bestRun', // the best candidate's longestRun: it names a term of the question as written
  'planCovers', // the decision model's probability that the plan speaks to the question (decide.ts)
  'asksIntent', // asks what will be done or provided (会…吗, 有没有, 希望: decide.ts): what a plan states, not a law
  'length', // log(1 + characters) / 5: a long letter tells a story, a short question names its point
] as const;

/** A question's gate features. */
export type GateFeatures = Record<(typeof GATE_FEATURES)[number], number>;

/** The fitted ranker and gate (tools/ask/data/article-ranker.json): quote when the gate's probability ≥ threshold. */
export interface ArticleRankerModel {
  ranker: LogisticModel;
  gate: LogisticModel & { threshold: number };
  /** Whether to name the DOCUMENT of the best article when no article is quoted (bestDocument); absent: never. */
  document?: LogisticModel & { threshold: number };
}

/**
 * The document gate's features: how sure the ranking is of the DOCUMENT of its best article (not of the article),
 * each about 0–1. Chosen on grouped CV over every labelled item (fit-article-ranker.ts, session 8): beside these, the
 * document's margin over the next one, its count of candidates, its candidates' headings naming the topic, the ranker's
 * probability mass and the best article being first each named no more right documents at the 80% bound (± 5 items).
 */
export const DOCUMENT_FEATURES = [
  'docShare', // the share of the candidates' search scores that falls in the best article's document (its docVote)
  'docTop3', // how many of the three best-ranked articles are in that document, / 3
  'docTitle', // IDF-weighted share of the question's topic groups its title names (the best article's topicTitle)
  'titleRun', // the longest run of the question's characters its title holds as written, / 4 (at most 1): 工伤 in 工伤保险条例
] as const;

/** A question's document gate features. */
export type DocumentFeatures = Record<(typeof DOCUMENT_FEATURES)[number], number>;

/** The document of the best-ranked article and the document gate's features (null: no candidate). */
export function documentFeatures(q: Question, ranked: readonly ArticleCandidate[]): { doc: DocumentEntry; x: DocumentFeatures } | null {
  const [best] = ranked;
  if (!best) return null;
  return {
    doc: best.doc,
    x: {
      docShare: best.features.docVote,
      docTop3: ranked.slice(0, 3).filter((c) => c.doc.id === best.doc.id).length / 3,
      docTitle: best.features.topicTitle,
      titleRun: Math.min(1, longestRun(q.simplified, best.doc.title) / 4),
    },
  };
}

/** A candidate article with its document, features and (once ranked) the ranker's probability. */
export interface ArticleCandidate {
  hit: ClauseHit;
  article: ArticleClause;
  doc: DocumentEntry;
  features: ArticleFeatures;
  probability: number;
}

/**
 * An article's search score from its matched sentences: the best in full, each further one half the one before, so
 * an article that says the topic in several sentences outranks one short line that happens to match.
 */
function articleScore(hit: ClauseHit): number {
  return hit.sentences.reduce((sum, s, i) => sum + s.score * 0.5 ** i, 0);
}

/** An article's first paragraph (款): where it states the rule it is about; later paragraphs and items qualify it. */
export function leadOf(article: ArticleClause): string {
  return article.text.split('\n')[0]!;
}

/**
 * The question's topic groups for the documents: its focus (plan words, everyday words with their plan terms) and
 * its words the plan never uses (试用期, 双倍工资), each with the names laws give it.
 */
export function topicGroups(q: Question): string[][] {
  const groups = [...q.focus.map((g) => [...g]), ...q.absent.map((a) => [a.word])];
  for (const g of groups) for (const w of [...g]) for (const [short, names] of Object.entries(LEGAL_NAMES)) if (w.includes(short)) g.push(...names);
  return groups;
}

/** The IDF-weighted share of the topic groups a text names (0 when there are none). */
export function namedShare(groups: readonly string[][], weights: readonly number[], text: string): number {
  let named = 0;
  let all = 0;
  groups.forEach((group, i) => {
    all += weights[i]!;
    if (group.some((w) => text.includes(w))) named += weights[i]!;
  });
  return all > 0 ? named / all : 0;
}

/** Characters that carry no topic (question words, pronouns, particles): a pair with one names nothing. */
const NON_CONTENT = /[^\u3400-\u9fff]|[我你他她它的了吗呢吧啊呀么是有能会要想在和与都还就又也请问些哪啥咋谁怎什多少该给这那个可以如何为一下时候们]/;

/** The question's content character pairs (adjacent CJK characters, neither a function character), each once. */
export function contentPairs(text: string): string[] {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) if (!NON_CONTENT.test(text[i]!) && !NON_CONTENT.test(text[i + 1]!)) pairs.add(text.slice(i, i + 2));
  return [...pairs];
}

/** The share of pairs a text contains (0 when there are none). */
function pairShare(pairs: readonly string[], text: string): number {
  return pairs.length ? pairs.filter((p) => text.includes(p)).length / pairs.length : 0;
}

/** The longest substring of `question` (CJK characters only) that `text` contains. */
export function longestRun(question: string, text: string): number {
  let longest = 0;
  for (let i = 0; i < question.length; i++) {
    let n = longest + 1;
    while (i + n <= question.length && /^[\u3400-\u9fff]+$/.test(question.slice(i, i + n)) && text.includes(question.slice(i, i + n))) longest = n++;
  }
  return longest;
}

/** The query the documents are searched with: the question and the names laws give its words (低保 → 最低生活保障). */
export function documentQuery(q: Question, engine: Engine, groups: readonly string[][]) {
  const names = [...new Set(groups.flat())].filter((w) => !q.simplified.includes(w));
  return names.length ? engine.prepare(`${q.text} ${names.join(' ')}`) : q.prepared;
}

/** The candidate articles of a question with their features (probability 0 until scored), best search score first. */
export function articleCandidates(q: Question, engine: Engine): ArticleCandidate[] {
  const library = engine.documents;
  if (!library || q.latin) return [];
  const groups = topicGroups(q);
  // A word the plan never uses counts as most specific (engine.idf gives it the highest weight).
  const weights = groups.map((g) => Math.max(...g.map((w) => engine.idf(w))));
  const cue = CUES[q.asked];
  const kinds = askedKinds(q);
  const pairs = contentPairs(q.simplified);
  const scored = library
    .search(documentQuery(q, engine, groups), CANDIDATES)
    .map((hit) => ({ hit, score: articleScore(hit) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  const total = scored.reduce((s, c) => s + c.score, 0);
  const byDoc = new Map<string, number>();
  for (const c of scored) byDoc.set(c.hit.doc!, (byDoc.get(c.hit.doc!) ?? 0) + c.score);
  return scored.flatMap(({ hit, score }, rank) => {
    const article = library.article(hit.id);
    const doc = article && library.document(article.doc);
    if (!article || !doc || doc.status !== 'in_force') return [];
    const lead = leadOf(article);
    const headings = article.path.slice(1).join(' ');
    const features: ArticleFeatures = {
      scoreShare: best > 0 ? score / best : 0,
      rank: 1 / (1 + rank),
      topicText: namedShare(groups, weights, article.text),
      topicLead: namedShare(groups, weights, lead),
      topicHeadings: namedShare(groups, weights, headings),
      topicTitle: namedShare(groups, weights, doc.title),
      topicAll: groups.length > 0 && namedShare(groups, weights, `${doc.title}${headings}${article.text}`) >= 1 ? 1 : 0,
      cueLead: cue?.test(lead) ? 1 : 0,
      cueAny: cue?.test(article.text) ? 1 : 0,
      provincial: doc.level === '浙江省' ? 1 : 0,
      docVote: total > 0 ? (byDoc.get(doc.id) ?? 0) / total : 0,
      general: GENERAL_CHAPTER.test(headings) ? 1 : 0,
      pairsText: pairShare(pairs, article.text),
      pairsLead: pairShare(pairs, lead),
      pairsTitle: pairShare(pairs, `${doc.title}${headings}`),
      longestRun: Math.min(1, longestRun(q.simplified, article.text) / 6),
      kindFirst: saysKind(kinds, firstSentence(article)) ? 1 : 0,
    };
    return [{ hit, article, doc, features, probability: 0 }];
  });
}

/** The candidates ranked by the ranker, highest first (`probability`: the ranker's output, an ordering score). */
export function rankCandidates(candidates: readonly ArticleCandidate[], ranker: LogisticModel): ArticleCandidate[] {
  return candidates.map((c) => ({ ...c, probability: logistic(c.features, ranker) })).sort((a, b) => b.probability - a.probability);
}

/** The gate's features of a question, given its ranked candidates and the plan's hits. */
export function gateFeatures(q: Question, ranked: readonly ArticleCandidate[], engine: Engine, planHits: readonly ClauseHit[]): GateFeatures {
  const [best] = ranked;
  const decision = planHits.length ? decisionFeatures(q, [...planHits], engine) : null;
  return {
    best: best?.probability ?? 0,
    bestCueLead: best?.features.cueLead ?? 0,
    bestTopicTitle: best?.features.topicTitle ?? 0,
    bestRun: best?.features.longestRun ?? 0,
    planCovers: decision ? coverageProbability(decision, decisionModel as DecisionModel) : 0,
    asksIntent: decision?.asksIntent ?? 0,
    length: Math.log1p(q.simplified.length) / 5,
  };
}

/**
 * Whether the question asks something an article states (its asked attribute has a legal cue): a definition, a count,
 * a ratio or a general question gets no article. Grouped CV of the train side: one fewer item no article answers
 * quoting one, no gold article fewer (fit-article-ranker.ts).
 */
export function asksRule(q: Question): boolean {
  return CUES[q.asked] !== undefined;
}

/** An article's first sentence (to its first 。, ； or line end): where a provision names what it rules on. */
export function firstSentence(article: ArticleClause): string {
  return article.text.split(/[。；\n]/)[0]!;
}

/**
 * The precision-first rule: the article's first sentence names every topic group of the question (or the name laws
 * give it; a group that only says the asked kind of thing, 最长 for a time, is no topic) AND says the kind of thing
 * asked (the attribute's legal cue); for an amount or a time asked, the article states a quantity (QUANTITY). An article that only mentions the topic
 * further down, or states something else about it, is not quoted whatever the ranker's confidence. Grouped CV of the
 * train side (fit-article-ranker.ts): alone it passes 2 gold, 1 other and 2 where none answers; with the gate the 3
 * wrong ones fall away (a plateau of thresholds, 0.50–0.82), without it the gate has no threshold worth quoting at.
 */
export function statesRule(q: Question, article: ArticleClause): boolean {
  const sentence = firstSentence(article);
  const cue = CUES[q.asked];
  if (cue === undefined) return false;
  // A word that only says the asked kind of thing (最长 for a time, 标准 for an amount) is what is asked, not the topic.
  const groups = topicGroups(q).filter((g) => !g.every((w) => cue.test(w)));
  // An amount or a time asked is stated only by an article that states a quantity (a sum, a multiple, a period).
  if ((q.asked === 'amount' || q.asked === 'time') && !QUANTITY.test(article.text)) return false;
  return groups.length > 0 && groups.every((g) => g.some((w) => sentence.includes(w))) && cue.test(sentence);
}

/**
 * A quantity as laws write one: a figure or a Chinese numeral with a unit of money, share or time (500元, 二倍, 六个月,
 * 十五日, 60日), or a multiple (…标准的二倍). Grouped CV, session 8: required of an article answering an amount or a
 * time, 9 → 3 items no article answers pass statesRule, no gold article lost (fit-article-ranker.ts --report, funnel).
 */
const QUANTITY = /(?:\d|[一二两三四五六七八九十百千])\s*(?:元|倍|%|个?月|日|天|年|周)|倍/;

/**
 * The article that answers the question and the gate's confidence in it (0 when its first sentence does not state
 * the rule asked about: statesRule), or null when the question asks no rule or there is no candidate. The caller quotes it only when `confidence` ≥ the model's threshold.
 */
export function bestArticle(q: Question, engine: Engine, planHits: readonly ClauseHit[], model: ArticleRankerModel): { candidate: ArticleCandidate; confidence: number; ranked: ArticleCandidate[] } | null {
  if (!asksRule(q)) return null;
  const ranked = rankCandidates(articleCandidates(q, engine), model.ranker);
  if (ranked.length === 0) return null;
  // An article whose first sentence does not state the rule asked about is never quoted (confidence 0).
  const confidence = statesRule(q, ranked[0]!.article) ? logistic(gateFeatures(q, ranked, engine, planHits), model.gate) : 0;
  return { candidate: ranked[0]!, confidence, ranked };
}

/**
 * The document that sets the rules asked about, when the ranking is sure of the DOCUMENT though not of an article:
 * the best-ranked article's document (in force: superseded versions are never candidates) and the document gate's
 * confidence, or null when the model has no document gate or there is no candidate. Named only when `confidence` ≥
 * the document gate's threshold.
 */
export function bestDocument(q: Question, ranked: readonly ArticleCandidate[], model: ArticleRankerModel): { doc: DocumentEntry; confidence: number } | null {
  const found = model.document && documentFeatures(q, ranked);
  return found ? { doc: found.doc, confidence: logistic(found.x, model.document!) } : null;
}
