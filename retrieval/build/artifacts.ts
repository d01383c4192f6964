/**
 * Builds the search artefacts from the corpus and the dictionaries: nodejieba (HMM on, the plan's terms as
 * a user dictionary) finds the words of the plan; the resulting lexicon is what queries are segmented
 * against at run time on Node and Workers alike; the Orama index is built with that same segmenter.
 * Node-only (nodejieba is a native addon); used by the build script and by the test that checks the
 * committed artefacts are current.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import type { RawData } from '@orama/orama';
import { createCorpus } from '../corpus.ts';
import { parseVocabularyTsv, type Vocabulary } from '../expand.ts';
import type { T2sTable } from '../normalize.ts';
import { buildIndex, saveIndex } from '../orama-index.ts';
import { buildPhrasingData, parsePhrasingsTsv, type PhrasingData } from '../phrasings.ts';
import { createLexicon } from '../segment.ts';
import type { CorpusClause } from '../schemas/clause.ts';

/** The generated files' contents. */
export interface Artifacts {
  lexicon: string[];
  vocab: Vocabulary;
  index: RawData;
  phrasings: PhrasingData;
  buildMs: number;
}

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');
/** seeds/phrasings.tsv is optional: without it no phrasings are indexed. */
const readOptional = (p: string) => (existsSync(path(p)) ? read(p) : '');

/** Loads the user dictionary once into nodejieba (it reads dictionaries from files). */
let dictionaryLoaded = false;
function loadUserDictionary(terms: string[]): void {
  if (dictionaryLoaded) return;
  const dir = mkdtempSync(join(tmpdir(), 'jieba-'));
  const file = join(dir, 'user.dict');
  // A high frequency keeps the plan's terms whole ("失业保险金", not "失业/保险金").
  writeFileSync(file, terms.map((t) => `${t} 100000 n`).join('\n') + '\n');
  nodejieba.load({ userDict: file });
  rmSync(dir, { recursive: true, force: true });
  dictionaryLoaded = true;
}

/** Builds lexicon, vocabularies and the saved index. */
export async function buildArtifacts(clauses: CorpusClause[], t2s: T2sTable): Promise<Artifacts> {
  const userTerms = read('seeds/dict/user-dict.txt').split(/\s+/).filter(Boolean);
  const vocab: Vocabulary = {
    colloquial: parseVocabularyTsv(read('seeds/dict/colloquial.tsv')),
    english: parseVocabularyTsv(read('seeds/dict/english.tsv')),
  };
  loadUserDictionary(userTerms);
  const corpus = createCorpus(clauses);
  const words = new Set<string>(userTerms);
  for (const s of corpus.sentences) for (const w of nodejieba.cut(s.text, true)) words.add(w);
  for (const c of corpus.clauses) for (const h of c.path) for (const w of nodejieba.cut(h, true)) words.add(w);
  // Plan terms the expansions point to must be matchable even where jieba split them differently.
  for (const [, terms] of [...vocab.colloquial, ...vocab.english]) for (const t of terms) words.add(t);
  const lexicon = createLexicon(words);
  const started = performance.now();
  const db = await buildIndex(corpus, lexicon, t2s);
  const buildMs = performance.now() - started;
  const rows = parsePhrasingsTsv(readOptional('seeds/phrasings.tsv'));
  const unknown = rows.filter((r) => !corpus.get(r.clauseId));
  if (unknown.length) throw new Error(`seeds/phrasings.tsv: no clause ${unknown.map((r) => r.clauseId).join(', ')}`);
  const phrasings = buildPhrasingData(rows, lexicon, t2s);
  return { lexicon: [...lexicon.words].sort(), vocab, index: saveIndex(db), phrasings, buildMs };
}
