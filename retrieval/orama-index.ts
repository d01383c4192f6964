/** The Orama BM25 index over the plan's sentences: schema, build, save and load. */
import { create, insertMultiple, load, save, type AnyOrama, type RawData } from '@orama/orama';
import type { Corpus } from './corpus.ts';
import { segment, type Lexicon } from './segment.ts';
import type { T2sTable } from './normalize.ts';
import { createTokenizer } from './tokenizer.ts';

/** One indexed document: a sentence, with its clause's headings as a second, weaker field. */
const SCHEMA = { body: 'string', heading: 'string' } as const;

/** An empty index with the project's tokenizer; `load` needs the same one. */
function createEmptyIndex(): AnyOrama {
  // Sorting by field is never used; disabling it keeps the saved index ~120 KB smaller.
  return create({ schema: SCHEMA, components: { tokenizer: createTokenizer() }, sort: { enabled: false } }) as AnyOrama;
}

/** The headings that describe a clause's topic: section and item titles, numbering and 〔推定〕 marks dropped. */
function topicOf(path: readonly string[]): string {
  return path
    .slice(1)
    .map((h) => h.replace(/^(（[一二三四五六七八九十]+）|\d+\.)/, '').replace('〔推定〕', ''))
    .join(' ');
}

/** Builds the index of every sentence (build time). */
export async function buildIndex(corpus: Corpus, lexicon: Lexicon, t2s: T2sTable): Promise<AnyOrama> {
  const db = createEmptyIndex();
  const docs = corpus.sentences.map((s) => ({
    id: s.sid,
    body: segment(s.text, lexicon, t2s).join(' '),
    heading: segment(topicOf(corpus.get(s.clauseId)!.path), lexicon, t2s).join(' '),
  }));
  await insertMultiple(db, docs);
  return db;
}

/** Serialises a built index. */
export function saveIndex(db: AnyOrama): RawData {
  return save(db);
}

/** Restores a prebuilt index into a fresh instance that has the same tokenizer. */
export function loadIndex(raw: RawData): AnyOrama {
  const db = createEmptyIndex();
  load(db, raw);
  return db;
}
