/** Wires the built data into a ready search engine (pure: the data comes in as arguments). */
import type { RawData } from '@orama/orama';
import { createCorpus, type Corpus } from './corpus.ts';
import type { Vocabulary } from './expand.ts';
import { createIdf, type Idf } from './idf.ts';
import { createLru } from './lru.ts';
import { normalize, type T2sTable } from './normalize.ts';
import { loadIndex } from './orama-index.ts';
import { createPhrasings, type PhrasingData, type PhrasingRow } from './phrasings.ts';
import { isPreparedQuery, prepareQuery, type PreparedQuery } from './prepare.ts';
import { createScorer } from './scorer.ts';
import { createLexicon, segment } from './segment.ts';
import { SENTENCE_FIELDS, createSentenceTable, hitsOf, rankClauses, scoreCeiling, type ClauseHit, type ClauseRank, type SearchDeps } from './search.ts';
import { createSentenceTokens } from './sentences.ts';
import { createTerms } from './terms.ts';
import type { RankerModel } from './rerank.ts';
import type { CorpusClause } from './schemas/clause.ts';
import { createDocumentLibrary, type DocumentData, type DocumentLibrary } from './documents/library.ts';

/** The built artefacts: clauses, lexicon, vocabularies, T2S table, the saved index and (optionally) phrasings. */
export interface PlanData {
  clauses: CorpusClause[];
  lexicon: string[];
  vocab: Vocabulary;
  t2s: T2sTable;
  index: RawData;
  /** retrieval/data/phrasings.json; absent or empty means no everyday phrasings are indexed. */
  phrasings?: PhrasingData;
  /** retrieval/data/ranker.json: the learned re-ranking of the best clauses; absent means BM25 order. */
  ranker?: RankerModel;
  /** The laws and regulations beside the plan (retrieval/data/docs-json.ts), read on first use; absent means the plan alone. */
  documents?: { count: number; load(): DocumentData };
}

/** Engine options. */
export interface EngineOptions {
  /** How many recent questions' results to keep (0 turns the cache off, as the benchmark's engine-alone figures do). */
  cacheSize?: number;
}

/** The search engine the app, MCP tools and eval share. */
export interface Engine {
  corpus: Corpus;
  /** Kept while callers move to the fields below (prepare, segment, normalize, vocab, idf). */
  deps: SearchDeps;
  /** IDF of a token over the plan's sentences. */
  idf: Idf;
  /** The everyday and English vocabularies (expand.ts). */
  vocab: Vocabulary;
  /** The Traditional → Simplified table. */
  t2s: T2sTable;
  /** Normalises text the way search does (全半角, 繁→简, lower case). */
  normalize(text: string): string;
  /** Segments text with the shipped lexicon; `query` drops question words. */
  segment(text: string, query?: boolean): string[];
  /** Analyses a question once: normalised text, own tokens, expansions, search tokens. */
  prepare(raw: string): PreparedQuery;
  /** The k best clauses, best first; a string is prepared first. */
  search(query: string | PreparedQuery, k: number): Promise<ClauseHit[]>;
  /** The scale of a prepared query's scores over the plan (search.ts `scoreCeiling`). */
  ceiling(query: PreparedQuery): number;
  /** Replaces the runtime overlay of extra phrasings (staff corrections); no fs, cheap when unchanged. */
  setExtraPhrasings(rows: readonly PhrasingRow[]): void;
  /** The laws and regulations beside the plan, searched by the same ranking; built on first use (null without data). */
  readonly documents: DocumentLibrary | null;
  /** How many documents there are, the plan included, without building the library. */
  documentCount: number;
}

/**
 * Recent questions remembered: enough for the questions a service hall hears over and over. Deliberately
 * smaller than the 219 questions the benchmarks cycle through: cycling through more keys than an LRU holds
 * always misses, so every benchmark figure is the uncached cost (eval/bench.ts reports a warm LRU apart).
 * Each entry is the 20 best clauses of a ranking, as positions and scores (about a kilobyte).
 */
const CACHE_SIZE = 64;

/** How many clauses a ranking keeps: the most any caller asks for (`k` is at most 20 over HTTP and MCP). */
const RANKED_CLAUSES = 20;

/** Loads the prebuilt index and returns the engine. */
export function createEngine(data: PlanData, options: EngineOptions = {}): Engine {
  const corpus = createCorpus(data.clauses);
  const lexicon = createLexicon(data.lexicon);
  const index = loadIndex(data.index);
  const scorer = createScorer(index, SENTENCE_FIELDS);
  const idf = createIdf(index, corpus.sentences.length);
  const deps: SearchDeps = {
    corpus,
    index,
    scorer,
    lexicon,
    t2s: data.t2s,
    vocab: data.vocab,
    sentenceTokens: createSentenceTokens(corpus, lexicon, data.t2s),
    sentences: createSentenceTable(corpus, scorer),
    phrasings: createPhrasings(data.phrasings, lexicon, data.t2s),
    terms: createTerms(),
    termTokens: new Map(),
    ...(data.ranker ? { ranker: { model: data.ranker, idf } } : {}),
  };
  // The cache holds rankings (ids and numbers); hits are built fresh per call, so a caller may reorder or
  // annotate what it gets without touching the cache.
  // A ranking is cut at `limit` clauses, the most anyone asks for (a longer one is ranked afresh).
  const cache = createLru<{ ranked: ClauseRank[]; limit: number }>(options.cacheSize ?? CACHE_SIZE);
  const prepare = (raw: string) => prepareQuery(raw, deps);
  const search = (query: PreparedQuery, k: number): ClauseHit[] => {
    // Keyed by the tokens, not the text: a caller may hand in a PreparedQuery whose tokens it adjusted.
    const key = query.tokens.join(' ');
    let entry = cache.get(key);
    // Any k other than a whole number from 1 up (which HTTP and MCP never send) takes the whole ranking.
    const wanted = Number.isInteger(k) && k > 0 ? k : Number.POSITIVE_INFINITY;
    if (!entry || entry.limit < wanted) {
      const limit = Math.max(wanted, RANKED_CLAUSES);
      entry = { ranked: rankClauses(query, deps, limit), limit };
      cache.set(key, entry);
    }
    const { ranked } = entry;
    return hitsOf(ranked, k, deps);
  };
  // Built on first use: a request that reads only the plan (most of them) pays nothing for the documents.
  let documents: DocumentLibrary | null | undefined = data.documents ? undefined : null;
  return {
    get documents() {
      return (documents ??= createDocumentLibrary(data.documents!.load(), lexicon, data.t2s, data.vocab, { cacheSize: options.cacheSize ?? CACHE_SIZE }));
    },
    documentCount: 1 + (data.documents?.count ?? 0),
    corpus,
    deps,
    idf,
    vocab: data.vocab,
    t2s: data.t2s,
    normalize: (text) => normalize(text, data.t2s),
    segment: (text, query = false) => segment(text, lexicon, data.t2s, query),
    prepare,
    search: async (query, k) => search(isPreparedQuery(query) ? query : prepare(query), k),
    ceiling: (query) => scoreCeiling(query, deps),
    setExtraPhrasings: (rows) => {
      if (deps.phrasings.setExtra(rows.filter((r) => corpus.get(r.clauseId)))) cache.clear();
    },
  };
}
