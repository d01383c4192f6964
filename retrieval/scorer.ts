/**
 * BM25 over an Orama index, term by term through Orama's own index component (`@orama/orama/components`:
 * the radix tree's `find` and `index.calculateResultScores`). The engine keeps each term's postings in its table
 * of terms (terms.ts) and calls `postings()` and `topOf()`; `top()` and `rank()` look them up afresh. Why not
 * `search()`: profiled over the project questions (retrieval/README.md "Where the time goes"), ~70 % of a search
 * was Orama's query path recomputing, for every query token and every matching sentence, the same BM25 from
 * dictionary-mode objects and per-document bookkeeping that only `threshold < 1` reads, then fetching 120
 * documents we never read. The index, its build, save() and load() are Orama's; the scores are Orama's to the
 * last bit (retrieval/scorer.test.ts compares with `search()`).
 */
import { count, type AnyOrama } from '@orama/orama';
import { index as oramaIndex, internalDocumentIDStore } from '@orama/orama/components';
import { SENTINEL } from './tokenizer.ts';

/** Orama's BM25 defaults (`defaultBM25Params` in its search-fulltext.ts, not exported): the same scores as `search()`. */
export const RELEVANCE = { k: 1.2, b: 0.75, d: 0.5 };

/**
 * One term's postings in every field, in one array so a cold search follows one pointer per term: the first
 * `fields + 1` slots are offsets (field f's pairs run from `p[f]` to `p[f + 1]`), then internal id and BM25 times
 * the field's weight, interleaved (`[id, score, id, score, …]`).
 */
export type Postings = Float64Array;

/**
 * The best documents of one ranking, best first, as internal ids (1 … size) and their scores. The arrays are the
 * scorer's own and are overwritten by its next `top()`: read them before ranking again.
 */
export interface Top {
  readonly count: number;
  readonly ids: Int32Array;
  readonly scores: Float64Array;
}

/** Ranks an index's documents for a list of query tokens. */
export interface Scorer {
  /** Internal ids run from 1 to `size`. */
  readonly size: number;
  /** The best `limit` documents, best first; ties in insertion order, as Orama's `search()` sorts them. */
  top(tokens: readonly string[], limit: number): Top;
  /** A token's postings in every field, computed afresh: the caller keeps them (terms.ts). */
  postings(token: string): Postings | null;
  /** `top()` for tokens whose postings the caller already holds, one entry per query token (null: in no field). */
  topOf(lists: readonly (Postings | null)[], limit: number): Top;
  /** The document id an internal id stands for. */
  externalId(internalId: number): string;
  /** `top()` as [document id, score] pairs. */
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
  const externalIds: (string | undefined)[] = [];
  const externalId = (internalId: number) =>
    (externalIds[internalId] ??= internalDocumentIDStore.getDocumentIdFromInternalId(db.internalDocumentIDStore, internalId));

  function postings(token: string): Postings | null {
    const perField = fields.map(([field, weight]) => fieldPostings(field, weight, token));
    if (perField.every((x) => x.length === 0)) return null;
    const offsets = fields.length + 1;
    const all = new Float64Array(offsets + perField.reduce((n, x) => n + x.length, 0));
    let at = offsets;
    perField.forEach((x, f) => {
      all[f] = at;
      all.set(x, at);
      at += x.length;
    });
    all[fields.length] = at;
    return all;
  }

  function fieldPostings(field: string, weight: number, token: string): number[] {
    const term = token + SENTINEL;
    const tree = index.indexes[field]!.node as { find(params: { term: string; exact: boolean; tolerance: number }): Record<string, Iterable<number>> };
    // The sentinel ends every indexed token, so the prefix lookup `search()` makes finds this term alone.
    const ids = tree.find({ term, exact: false, tolerance: 0 })[term];
    if (!ids) return [];
    const scores = new Map<number, number>();
    oramaIndex.calculateResultScores(index, field, term, [...ids], docsCount, RELEVANCE, scores, 1, undefined, new Map());
    const pairs: number[] = [];
    for (const [id, score] of scores) pairs.push(id, score * weight);
    return pairs;
  }

  const topOf = createTopOf(docsCount, fields.length);

  function top(tokens: readonly string[], limit: number): Top {
    return topOf(tokens.map(postings), limit);
  }

  return {
    size: docsCount,
    top,
    postings,
    topOf,
    externalId,
    rank(tokens, limit) {
      const { count: k, ids, scores } = top(tokens, limit);
      const ranked: [string, number][] = [];
      for (let i = 0; i < k; i++) ranked.push([externalId(ids[i]!), scores[i]!]);
      return ranked;
    },
  };
}

/** Below this many, a range is sorted by insertion. */
const INSERTION_SORT_MAX = 12;

/**
 * Sorts `ids[lo, hi)` best first — higher total, then lower id — as far as positions below `limit` go; the
 * rest end up behind them in no particular order. Ids are distinct, so the order is total and the first
 * `limit` are exactly what `Array#sort` with that comparator gives. A quicksort on the typed array itself
 * because, with a comparator callback, `Array#sort` was a third of a search (~200 sentences, ~300 phrasings
 * per question; retrieval/README.md "Where the time goes").
 */
function sortBest(ids: Int32Array, lo: number, hi: number, total: Float64Array, limit: number): void {
  while (hi - lo > INSERTION_SORT_MAX && lo < limit) {
    const mid = (lo + hi) >>> 1;
    const pivot = medianOfThree(ids[lo]!, ids[mid]!, ids[hi - 1]!, total);
    const pivotTotal = total[pivot]!;
    let i = lo;
    let j = hi - 1;
    while (i <= j) {
      while (better(ids[i]!, pivot, pivotTotal, total)) i++;
      while (better(pivot, ids[j]!, total[ids[j]!]!, total)) j--;
      if (i <= j) {
        const t = ids[i]!;
        ids[i++] = ids[j]!;
        ids[j--] = t;
      }
    }
    // [lo, j] is no worse than the pivot, [i, hi) no better; recurse into the smaller side, loop on the other.
    if (j - lo < hi - i) {
      sortBest(ids, lo, j + 1, total, limit);
      lo = i;
    } else {
      sortBest(ids, i, hi, total, limit);
      hi = j + 1;
    }
  }
  if (lo >= limit) return;
  for (let k = lo + 1; k < hi; k++) {
    const id = ids[k]!;
    let m = k - 1;
    while (m >= lo && better(id, ids[m]!, total[ids[m]!]!, total)) {
      ids[m + 1] = ids[m]!;
      m--;
    }
    ids[m + 1] = id;
  }
}

/** Whether document `a` ranks before `b` (whose total is `bTotal`): a higher total, or the same and a lower id. */
function better(a: number, b: number, bTotal: number, total: Float64Array): boolean {
  const aTotal = total[a]!;
  return aTotal > bTotal || (aTotal === bTotal && a < b);
}

/** The middle one of three ids in ranking order. */
function medianOfThree(a: number, b: number, c: number, total: Float64Array): number {
  if (better(a, b, total[b]!, total)) {
    if (better(b, c, total[c]!, total)) return b;
    return better(a, c, total[c]!, total) ? c : a;
  }
  if (better(a, c, total[c]!, total)) return a;
  return better(b, c, total[c]!, total) ? c : b;
}

/** How createTopOf sums, beyond the plain sum that gives Orama's scores to the last bit. */
export interface TopOfOptions {
  /**
   * A token the query repeats (its own words and its focus, `prepare.ts`) is summed once, times its count: the same
   * scores but for the last bits (x + a + a against x + 2a). The documents' index: ~40 % of a question's ~90 tokens
   * are repeats, each a pass over postings of up to ~7,000 sentences.
   */
  repeatsOnce?: boolean;
  /**
   * Field `field` lists groups, not documents (the documents' headings: an article's, shared by its sentences): each
   * group's sum is added once to its members (`members[start[g]] … members[start[g + 1] - 1]`, internal ids), after
   * the other fields, instead of one posting per member per token.
   */
  grouped?: { field: number; start: Int32Array; members: Int32Array };
}

/**
 * The best `limit` documents of a sum of postings lists (each list: `fieldCount + 1` offsets, then (id, score) pairs
 * per field), for ids 1..size; `allowed`, when given, keeps only the ids it marks. The work arrays are made once and
 * reused across queries (ranking is synchronous): allocating them per query was a tenth of a search in GC. The
 * returned Top is overwritten by the next call.
 */
export function createTopOf(size: number, fieldCount: number, options: TopOfOptions = {}): (lists: readonly (Postings | null)[], limit: number, allowed?: Uint8Array) => Top {
  const total = new Float64Array(size + 1);
  const matched = new Int32Array(size + 1);
  const best = { count: 0, ids: matched, scores: new Float64Array(size + 1) };
  const { grouped, repeatsOnce = false } = options;
  const groupCount = grouped ? grouped.start.length - 1 : 0;
  const groupTotal = new Float64Array(groupCount);
  const touched = new Int32Array(groupCount);
  // Scratch for repeatsOnce: each distinct list once, with its count.
  const distinct: Postings[] = [];
  const times: number[] = [];
  return (lists, limit, allowed) => {
    let n = 0;
    let g = 0;
    let use: readonly (Postings | null)[] = lists;
    distinct.length = 0;
    times.length = 0;
    if (repeatsOnce) {
      // A repeated token's terms share one postings array (terms.ts), so identity finds repeats.
      for (const p of lists) {
        if (!p) continue;
        const at = distinct.indexOf(p);
        if (at >= 0) times[at]!++;
        else {
          distinct.push(p);
          times.push(1);
        }
      }
      use = distinct;
    }
    for (let f = 0; f < fieldCount; f++) {
      const intoGroups = grouped !== undefined && grouped.field === f;
      for (let t = 0; t < use.length; t++) {
        const p = use[t];
        if (!p) continue;
        const m = repeatsOnce ? times[t]! : 1;
        // The hot loop of a search: one load and one store per posting. Every posting scores above 0 (BM25 times a
        // positive field weight), so a total of 0 means not yet matched. Without options the sums run in the order
        // they always did (field, token, posting): the same totals to the last bit.
        // `| 0`: offsets and ids are whole numbers stored as doubles; as int32 they index the arrays without conversions.
        if (intoGroups) {
          for (let i = p[f]! | 0, end = p[f + 1]! | 0; i < end; i += 2) {
            const id = p[i]! | 0;
            const sum = groupTotal[id]!;
            if (sum === 0) touched[g++] = id;
            groupTotal[id] = sum + m * p[i + 1]!;
          }
        } else if (m === 1) {
          for (let i = p[f]! | 0, end = p[f + 1]! | 0; i < end; i += 2) {
            const id = p[i]! | 0;
            const sum = total[id]!;
            if (sum === 0) matched[n++] = id;
            total[id] = sum + p[i + 1]!;
          }
        } else {
          for (let i = p[f]! | 0, end = p[f + 1]! | 0; i < end; i += 2) {
            const id = p[i]! | 0;
            const sum = total[id]!;
            if (sum === 0) matched[n++] = id;
            total[id] = sum + m * p[i + 1]!;
          }
        }
      }
    }
    if (grouped) {
      const { start, members } = grouped;
      for (let j = 0; j < g; j++) {
        const group = touched[j]!;
        const add = groupTotal[group]!;
        groupTotal[group] = 0;
        for (let i = start[group]!, end = start[group + 1]!; i < end; i++) {
          const id = members[i]!;
          const sum = total[id]!;
          if (sum === 0) matched[n++] = id;
          total[id] = sum + add;
        }
      }
    }
    // A filter drops the documents it leaves out once, after summing, rather than testing every posting.
    if (allowed) {
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const id = matched[i]!;
        if (allowed[id]) matched[kept++] = id;
        else total[id] = 0;
      }
      n = kept;
    }
    const k = Math.min(limit, n);
    sortBest(matched, 0, n, total, k);
    for (let i = 0; i < k; i++) best.scores[i] = total[matched[i]!]!;
    for (let i = 0; i < n; i++) total[matched[i]!] = 0;
    best.count = k;
    return best;
  };
}
