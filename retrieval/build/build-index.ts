/**
 * Build-time step: segments the corpus with nodejieba (HMM on, the plan's terms as a user dictionary,
 * figures kept whole), keeps the resulting lexicon, and builds the Orama index over every sentence with
 * the lexicon-based segmenter that queries use at run time on Node and Workers alike.
 * Writes retrieval/data/{lexicon,vocab,index}.json. Run: npm run build:index (after build:corpus).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import t2s from '../data/t2s.json' with { type: 'json' };
import { createCorpus } from '../corpus.ts';
import { parseVocabularyTsv, type Vocabulary } from '../expand.ts';
import { buildIndex, saveIndex } from '../orama-index.ts';
import { createLexicon } from '../segment.ts';

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');

const userTerms = read('seeds/dict/user-dict.txt').split(/\s+/).filter(Boolean);
const vocab: Vocabulary = {
  colloquial: parseVocabularyTsv(read('seeds/dict/colloquial.tsv')),
  english: parseVocabularyTsv(read('seeds/dict/english.tsv')),
};

// nodejieba reads its user dictionary from a file: "word [freq] [tag]" a line. A high frequency keeps the
// plan's terms whole ("失业保险金", not "失业/保险金").
const dictFile = join(mkdtempSync(join(tmpdir(), 'jieba-')), 'user.dict');
writeFileSync(dictFile, userTerms.map((t) => `${t} 100000 n`).join('\n') + '\n');
nodejieba.load({ userDict: dictFile });

const corpus = createCorpus(clauses);
const words = new Set<string>(userTerms);
for (const s of corpus.sentences) for (const w of nodejieba.cut(s.text, true)) words.add(w);
for (const c of corpus.clauses) for (const h of c.path) for (const w of nodejieba.cut(h, true)) words.add(w);
// Plan terms that the expansions point to must be matchable even where jieba split them differently.
for (const [, terms] of [...vocab.colloquial, ...vocab.english]) for (const t of terms) words.add(t);
const lexicon = createLexicon(words);

const started = performance.now();
const db = await buildIndex(corpus, lexicon, t2s);
const buildMs = performance.now() - started;

const sorted = [...lexicon.words].sort();
writeFileSync(path('retrieval/data/lexicon.json'), JSON.stringify(sorted) + '\n');
writeFileSync(path('retrieval/data/vocab.json'), JSON.stringify(vocab) + '\n');
writeFileSync(path('retrieval/data/index.json'), JSON.stringify(saveIndex(db)) + '\n');
console.log(`lexicon ${sorted.length} words; index of ${corpus.sentences.length} sentences built in ${buildMs.toFixed(0)} ms`);
