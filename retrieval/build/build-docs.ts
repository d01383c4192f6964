/**
 * Writes retrieval/data/docs.json from seeds/docs/ and seeds/doc-ids.tsv (after lexicon.json: npm run build:index
 * runs this too). Run: npm run build:docs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lexicon from '../data/lexicon.json' with { type: 'json' };
import t2s from '../data/t2s.json' with { type: 'json' };
import { buildDocumentData } from './docs-artifacts.ts';

const out = fileURLToPath(new URL('../data/docs.json', import.meta.url));
const data = buildDocumentData(lexicon, t2s);
const json = JSON.stringify(data) + '\n';
writeFileSync(out, json);
console.log(`${data.documents.length} documents, ${data.articles.length} articles; docs.json ${(json.length / 1024).toFixed(0)} K characters`);
