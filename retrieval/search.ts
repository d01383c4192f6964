/**
 * Search: score sentences with Orama BM25 over a prepared query's tokens, add the best matching everyday
 * phrasing of each clause, rank clauses by their best sentence plus that phrasing. Pure: the index,
 * lexicon and tables come in as arguments.
 */
import { search as oramaSearch, type AnyOrama } from '@orama/orama';
import type { Corpus } from './corpus.ts';
import type { Vocabulary } from './expand.ts';
import type { T2sTable } from './normalize.ts';
import type { Phrasings } from './phrasings.ts';
import { prepareQuery, type PreparedQuery } from './prepare.ts';
import type { Lexicon } from './segment.ts';
import type { SentenceTokens } from './sentences.ts';
import type { Clause } from './schemas/clause.ts';

/** A sentence of the plan that matched, with its BM25 score and the data the answer composer reads. */
export interface SentenceHit {
  text: string;
  score: number;
  /** Sentence id, `clauseId#n`. */
  sid: string;
  /** Position of the sentence within its clause, from 0. */
  index: number;
  /** The sentence's tokens (words, bigrams, characters, figures), computed once at load. */
  tokens: ReadonlySet<string>;
}

/** A clause that matched: the public Clause plus its score and the sentences that matched, best first. */
export interface ClauseHit extends Clause {
  /** Best sentence's score plus PHRASING_WEIGHT × the best phrasing's score. */
  score: number;
  /** Only the plan's own sentences, verbatim; a clause found through a phrasing alone lists its sentences in order with score 0. */
  sentences: SentenceHit[];
  /** The everyday phrasing (相似问法) that matched, when one did; never a quote. */
  phrasing?: string;
}

/** What a search needs; built once at start-up. */
export interface SearchDeps {
  corpus: Corpus;
  index: AnyOrama;
  lexicon: Lexicon;
  t2s: T2sTable;
  vocab: Vocabulary;
  sentenceTokens: SentenceTokens;
  phrasings: Phrasings;
  /** Memoised tokens of expansion terms (prepare.ts). */
  termTokens: Map<string, string[]>;
}

/**
 * Heading field weight relative to the sentence body. Headings name the topic in the plan's words
 * ("完善工伤失业保险服务"), which helps short questions; measured on the dev and project sets (eval/).
 */
const HEADING_BOOST = 0.5;
/** How many sentences to score before grouping by clause; the plan has ~290 sentences. */
const SENTENCE_POOL = 120;
/**
 * Weight of a clause's best phrasing match against its best sentence. A phrasing said almost word for word
 * scores about as high as a sentence that answers the question (both BM25 over the same tokens), so 1 lets
 * a staff correction lead (retrieval/phrasings.test.ts) while a half-said phrasing only nudges.
 */
const PHRASING_WEIGHT = 1;

/** The query's tokens, expansion included (kept for callers that have not moved to `engine.prepare`). */
export function queryTokens(query: string, deps: Pick<SearchDeps, 'lexicon' | 't2s' | 'vocab'>): string[] {
  return prepareQuery(query, deps).tokens;
}

/** The k best clauses for a prepared query, best first; no match gives an empty list. */
export async function searchClauses(query: PreparedQuery, k: number, deps: SearchDeps): Promise<ClauseHit[]> {
  const { tokens } = query;
  if (tokens.length === 0) return [];
  const result = await oramaSearch(deps.index, {
    term: tokens.join(' '),
    properties: ['body', 'heading'],
    boost: { heading: HEADING_BOOST },
    limit: SENTENCE_POOL,
    threshold: 1,
  });
  const byClause = new Map<string, SentenceHit[]>();
  for (const hit of result.hits) {
    const sid = String(hit.id);
    const [clauseId, n] = sid.split('#');
    const clause = deps.corpus.get(clauseId!);
    if (!clause) continue;
    const list = byClause.get(clauseId!) ?? [];
    list.push(sentenceHit(clause.id, Number(n), clause.sentences[Number(n)]!, hit.score, deps));
    byClause.set(clauseId!, list);
  }
  const phrased = new Map(deps.phrasings.search(tokens).map((p) => [p.clauseId, p]));
  const ids = new Set([...byClause.keys(), ...[...phrased.keys()].filter((id) => deps.corpus.get(id))]);
  return [...ids]
    .map((id): ClauseHit => {
      const c = deps.corpus.get(id)!;
      const phrasing = phrased.get(id);
      const sentences = byClause.get(id) ?? c.sentences.map((text, n) => sentenceHit(id, n, text, 0, deps));
      const score = (sentences[0]?.score ?? 0) + (phrasing ? PHRASING_WEIGHT * phrasing.score : 0);
      const hit: ClauseHit = { id, path: c.path, pathInferred: c.pathInferred, text: c.text, score, sentences };
      if (phrasing) hit.phrasing = phrasing.text;
      return hit;
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, k);
}

function sentenceHit(clauseId: string, index: number, text: string, score: number, deps: SearchDeps): SentenceHit {
  const sid = `${clauseId}#${index}`;
  return { text, score, sid, index, tokens: deps.sentenceTokens.get(sid)! };
}
