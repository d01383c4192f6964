/**
 * Search: score sentences with BM25 over the Orama index for a prepared query's tokens, add each clause's
 * best matching everyday phrasing, rank clauses by their best sentence plus that phrasing. Pure: the index,
 * lexicon and tables come in as arguments.
 */
import type { AnyOrama } from '@orama/orama';
import type { Corpus } from './corpus.ts';
import type { Vocabulary } from './expand.ts';
import type { T2sTable } from './normalize.ts';
import type { Phrasings } from './phrasings.ts';
import { RELEVANCE, type Scorer } from './scorer.ts';
import { prepareQuery, type PreparedQuery } from './prepare.ts';
import type { Lexicon } from './segment.ts';
import type { SentenceTokens } from './sentences.ts';
import type { Term, Terms } from './terms.ts';
import type { Idf } from './idf.ts';
import { rankFeatures, rankQuery, rankValue, RERANK_HEAD, type RankerModel } from './rerank.ts';
import type { Clause } from './schemas/clause.ts';

/** A sentence of the plan that matched, with its BM25 score and the data the answer composer reads. */
export interface SentenceHit {
  text: string;
  score: number;
  /** Sentence id, `clauseId#n`. */
  sid: string;
  /** Position of the sentence within its clause, from 0. */
  index: number;
  /** The sentence's tokens (words, bigrams, characters, figures), segmented once per engine (sentences.ts). */
  tokens: ReadonlySet<string>;
}

/** A clause that matched: the public Clause plus its score and the sentences that matched, best first. */
export interface ClauseHit extends Clause {
  /**
   * Best sentence's score plus PHRASING_WEIGHT × the best phrasing's score; for the re-ranked head (rerank.ts), the
   * best clause's score × e^(ranker value − best value). Always best first.
   */
  score: number;
  /** Only the plan's own sentences, verbatim; a clause found through a phrasing alone lists its sentences in order with score 0. */
  sentences: SentenceHit[];
  /** The everyday phrasing (相似问法) that matched, when one did; never a quote. */
  phrasing?: string;
}

/** What a search needs; built once at start-up. */
export interface SearchDeps {
  corpus: Corpus;
  /** The Orama index of the plan's sentences (absent for the documents' compact index). */
  index?: AnyOrama;
  /** BM25 over `index` (scorer.ts). */
  scorer: Scorer;
  lexicon: Lexicon;
  t2s: T2sTable;
  vocab: Vocabulary;
  sentenceTokens: SentenceTokens;
  /** The sentence index's documents as clause and position, by internal id. */
  sentences: SentenceTable;
  phrasings: Phrasings;
  /** Each query token's postings and phrasing data, found through one map (terms.ts). */
  terms: Terms;
  /** Memoised tokens of expansion terms (prepare.ts). */
  termTokens: Map<string, string[]>;
  /**
   * The learned re-ranking of the best clauses (rerank.ts) with the IDF over the plan's sentences that weighs its
   * words; absent: BM25 order, as the ranker's fit and the documents beside the plan need.
   */
  ranker?: { model: RankerModel; idf: Idf };
}

/**
 * Heading field weight relative to the sentence body. Headings name the topic in the plan's words
 * ("完善工伤失业保险服务"), which helps short questions; measured on the dev and project sets (eval/).
 */
const HEADING_BOOST = 0.5;
/** The sentence index's fields and their weights, in schema order (the order Orama's `search()` sums them in). */
export const SENTENCE_FIELDS = { body: 1, heading: HEADING_BOOST };
/** How many sentences to score before grouping by clause; the plan has ~290 sentences. */
const SENTENCE_POOL = 120;
/**
 * Weight of a clause's best phrasing match against its best sentence. A phrasing the question says word for
 * word scores several times the best sentence (short document, every token matches: "失业了能领多久的失业金"
 * → phrasing 180, best sentence 23), so a staff correction or a close rewording leads
 * (retrieval/phrasings.test.ts); a phrasing said by half adds in proportion (phrasings.ts coverage). Not yet
 * tuned on the full seeds/phrasings.tsv: with it, compare eval before and after changing this.
 */
const PHRASING_WEIGHT = 1;

/** The query's tokens, expansion included (kept for callers that have not moved to `engine.prepare`). */
export function queryTokens(query: string, deps: Pick<SearchDeps, 'lexicon' | 't2s' | 'vocab'>): string[] {
  return prepareQuery(query, deps).tokens;
}

/**
 * A clause's place in a ranking: its position in the corpus, its score, its matched sentences best first as
 * flat (position in the clause, score) pairs, its phrasing. Plain numbers, so a cached ranking is small.
 */
export interface ClauseRank {
  at: number;
  score: number;
  sentences: number[];
  phrasing?: string;
  /** The phrasing is a staff correction's (phrasings.ts `setExtra`). */
  staff?: true;
}

/**
 * Where each document of the sentence index sits in the plan, by Orama internal id: the clause's position in
 * the corpus and the sentence's within the clause. Built once per engine, so ranking reads numbers, not ids.
 */
export interface SentenceTable {
  clause: Int32Array;
  position: Int32Array;
  /** Where each clause's sentences begin in `corpus.sentences`. */
  start: Int32Array;
  /** Scratch for rankClauses, one slot per clause (-1 between searches). */
  slots: Int32Array;
}

/** The sentence table of an index whose documents are the corpus's sentences (`clauseId#n`). */
export function createSentenceTable(corpus: Corpus, scorer: Scorer): SentenceTable {
  const clauses = corpus.clauses;
  const table: SentenceTable = {
    clause: new Int32Array(scorer.size + 1).fill(-1),
    position: new Int32Array(scorer.size + 1),
    start: new Int32Array(clauses.length),
    slots: new Int32Array(clauses.length).fill(-1),
  };
  for (let c = 1; c < clauses.length; c++) table.start[c] = table.start[c - 1]! + clauses[c - 1]!.sentences.length;
  for (let id = 1; id <= scorer.size; id++) {
    const s = corpus.sentence(scorer.externalId(id));
    if (!s) throw new Error(`search: index document ${scorer.externalId(id)} is no sentence of the corpus`);
    table.clause[id] = corpus.indexOf(s.clauseId);
    table.position[id] = s.index;
  }
  return table;
}

/** A placeholder for a ranking's sentences until its clause is known to be kept. */
const NO_SENTENCES: number[] = [];

/**
 * The `limit` best clauses for a prepared query, best first, as plain numbers (cheap to cache); `hitsOf` turns
 * them into hits. The same head as ranking every clause and cutting it at `limit`.
 */
export function rankClauses(query: PreparedQuery, deps: SearchDeps, limit = Number.POSITIVE_INFINITY): ClauseRank[] {
  const { tokens } = query;
  if (tokens.length === 0) return [];
  const { slots } = deps.sentences;
  const ranked: ClauseRank[] = [];
  const terms = deps.terms.of(tokens);
  const lists = terms.map((term) => (term.sentence === undefined ? (term.sentence = deps.scorer.postings(term.token)) : term.sentence));
  const { count, ids, scores } = deps.scorer.topOf(lists, SENTENCE_POOL);
  try {
    const grouped = group(ranked, terms, count, ids, scores, deps, limit);
    if (deps.ranker) rerankHead(grouped, query, deps, deps.ranker.model, deps.ranker.idf);
    return grouped;
  } catch (e) {
    // The slots are the engine's, shared by every later search: leave none set whatever failed.
    for (const rank of ranked) slots[rank.at] = -1;
    throw e;
  }
}

/** rankClauses' grouping of the pool of sentences (`ids`, `scores`) and phrasings into the `limit` best clauses. */
function group(ranked: ClauseRank[], terms: Term[], count: number, ids: Int32Array, scores: Float64Array, deps: SearchDeps, limit: number): ClauseRank[] {
  // A clause's sentences arrive best first, so its first is its best and gives its score. Grouped by the clause's
  // position through the sentence table: looking 120 sentence ids up by string was a fifth of a search on a cold cache.
  const { clause, slots } = deps.sentences;
  const clauses = deps.corpus.clauses;
  for (let i = 0; i < count; i++) {
    const c = clause[ids[i]!]!;
    if (slots[c] !== -1) continue;
    slots[c] = ranked.length;
    ranked.push({ at: c, score: scores[i]!, sentences: NO_SENTENCES });
  }
  for (const p of deps.phrasings.search(terms)) {
    const c = deps.corpus.indexOf(p.clauseId);
    if (c === -1) continue;
    if (slots[c] !== -1) {
      const rank = ranked[slots[c]!]!;
      rank.score += PHRASING_WEIGHT * p.score;
      rank.phrasing = p.text;
      if (p.staff) rank.staff = true;
    } else {
      slots[c] = ranked.length;
      ranked.push(p.staff ? { at: c, score: PHRASING_WEIGHT * p.score, sentences: NO_SENTENCES, phrasing: p.text, staff: true } : { at: c, score: PHRASING_WEIGHT * p.score, sentences: NO_SENTENCES, phrasing: p.text });
    }
  }
  ranked.sort((a, b) => b.score - a.score || clauses[a.at]!.id.localeCompare(clauses[b.at]!.id));
  // Only the clauses kept get their sentences: most of the ~60 that match some token are never shown.
  for (const rank of ranked) slots[rank.at] = -1;
  if (ranked.length > limit) ranked.length = limit;
  ranked.forEach((rank, r) => {
    slots[rank.at] = r;
    rank.sentences = [];
  });
  const { position } = deps.sentences;
  for (let i = 0; i < count; i++) {
    const r = slots[clause[ids[i]!]!]!;
    if (r !== -1) ranked[r]!.sentences.push(position[ids[i]!]!, scores[i]!);
  }
  for (const rank of ranked) {
    slots[rank.at] = -1;
    // Found through its phrasing alone: every sentence, in order, with score 0.
    if (rank.sentences.length === 0) for (let n = 0; n < clauses[rank.at]!.sentences.length; n++) rank.sentences.push(n, 0);
  }
  return ranked;
}

/**
 * Orders the first RERANK_HEAD clauses by the learned ranker (rerank.ts). Scores stay best first: the head's become
 * the best score × e^(value − best value), and no clause after the head scores above the head's last. A clause that
 * BM25 puts first through a staff correction's phrasing stays first: the correction is a person's decision about that
 * question and its close rewordings, which the ranker (fitted without corrections) must not overrule.
 */
function rerankHead(ranked: ClauseRank[], query: PreparedQuery, deps: SearchDeps, model: RankerModel, idf: Idf): void {
  const n = Math.min(RERANK_HEAD, ranked.length);
  if (n < 2) return;
  const q = rankQuery(query, deps.lexicon, idf, model.generalIdf);
  const top = ranked[0]!.score;
  const head = ranked.slice(0, n).map((rank) => {
    const clause = deps.corpus.clauses[rank.at]!;
    const first = deps.sentences.start[rank.at]!;
    const texts: string[] = [];
    for (let i = 0; i < rank.sentences.length; i += 2) texts.push(deps.corpus.sentences[first + rank.sentences[i]!]!.text);
    return { rank, value: rankValue(rankFeatures(q, top > 0 ? rank.score / top : 0, clause.text, texts, rank.phrasing !== undefined), model) };
  });
  // Stable: equal values keep BM25 order.
  head.sort((a, b) => b.value - a.value);
  if (ranked[0]!.staff) {
    const pinned = head.findIndex((h) => h.rank === ranked[0]);
    head.unshift(...head.splice(pinned, 1));
    // A clear margin over the next (e^-1 of the score), so the corrected question reads as answered, not as two close topics.
    if (head.length > 1) head[0]!.value = Math.max(head[0]!.value, head[1]!.value + 1);
  }
  const best = head[0]!.value;
  head.forEach((h, i) => {
    h.rank.score = top * Math.exp(h.value - best);
    ranked[i] = h.rank;
  });
  const floor = ranked[n - 1]!.score;
  for (let i = n; i < ranked.length; i++) ranked[i]!.score = Math.min(ranked[i]!.score, floor);
}

/** The first k ranked clauses as hits: clause text and headings, and each sentence's text, position and tokens. */
export function hitsOf(ranked: readonly ClauseRank[], k: number, deps: SearchDeps): ClauseHit[] {
  const hits: ClauseHit[] = [];
  // `slice`, so any k means what it always meant (2.5 → 2, -1 → all but the last).
  for (const { at, score, sentences, phrasing } of ranked.slice(0, k)) {
    const c = deps.corpus.clauses[at]!;
    const first = deps.sentences.start[at]!;
    const matched: SentenceHit[] = [];
    for (let i = 0; i < sentences.length; i += 2) {
      const n = sentences[i]!;
      const s = deps.corpus.sentences[first + n]!;
      matched.push({ text: s.text, score: sentences[i + 1]!, sid: s.sid, index: n, tokens: deps.sentenceTokens(first + n) });
    }
    const hit: ClauseHit = { id: c.id, path: c.path, pathInferred: c.pathInferred, text: c.text, score, sentences: matched };
    if (phrasing !== undefined) hit.phrasing = phrasing;
    hits.push(hit);
  }
  return hits;
}

/**
 * The scale of a query's scores in one index: what a sentence of average length whose body had every query token
 * would score. The plan's 290 sentences and the documents' ~7,500 give one token different IDFs, so a score is
 * compared across indexes as a share of its own index's ceiling (tools/documents.ts merges the two lists so).
 */
export function scoreCeiling(query: PreparedQuery, deps: SearchDeps): number {
  const n = deps.scorer.size;
  let sum = 0;
  for (const term of deps.terms.of(query.tokens)) {
    if (term.ceiling === undefined) {
      const p = term.sentence === undefined ? (term.sentence = deps.scorer.postings(term.token)) : term.sentence;
      // Body pairs run from p[0] to p[1]: one pair per sentence that has the token.
      const df = p ? (p[1]! - p[0]!) / 2 : 0;
      // Kept with the term (one index's terms): the same number every time, so the same sum.
      term.ceiling = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    sum += term.ceiling;
  }
  return (sum * (RELEVANCE.d + RELEVANCE.k + 1)) / (1 + RELEVANCE.k);
}

/** The k best clauses for a prepared query, best first; no match gives an empty list. */
export function searchClauses(query: PreparedQuery, k: number, deps: SearchDeps): ClauseHit[] {
  return hitsOf(rankClauses(query, deps), k, deps);
}
