/** Wires the built data into a ready search engine (pure: the data comes in as arguments). */
import type { RawData } from '@orama/orama';
import { createCorpus, type Corpus } from './corpus.ts';
import type { Vocabulary } from './expand.ts';
import { createIdf, type Idf } from './idf.ts';
import { normalize, type T2sTable } from './normalize.ts';
import { loadIndex } from './orama-index.ts';
import { createPhrasings, type PhrasingData, type PhrasingRow } from './phrasings.ts';
import { isPreparedQuery, prepareQuery, type PreparedQuery } from './prepare.ts';
import { createLexicon, segment } from './segment.ts';
import { searchClauses, type ClauseHit, type SearchDeps } from './search.ts';
import { createSentenceTokens } from './sentences.ts';
import type { CorpusClause } from './schemas/clause.ts';

/** The built artefacts: clauses, lexicon, vocabularies, T2S table, the saved index and (optionally) phrasings. */
export interface PlanData {
  clauses: CorpusClause[];
  lexicon: string[];
  vocab: Vocabulary;
  t2s: T2sTable;
  index: RawData;
  /** retrieval/data/phrasings.json; absent or empty means no everyday phrasings are indexed. */
  phrasings?: PhrasingData;
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
  /** Replaces the runtime overlay of extra phrasings (staff corrections); no fs, cheap when unchanged. */
  setExtraPhrasings(rows: readonly PhrasingRow[]): void;
}

/** Loads the prebuilt index and returns the engine. */
export function createEngine(data: PlanData): Engine {
  const corpus = createCorpus(data.clauses);
  const lexicon = createLexicon(data.lexicon);
  const sentenceTokens = createSentenceTokens(corpus, lexicon, data.t2s);
  const deps: SearchDeps = {
    corpus,
    index: loadIndex(data.index),
    lexicon,
    t2s: data.t2s,
    vocab: data.vocab,
    sentenceTokens,
    phrasings: createPhrasings(data.phrasings, lexicon, data.t2s),
    termTokens: new Map(),
  };
  const prepare = (raw: string) => prepareQuery(raw, deps);
  return {
    corpus,
    deps,
    idf: createIdf(sentenceTokens),
    vocab: data.vocab,
    t2s: data.t2s,
    normalize: (text) => normalize(text, data.t2s),
    segment: (text, query = false) => segment(text, lexicon, data.t2s, query),
    prepare,
    search: (query, k) => searchClauses(isPreparedQuery(query) ? query : prepare(query), k, deps),
    setExtraPhrasings: (rows) => {
      deps.phrasings.setExtra(rows.filter((r) => corpus.get(r.clauseId)));
    },
  };
}
