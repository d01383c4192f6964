/**
 * BM25 over an Orama index, term by term through Orama's own index component (`@orama/orama/components`:
 * the radix tree's `find` and `index.calculateResultScores`), with each term's postings and scores
 * memoised. Why not `search()`: profiled over the project questions (retrieval/README.md "Where the time
 * goes"), ~70 % of a search was Orama's query path recomputing, for every query token and every matching
 * sentence, the same BM25 from dictionary-mode objects and per-document bookkeeping that only
 * `threshold < 1` reads, then fetching 120 documents we never read. The index, its build, save() and load()
 * are Orama's; the scores are Orama's to the last bit (retrieval/scorer.test.ts compares with `search()`).
 */
import { count, type AnyOrama } from '@orama/orama';
import { index as oramaIndex, internalDocumentIDStore } from '@orama/orama/components';
import { SENTINEL } from './tokenizer.ts';

/** Orama's BM25 defaults (`defaultBM25Params` in its search-fulltext.ts, not exported): the same scores as `search()`. */
const RELEVANCE = { k: 1.2, b: 0.75, d: 0.5 };

/** One term's documents (internal ids) and their BM25 in one field, before the field's boost. */
interface Postings {
  ids: Int32Array;
  scores: Float64Array;
}

/** Ranks an index's documents for a list of query tokens. */
export interface Scorer {
  /** The best `limit` documents as [id, score], best first; ties in insertion order, as Orama's `search()` sorts them. */
  rank(tokens: readonly string[], limit: number): [id: string, score: number][];
}

/**
 * A scorer over `db` for the fields in `boost` (field → weight). Fields are scored in `boost`'s key order and
 * tokens in query order, repeats included, so the floating-point sums are the ones `search()` makes.
 */
export function createScorer(db: AnyOrama, boost: Record<string, number>): Scorer {
  const index = db.data.index as oramaIndex.Index;
  const docsCount = count(db);
  const fields = Object.entries(boost);
  const postings = fields.map(() => new Map<string, Postings | null>());
  const externalIds: (string | undefined)[] = [];
  const externalId = (internalId: number) =>
    (externalIds[internalId] ??= internalDocumentIDStore.getDocumentIdFromInternalId(db.internalDocumentIDStore, internalId));

  function lookup(f: number, token: string): Postings | null {
    const memo = postings[f]!;
    let p = memo.get(token);
    if (p !== undefined) return p;
    const [field] = fields[f]!;
    const term = token + SENTINEL;
    const tree = index.indexes[field]!.node as { find(params: { term: string; exact: boolean; tolerance: number }): Record<string, Iterable<number>> };
    // The sentinel ends every indexed token, so the prefix lookup `search()` makes finds this term alone.
    const ids = tree.find({ term, exact: false, tolerance: 0 })[term];
    p = null;
    if (ids) {
      const scores = new Map<number, number>();
      oramaIndex.calculateResultScores(index, field, term, [...ids], docsCount, RELEVANCE, scores, 1, undefined, new Map());
      p = { ids: Int32Array.from(scores.keys()), scores: Float64Array.from(scores.values()) };
    }
    memo.set(token, p);
    return p;
  }

  // Reused across queries (rank is synchronous): allocating them per query was a tenth of a search in GC.
  const total = new Float64Array(docsCount + 1);
  const seen = new Uint8Array(docsCount + 1);
  return {
    rank(tokens, limit) {
      const matched: number[] = [];
      for (let f = 0; f < fields.length; f++) {
        const weight = fields[f]![1];
        for (const token of tokens) {
          const p = lookup(f, token);
          if (!p) continue;
          for (let i = 0; i < p.ids.length; i++) {
            const id = p.ids[i]!;
            total[id] = total[id]! + p.scores[i]! * weight;
            if (!seen[id]) {
              seen[id] = 1;
              matched.push(id);
            }
          }
        }
      }
      matched.sort((a, b) => total[b]! - total[a]! || a - b);
      const ranked = matched.slice(0, limit).map((id): [string, number] => [externalId(id), total[id]!]);
      for (const id of matched) {
        total[id] = 0;
        seen[id] = 0;
      }
      return ranked;
    },
  };
}
