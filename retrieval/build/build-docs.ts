/**
 * Writes retrieval/data/docs-json.ts from seeds/docs/ and seeds/doc-ids.tsv (after lexicon.json: npm run build:index
 * runs this too). Run: npm run build:docs.
 *
 * The data is a JSON string inside a module, parsed on first use: a 3 MB object literal in the Worker bundle cost
 * every fresh isolate its parse before the first request, whatever the request (JSON.parse of a string is V8's fast
 * path, and most requests never read the documents).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lexicon from '../data/lexicon.json' with { type: 'json' };
import t2s from '../data/t2s.json' with { type: 'json' };
import { buildDocumentData, docsModule } from './docs-artifacts.ts';

const out = fileURLToPath(new URL('../data/docs-json.ts', import.meta.url));
const data = buildDocumentData(lexicon, t2s);
const module = docsModule(data);
writeFileSync(out, module);
console.log(`${data.documents.length} documents, ${data.articles.length} articles; docs-json.ts ${(module.length / 1024).toFixed(0)} K characters`);
