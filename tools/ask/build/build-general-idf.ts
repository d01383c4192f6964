/**
 * Builds tools/ask/data/general-idf.json: everyday Chinese words that the plan never uses, with their
 * general-language IDF (nodejieba's idf.utf8, ~259k words), so the scope decision can tell that a question
 * hinges on a word the plan does not contain (公积金, 驾照, 学杂费) and how specific that word is.
 * Compressed for the Worker: only words of 2–3 Han characters absent from the plan and its everyday phrasings, with an IDF between
 * GENERIC_IDF (more common words say nothing about the topic) and RARE_IDF (rarer entries are mostly names
 * and typos), grouped by IDF rounded to one decimal: { "8.4": "公积金|彩票|…" }.
 * Node-only (fs, nodejieba's data); the app never imports it. Run: npm run build:general-idf
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Below this IDF a word is too common to mark a topic (一般, 问题, 工作). */
const GENERIC_IDF = 5;
/** Above this IDF the table holds mostly names, transliterations and rare compounds; 2–3 characters up to 11 keep ~62k words (~0.4 MB, ~0.2 MB gzipped); 4 characters or up to 12 would double it. */
const RARE_IDF = 11;

const require = createRequire(import.meta.url);
const idfFile = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/idf.utf8');
// Words of the everyday phrasings (seeds/phrasings.tsv) count as known too: a citizen word the phrasings use for a
// clause ("小岛", "独居") is one the plan speaks to, though in other words. So do the everyday words the vocabulary
// maps to plan terms (seeds/dict/colloquial.tsv: 怀孕 → 孕期, 裁员 → 失业): they are how people name what the plan covers.
const known =
  readFileSync(new URL('../../../seeds/zhejiang-public-services-plan-2021-2025.txt', import.meta.url), 'utf8') +
  readFileSync(new URL('../../../seeds/phrasings.tsv', import.meta.url), 'utf8') +
  readFileSync(new URL('../../../seeds/dict/colloquial.tsv', import.meta.url), 'utf8');

/** The table from nodejieba's IDF list, the plan and its phrasings (deterministic: buckets and words sorted). */
export function buildGeneralIdfTable(): Record<string, string> {
  const buckets = new Map<string, string[]>();
  for (const line of readFileSync(idfFile, 'utf8').split('\n')) {
    const [word, value] = line.trim().split(/\s+/);
    const idf = Number(value);
    if (!word || !/^[\u4e00-\u9fff]{2,3}$/.test(word) || !(idf >= GENERIC_IDF && idf <= RARE_IDF) || known.includes(word)) continue;
    const key = idf.toFixed(1);
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(word);
  }
  return Object.fromEntries([...buckets.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([k, words]) => [k, words.sort().join('|')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = buildGeneralIdfTable();
  writeFileSync(new URL('../data/general-idf.json', import.meta.url), JSON.stringify(table) + '\n');
  console.log(`general-idf.json: ${Object.values(table).reduce((n, w) => n + w.split('|').length, 0)} words in ${Object.keys(table).length} buckets`);
}
