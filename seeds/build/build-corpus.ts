/**
 * Builds seeds/clauses.json from the seed, the heading outline and the hand-curated placement table.
 * Fails loudly if any sentence of the seed is unplaced, placed twice, or not in the seed.
 * Run: npm run build:corpus
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assembleCorpus } from './assemble-corpus.ts';

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const clauses = assembleCorpus({
  seed: readFileSync(here('zhejiang-public-services-plan-2021-2025.txt'), 'utf8'),
  outline: readFileSync(here('outline.tsv'), 'utf8'),
  placement: readFileSync(here('placement.tsv'), 'utf8'),
});
writeFileSync(here('clauses.json'), JSON.stringify(clauses, null, 1) + '\n');
console.log(`seeds/clauses.json: ${clauses.length} clauses, ${clauses.reduce((n, c) => n + c.sentences.length, 0)} sentences`);
