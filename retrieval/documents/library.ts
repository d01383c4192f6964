/**
 * The documents beside the plan (laws and regulations), searchable by the same ranking as the plan
 * (search.ts `rankClauses` over the compact index): the catalogue, the articles as clauses, and search with a
 * document filter. By default a search covers only the versions in force; a superseded version is searched
 * only when it is named in the filter. Pure: the built data comes in as an argument (retrieval/data/docs-json.ts).
 */
import { createCorpus, type Corpus } from '../corpus.ts';
import type { Vocabulary } from '../expand.ts';
import { createLru } from '../lru.ts';
import type { T2sTable } from '../normalize.ts';
import { createPhrasings } from '../phrasings.ts';
import type { PreparedQuery } from '../prepare.ts';
import { SENTENCE_FIELDS, createSentenceTable, hitsOf, rankClauses, scoreCeiling, type ClauseHit, type ClauseRank, type SearchDeps } from '../search.ts';
import type { Lexicon } from '../segment.ts';
import { createSentenceTokens } from '../sentences.ts';
import { createTerms } from '../terms.ts';
import type { CorpusClause } from '../schemas/clause.ts';
import type { DocumentInfo } from './catalog.ts';
import { createCompactScorer, type CompactIndex } from './compact-index.ts';
import { articleSentences } from './legal-text.ts';

/** One article as stored in docs-json.ts (its sentences are split again at load: verbatim, cheap, half the bytes). */
export interface StoredArticle {
  id: string;
  doc: string;
  label: string;
  path: string[];
  text: string;
}

/** retrieval/data/docs-json.ts: the catalogue, every article in document order, the compact index. */
export interface DocumentData {
  documents: DocumentInfo[];
  articles: StoredArticle[];
  index: CompactIndex;
}

/** An article as a clause of the corpus: doc and label always set. */
export type ArticleClause = CorpusClause & { doc: string; label: string };

/** A document with its article count, as /api/documents lists it. */
export type DocumentEntry = DocumentInfo & { clauses: number };

/** The documents, their articles and their search. */
export interface DocumentLibrary {
  /** Every document, in catalogue order, with its article count. */
  documents: readonly DocumentEntry[];
  document(id: string): DocumentEntry | undefined;
  /** Every article of every document, in catalogue then article order. */
  corpus: Corpus;
  /**
   * An article by id (`<doc>:<n>`); `<doc>:0` is the document's notes on adoption and amendments (label 版本说明),
   * which are no article and never searched, but are quoted to name a version's date.
   */
  article(id: string): ArticleClause | undefined;
  /**
   * The k best articles for a prepared query (prepared by the plan's engine: same lexicon, same vocabularies);
   * `docs` limits the search to those documents (any version), else every document in force.
   */
  search(query: PreparedQuery, k: number, docs?: readonly string[]): ClauseHit[];
  /** The scale of a prepared query's scores over the articles (search.ts `scoreCeiling`; the IDFs of every document). */
  ceiling(query: PreparedQuery): number;
}

/** The label of a document's notes on adoption and amendments (clause `<doc>:0`). */
export const NOTES_LABEL = '版本说明';

/**
 * How many articles a ranking keeps: the most a caller asks for (the chat's rules section reads 30 candidates,
 * tools/ask/articles.ts; HTTP and MCP at most 20). A longer one is ranked afresh.
 */
const RANKED_ARTICLES = 30;

/** Library options. */
export interface LibraryOptions {
  /**
   * How many recent rankings to keep (the engine passes its own cache size; 0 turns it off). A question asked of
   * /api/search and then of the chat, or the chat's rules section and a search of the same words, rank the
   * ~7,500 sentences once: that ranking is most of a search over every document (eval/README.md).
   */
  cacheSize?: number;
}

/** Builds the library from its data and the engine's lexicon and tables. */
export function createDocumentLibrary(data: DocumentData, lexicon: Lexicon, t2s: T2sTable, vocab: Vocabulary, options: LibraryOptions = {}): DocumentLibrary {
  const clauses: ArticleClause[] = data.articles.map((a) => ({
    id: a.id,
    doc: a.doc,
    label: a.label,
    path: a.path,
    pathInferred: a.path.map(() => false),
    text: a.text,
    sentences: articleSentences(a.text),
  }));
  const corpus = createCorpus(clauses);
  const articleOf = new Int32Array(corpus.sentences.length);
  corpus.sentences.forEach((s, i) => (articleOf[i] = corpus.indexOf(s.clauseId)));
  const scorer = createCompactScorer(data.index, corpus.sentences.map((s) => s.sid), articleOf, SENTENCE_FIELDS);
  const counts = new Map<string, number>();
  for (const c of clauses) counts.set(c.doc, (counts.get(c.doc) ?? 0) + 1);
  const documents: DocumentEntry[] = data.documents.map((d) => ({ ...d, clauses: counts.get(d.id) ?? 0 }));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const base: SearchDeps = {
    corpus,
    scorer,
    lexicon,
    t2s,
    vocab,
    sentenceTokens: createSentenceTokens(corpus, lexicon, t2s),
    sentences: createSentenceTable(corpus, scorer),
    phrasings: createPhrasings(undefined, lexicon, t2s),
    terms: createTerms(),
    termTokens: new Map(),
  };
  // One set of deps per document filter (the postings and terms are shared; only the allowed sentences differ).
  const filtered = new Map<string, SearchDeps>();
  const depsFor = (docs: readonly string[]): SearchDeps => {
    const key = [...docs].sort().join(' ');
    let deps = filtered.get(key);
    if (!deps) {
      const wanted = new Set(docs);
      const allowed = new Uint8Array(corpus.sentences.length + 1);
      corpus.sentences.forEach((_, i) => (allowed[i + 1] = wanted.has(clauses[articleOf[i]!]!.doc) ? 1 : 0));
      deps = { ...base, scorer: scorer.filtered(allowed) };
      // Bounded: filters come from requests; past a few hundred distinct ones, start again.
      if (filtered.size > 256) filtered.clear();
      filtered.set(key, deps);
    }
    return deps;
  };
  const notesOf = (id: string): ArticleClause | undefined => {
    const doc = id.endsWith(':0') ? byId.get(id.slice(0, -2)) : undefined;
    if (!doc || doc.notes.length === 0) return undefined;
    return { id, doc: doc.id, label: NOTES_LABEL, path: [doc.title], pathInferred: [false], text: doc.notes.join('\n'), sentences: [...doc.notes] };
  };
  // Rankings as plain numbers (search.ts ClauseRank); hits are built fresh per call, so callers may change them.
  const cache = createLru<{ ranked: ClauseRank[]; limit: number }>(options.cacheSize ?? 64);
  const inForce = documents.filter((d) => d.status === 'in_force').map((d) => d.id);
  // The default filter's deps, found once: looking them up sorted and joined the ~45 ids on every search.
  let inForceDeps: SearchDeps | undefined;
  return {
    documents,
    document: (id) => byId.get(id),
    corpus,
    article: (id) => (corpus.get(id) as ArticleClause | undefined) ?? notesOf(id),
    search(query, k, docs) {
      const deps = docs ? depsFor(docs) : (inForceDeps ??= depsFor(inForce));
      // Keyed by the filter and the tokens (a caller may adjust a PreparedQuery's tokens), as the engine's cache is.
      const key = `${docs ? [...docs].sort().join(' ') : ''}|${query.tokens.join(' ')}`;
      const wanted = Number.isInteger(k) && k > 0 ? k : Number.POSITIVE_INFINITY;
      let entry = cache.get(key);
      if (!entry || entry.limit < wanted) {
        const limit = Math.max(wanted, RANKED_ARTICLES);
        entry = { ranked: rankClauses(query, deps, limit), limit };
        cache.set(key, entry);
      }
      return hitsOf(entry.ranked, k, deps).map((hit) => {
        const article = corpus.get(hit.id) as ArticleClause;
        return { ...hit, doc: article.doc, label: article.label };
      });
    },
    ceiling: (query) => scoreCeiling(query, base),
  };
}
