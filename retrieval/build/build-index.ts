/**
 * Writes retrieval/data/{lexicon,vocab,index,phrasings}.json from seeds/clauses.json, seeds/dict/ and seeds/phrasings.tsv.
 * Run: npm run build:index (after npm run build:corpus).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import t2s from '../data/t2s.json' with { type: 'json' };
import { buildArtifacts } from './artifacts.ts';

const out = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
const built = await buildArtifacts(clauses, t2s);
writeFileSync(out('lexicon.json'), JSON.stringify(built.lexicon) + '\n');
writeFileSync(out('vocab.json'), JSON.stringify(built.vocab) + '\n');
writeFileSync(out('index.json'), JSON.stringify(built.index) + '\n');
writeFileSync(out('phrasings.json'), JSON.stringify(built.phrasings) + '\n');
console.log(`lexicon ${built.lexicon.length} words; index of ${clauses.reduce((n, c) => n + c.sentences.length, 0)} sentences built in ${built.buildMs.toFixed(0)} ms`);
