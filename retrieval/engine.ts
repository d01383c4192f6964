/** Wires the built data into a ready search engine (pure: the data comes in as arguments). */
import type { RawData } from '@orama/orama';
import { createCorpus, type Corpus } from './corpus.ts';
import type { Vocabulary } from './expand.ts';
import { createIdf, type Idf } from './idf.ts';
import type { T2sTable } from './normalize.ts';
import { loadIndex } from './orama-index.ts';
import { createLexicon } from './segment.ts';
import { searchClauses, type ClauseHit, type SearchDeps } from './search.ts';
import type { CorpusClause } from './schemas/clause.ts';

/** The built artefacts: clauses, lexicon, vocabularies, T2S table and the saved index. */
export interface PlanData {
  clauses: CorpusClause[];
  lexicon: string[];
  vocab: Vocabulary;
  t2s: T2sTable;
  index: RawData;
}

/** The search engine the app, MCP tools and eval share. */
export interface Engine {
  corpus: Corpus;
  deps: SearchDeps;
  idf: Idf;
  search(query: string, k: number): Promise<ClauseHit[]>;
}

/** Loads the prebuilt index and returns the engine. */
export function createEngine(data: PlanData): Engine {
  const corpus = createCorpus(data.clauses);
  const deps: SearchDeps = {
    corpus,
    index: loadIndex(data.index),
    lexicon: createLexicon(data.lexicon),
    t2s: data.t2s,
    vocab: data.vocab,
  };
  return {
    corpus,
    deps,
    idf: createIdf(corpus, deps.lexicon, deps.t2s),
    search: (query, k) => searchClauses(query, k, deps),
  };
}
