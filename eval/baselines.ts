/**
 * Two baselines run beside the product in every eval: Orama over the same sentences with (a) the
 * @orama/tokenizers mandarin tokenizer (Intl.Segmenter) and (b) plain character bigrams, both with
 * Orama's default prefix matching. Clauses are ranked by their best sentence, as in the product.
 */
import { create, insertMultiple, search, type AnyOrama, type Tokenizer } from '@orama/orama';
import { createTokenizer as createMandarinTokenizer } from '@orama/tokenizers/mandarin';
import type { Corpus } from '../retrieval/corpus.ts';

/** A baseline: name and a function from query to ranked clause texts. */
export interface Baseline {
  name: string;
  rank(query: string, k: number): Promise<string[]>;
}

function bigramTokenizer(): Tokenizer {
  return {
    language: 'chinese',
    normalizationCache: new Map(),
    tokenize(raw: string) {
      const chars = [...raw.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
      const grams = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
      return [...new Set(grams.length ? grams : chars)];
    },
  };
}

async function build(corpus: Corpus, tokenizer: Tokenizer): Promise<AnyOrama> {
  const db = create({ schema: { body: 'string' } as const, components: { tokenizer } }) as AnyOrama;
  await insertMultiple(db, corpus.sentences.map((s) => ({ id: s.sid, body: s.text })));
  return db;
}

async function rankClauses(db: AnyOrama, corpus: Corpus, query: string, k: number): Promise<string[]> {
  const res = await search(db, { term: query, properties: ['body'], limit: 120, threshold: 1 });
  const seen: string[] = [];
  for (const hit of res.hits) {
    const clauseId = String(hit.id).split('#')[0]!;
    if (!seen.includes(clauseId)) seen.push(clauseId);
  }
  return seen.slice(0, k).map((id) => corpus.get(id)!.text);
}

/** Builds both baselines over the corpus. */
export async function createBaselines(corpus: Corpus): Promise<Baseline[]> {
  const mandarin = await build(corpus, (await createMandarinTokenizer()) as Tokenizer);
  const bigram = await build(corpus, bigramTokenizer());
  return [
    { name: 'orama-mandarin', rank: (q, k) => rankClauses(mandarin, corpus, q, k) },
    { name: 'char-bigram', rank: (q, k) => rankClauses(bigram, corpus, q, k) },
  ];
}
