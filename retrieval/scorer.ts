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
 *
 * Two passes, each without a branch it cannot predict. Summing only adds (`total[id] += score`): remembering which
 * ids were matched as they were first touched was a mispredicted branch on most postings. Then one pass over every
 * id, in id order, adds each document's group sum, clears its slot and keeps the best `limit` in a heap whose worst
 * is the bar to pass (most documents fall below it, a branch that is almost always not taken). This replaced
 * tracking, a separate group pass, a filter pass and a partial quicksort of every matched document (~4,900 of the
 * documents' ~7,500 sentences per question): the documents' ranking of the 219 dev and project questions, old and
 * new interleaved after a 1 ms pause each (cold caches), 163 → 126 µs median (retrieval/README.md "Where the time
 * goes"). Same sums in the same order, same total order (higher total, then lower id), so the same ranking to the
 * last bit (scorer.test.ts compares with summing every posting and sorting every total).
 */
export function createTopOf(size: number, fieldCount: number, options: TopOfOptions = {}): (lists: readonly (Postings | null)[], limit: number, allowed?: Uint8Array) => Top {
  const total = new Float64Array(size + 1);
  const best = { count: 0, ids: new Int32Array(size + 1), scores: new Float64Array(size + 1) };
  // The heap of the best so far: its root is the worst kept (lower total, or the same and a higher id).
  const heapIds = new Int32Array(size + 1);
  const heapScores = new Float64Array(size + 1);
  const { grouped, repeatsOnce = false } = options;
  const groupCount = grouped ? grouped.start.length - 1 : 0;
  // One more slot, never written, for ids in no group: adding its 0 leaves a total as it is.
  const groupTotal = new Float64Array(groupCount + 1);
  const groupOf = new Int32Array(size + 1).fill(groupCount);
  if (grouped) {
    for (let g = 0; g < groupCount; g++) for (let i = grouped.start[g]!; i < grouped.start[g + 1]!; i++) groupOf[grouped.members[i]!] = g;
  }
  const groupField = grouped ? grouped.field : -1;
  // Scratch for repeatsOnce: each distinct list once, with its count.
  const distinct: Postings[] = [];
  const times: number[] = [];

  /** Whether heap slot a ranks below slot b. */
  const worse = (a: number, b: number) => heapScores[a]! < heapScores[b]! || (heapScores[a] === heapScores[b] && heapIds[a]! > heapIds[b]!);
  const swap = (a: number, b: number) => {
    const id = heapIds[a]!;
    const score = heapScores[a]!;
    heapIds[a] = heapIds[b]!;
    heapScores[a] = heapScores[b]!;
    heapIds[b] = id;
    heapScores[b] = score;
  };
  const siftDown = (from: number, n: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= n) return;
      const right = left + 1;
      const child = right < n && worse(right, left) ? right : left;
      if (!worse(child, at)) return;
      swap(child, at);
      at = child;
    }
  };
  const siftUp = (from: number) => {
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!worse(at, parent)) return;
      swap(at, parent);
      at = parent;
    }
  };

  return (lists, limit, allowed) => {
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
      const sums = f === groupField ? groupTotal : total;
      for (let t = 0; t < use.length; t++) {
        const p = use[t];
        if (!p) continue;
        // × 1 is exact: without options the sums run in the order they always did (field, token, posting), the
        // same totals to the last bit as Orama's search().
        const m = repeatsOnce ? times[t]! : 1;
        // The hot loop of a search: one load and one store per posting.
        // `| 0`: offsets and ids are whole numbers stored as doubles; as int32 they index the arrays without conversions.
        for (let i = p[f]! | 0, end = p[f + 1]! | 0; i < end; i += 2) {
          const id = p[i]! | 0;
          sums[id] = sums[id]! + m * p[i + 1]!;
        }
      }
    }
    // Every posting scores above 0 (BM25 times a positive field weight), so a total of 0 means unmatched: the bar
    // starts at 0 and, once the heap is full, is the total of the worst kept. Ids come in ascending order, so a later
    // id with the same total as the worst ranks below it and stays out.
    const cap = limit >= size ? size : limit > 0 ? Math.ceil(limit) : 0;
    let n = 0;
    let bar = cap > 0 ? 0 : Number.POSITIVE_INFINITY;
    for (let id = 1; id <= size; id++) {
      // A group sum of 0 (no posting) adds nothing: the same total as adding it only to the groups touched.
      const sum = total[id]! + groupTotal[groupOf[id]!]!;
      total[id] = 0;
      if (sum > bar && (allowed === undefined || allowed[id] !== 0)) {
        if (n < cap) {
          heapIds[n] = id;
          heapScores[n] = sum;
          siftUp(n++);
          if (n === cap) bar = heapScores[0]!;
        } else {
          heapIds[0] = id;
          heapScores[0] = sum;
          siftDown(0, n);
          bar = heapScores[0]!;
        }
      }
    }
    if (groupCount > 0) groupTotal.fill(0);
    // Worst first off the heap, so filled from the back: best first.
    for (let i = n - 1; i >= 0; i--) {
      best.ids[i] = heapIds[0]!;
      best.scores[i] = heapScores[0]!;
      heapIds[0] = heapIds[i]!;
      heapScores[0] = heapScores[i]!;
      siftDown(0, i);
    }
    best.count = n;
    return best;
  };
}
