/**
 * A compact inverted index of the documents' sentences, and BM25 over it behind the engine's `Scorer` interface,
 * so the documents are ranked by the very code that ranks the plan (search.ts `rankClauses`): same segmenter,
 * same fields (sentence body, weight 1; headings, weight 0.5), same BM25 parameters as Orama's.
 * Why not an Orama `save()`: the plan's 290 sentences already make a 2.1 MB index.json; the documents' ~6,000
 * sentences would make ~40 MB. Here each token's postings are one string of base-36 gaps between sentence numbers
 * (heading postings list articles, not sentences: all sentences of an article share its headings), decoded
 * the first time a query has the token. Every indexed token counts once per sentence, as the plan's index does
 * (tokenizer.ts de-duplicates at index time), so a posting needs no frequency.
 */
import type { Postings, Scorer } from '../scorer.ts';
import { createTopOf, RELEVANCE } from '../scorer.ts';

/** The built index (part of retrieval/data/docs-json.ts). */
export interface CompactIndex {
  /** Distinct tokens, joined by single spaces (tokens never hold a space). */
  tokens: string;
  /** Per token: the sentences (0-based, in corpus order) whose body has it, as base-36 gaps joined by ","; "" for none. */
  body: string[];
  /** Per token: the articles (0-based) whose headings have it, the same way. */
  heading: string[];
  /** Per sentence: how many distinct tokens its body has, base 36, joined by ",". */
  bodyLength: string;
  /** Per article: how many distinct tokens its headings have, base 36, joined by ",". */
  headingLength: string;
}

/** Encodes ascending numbers as base-36 gaps. */
function encodeGaps(ids: readonly number[]): string {
  let last = 0;
  return ids.map((id) => {
    const gap = id - last;
    last = id;
    return gap.toString(36);
  }).join(',');
}

/** Decodes base-36 gaps back to ascending numbers. */
function decodeGaps(s: string): number[] {
  if (s === '') return [];
  let last = 0;
  return s.split(',').map((g) => (last += parseInt(g, 36)));
}

/**
 * Builds the index (build time) from each sentence's tokens and each article's heading tokens; `articleOf` gives
 * each sentence's article. Tokens are de-duplicated per sentence and per article.
 */
export function buildCompactIndex(sentenceTokens: readonly (readonly string[])[], headingTokens: readonly (readonly string[])[]): CompactIndex {
  const body = new Map<string, number[]>();
  const heading = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, token: string, id: number) => {
    const list = map.get(token);
    if (list) list.push(id);
    else map.set(token, [id]);
  };
  const bodyLength = sentenceTokens.map((tokens, s) => {
    const distinct = new Set(tokens);
    for (const t of distinct) add(body, t, s);
    return distinct.size;
  });
  const headingLength = headingTokens.map((tokens, a) => {
    const distinct = new Set(tokens);
    for (const t of distinct) add(heading, t, a);
    return distinct.size;
  });
  const tokens = [...new Set([...body.keys(), ...heading.keys()])].sort();
  return {
    tokens: tokens.join(' '),
    body: tokens.map((t) => encodeGaps(body.get(t) ?? [])),
    heading: tokens.map((t) => encodeGaps(heading.get(t) ?? [])),
    bodyLength: bodyLength.map((n) => n.toString(36)).join(','),
    headingLength: headingLength.map((n) => n.toString(36)).join(','),
  };
}

/** A scorer over the compact index that can leave out sentences (a document filter). */
export interface CompactScorer extends Scorer {
  /** The same postings, ranked only among sentences whose `allowed` slot (by internal id) is 1. */
  filtered(allowed: Uint8Array): Scorer;
}

/**
 * BM25 over a compact index. `sids` are the sentences' ids in corpus order (internal id = position + 1) and
 * `articleOf` each sentence's article number (0-based), for the heading field.
 */
export function createCompactScorer(data: CompactIndex, sids: readonly string[], articleOf: Int32Array, weights: { body: number; heading: number }): CompactScorer {
  const size = sids.length;
  const at = new Map<string, number>();
  data.tokens.split(' ').forEach((t, i) => at.set(t, i));
  const bodyLength = data.bodyLength.split(',').map((n) => parseInt(n, 36));
  const headingLength = data.headingLength.split(',').map((n) => parseInt(n, 36));
  if (bodyLength.length !== size) throw new Error(`compact index: ${bodyLength.length} sentences indexed, ${size} in the corpus`);
  const avgBody = bodyLength.reduce((a, b) => a + b, 0) / size;
  // The plan's index holds headings per sentence: the same average here, each sentence counting its article's.
  let headingSum = 0;
  for (let s = 0; s < size; s++) headingSum += headingLength[articleOf[s]!]!;
  const avgHeading = headingSum / size;
  // The sentences of each article (internal ids, article by article), where an article's heading score goes.
  const start = new Int32Array(headingLength.length + 1);
  for (let s = 0; s < size; s++) start[articleOf[s]! + 1]!++;
  for (let a = 0; a < headingLength.length; a++) start[a + 1]! += start[a]!;
  const members = new Int32Array(size);
  const filled = start.slice(0, -1);
  for (let s = 0; s < size; s++) members[filled[articleOf[s]!]!++] = s + 1;
  const sentencesIn = (a: number) => start[a + 1]! - start[a]!;

  // Orama's BM25 with a term frequency of 1 (every token counts once per sentence): idf × (d + k + 1) / (1 + k × norm).
  const idfOf = (matching: number) => Math.log(1 + (size - matching + 0.5) / (matching + 0.5)) * (RELEVANCE.d + RELEVANCE.k + 1);
  const bm25 = (idf: number, length: number, average: number) => idf / (1 + RELEVANCE.k * (1 - RELEVANCE.b + (RELEVANCE.b * length) / average));

  function postings(token: string): Postings | null {
    const i = at.get(token);
    if (i === undefined) return null;
    const inBody = decodeGaps(data.body[i]!);
    const inHeading = decodeGaps(data.heading[i]!);
    const all = new Float64Array(3 + 2 * (inBody.length + inHeading.length));
    let p = 3;
    all[0] = p;
    const bodyIdf = idfOf(inBody.length);
    for (const s of inBody) {
      all[p++] = s + 1;
      all[p++] = bm25(bodyIdf, bodyLength[s]!, avgBody) * weights.body;
    }
    all[1] = p;
    // The heading field lists articles (createTopOf `grouped`); its IDF counts their sentences, as the plan's index would.
    const headingIdf = idfOf(inHeading.reduce((n, a) => n + sentencesIn(a), 0));
    for (const a of inHeading) {
      all[p++] = a;
      all[p++] = bm25(headingIdf, headingLength[a]!, avgHeading) * weights.heading;
    }
    all[2] = p;
    return all;
  }

  // Two fields: the sentence's body and its article's headings, summed once per article; a repeated query token once,
  // times its count. Scores as the plain sum's but for the last bits; the rankings of eval, eval:real, eval:articles
  // and the dev and project questions' searches are the same (retrieval/documents/library.test.ts).
  const topOf = createTopOf(size, 2, { repeatsOnce: true, grouped: { field: 1, start, members } });

  const externalId = (id: number) => sids[id - 1]!;
  const scorerWith = (allowed?: Uint8Array): Scorer => {
    const top = (lists: readonly (Postings | null)[], limit: number) => topOf(lists, limit, allowed);
    return {
      size,
      postings,
      topOf: top,
      externalId,
      top: (tokens, limit) => top(tokens.map(postings), limit),
      rank(tokens, limit) {
        const { count, ids, scores } = top(tokens.map(postings), limit);
        return Array.from({ length: count }, (_, i) => [externalId(ids[i]!), scores[i]!] as [string, number]);
      },
    };
  };
  return { ...scorerWith(), filtered: (allowed) => scorerWith(allowed) };
}
