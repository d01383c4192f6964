/**
 * Search: segment and expand the query, score sentences with Orama BM25, rank clauses by their best
 * sentence. Pure: the index, lexicon and tables come in as arguments.
 */
import { search as oramaSearch, type AnyOrama } from '@orama/orama';
import type { Corpus } from './corpus.ts';
import { expandQuery, type Vocabulary } from './expand.ts';
import type { T2sTable } from './normalize.ts';
import { segment, type Lexicon } from './segment.ts';
import type { Clause } from './schemas/clause.ts';

/** A sentence that matched, with its BM25 score. */
export interface SentenceHit {
  text: string;
  score: number;
}

/** A clause that matched: the public Clause plus its score and the sentences that matched, best first. */
export interface ClauseHit extends Clause {
  score: number;
  sentences: SentenceHit[];
}

/** What a search needs; built once at start-up. */
export interface SearchDeps {
  corpus: Corpus;
  index: AnyOrama;
  lexicon: Lexicon;
  t2s: T2sTable;
  vocab: Vocabulary;
}

/**
 * Heading field weight relative to the sentence body. Headings name the topic in the plan's words
 * ("完善工伤失业保险服务"), which helps short questions; measured on the dev and project sets (eval/).
 */
const HEADING_BOOST = 0.5;
/** How many sentences to score before grouping by clause; the plan has ~290 sentences. */
const SENTENCE_POOL = 120;

/**
 * How many times the question's own tokens count against one count for expansion terms (Orama scores a
 * repeated query token again). The person's words say what they mean; expansions only bridge vocabulary.
 */
const OWN_WORDS_WEIGHT = 2;

/** The query's tokens, expansion included (also used by eval and the answer composer). */
export function queryTokens(query: string, deps: Pick<SearchDeps, 'lexicon' | 't2s' | 'vocab'>): string[] {
  const own = segment(query, deps.lexicon, deps.t2s, true);
  const expansions = expandQuery(query, deps.vocab, deps.t2s);
  return [
    ...Array.from({ length: OWN_WORDS_WEIGHT }, () => own).flat(),
    ...expansions.flatMap((term) => segment(term, deps.lexicon, deps.t2s, true)),
  ];
}

/** The k best clauses for a query, best first; no match gives an empty list. */
export async function searchClauses(query: string, k: number, deps: SearchDeps): Promise<ClauseHit[]> {
  const tokens = queryTokens(query, deps);
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
    list.push({ text: clause.sentences[Number(n)]!, score: hit.score });
    byClause.set(clauseId!, list);
  }
  return [...byClause.entries()]
    .map(([id, sentences]) => {
      const c = deps.corpus.get(id)!;
      return { id, path: c.path, pathInferred: c.pathInferred, text: c.text, score: sentences[0]!.score, sentences };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, k);
}
