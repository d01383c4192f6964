/**
 * Builds tools/ask/data/offices.json from seeds/offices.tsv: which kind of office sets the rules a question turns
 * on (民政部门 for 低保, 医保部门 for 报销 …), for referrals. The table is checked as it is read: two columns after the
 * kind, an office name without figures (a referral names no number but 12345), clause keys that are headings of
 * the plan, no word or key twice. Node-only (fs). Run: npm run build:offices; build/artefacts.test.ts checks it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasFigure } from '../figures.ts';
import type { OfficeTable } from '../offices.ts';

const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');

/** The table from the TSV text; `headingIds` are the plan's heading ids (seeds/outline.tsv). Throws on a bad row. */
export function parseOfficesTsv(tsv: string, headingIds: ReadonlySet<string>): OfficeTable {
  const table: OfficeTable = { words: [], clauses: [] };
  const seen = new Set<string>();
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [kind, key, office, ...rest] = line.split('\t');
    if (!key || !office || rest.length > 0 || (kind !== 'word' && kind !== 'clause')) throw new Error(`offices.tsv: bad line "${line}"`);
    if (hasFigure(office)) throw new Error(`offices.tsv: an office name holds a figure: "${office}"`);
    if (seen.has(`${kind}:${key}`)) throw new Error(`offices.tsv: ${kind} "${key}" twice`);
    seen.add(`${kind}:${key}`);
    if (kind === 'clause' && !headingIds.has(key)) throw new Error(`offices.tsv: no heading ${key} in seeds/outline.tsv`);
    if (kind === 'word' && !/^[\u4e00-\u9fff]{2,}$/.test(key)) throw new Error(`offices.tsv: a word must be two or more Han characters: "${key}"`);
    (kind === 'word' ? table.words : table.clauses).push([key, office]);
  }
  return table;
}

/** The table as committed. */
export function buildOfficeTable(): OfficeTable {
  const headingIds = new Set(
    read('seeds/outline.tsv')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!),
  );
  return parseOfficesTsv(read('seeds/offices.tsv'), headingIds);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = buildOfficeTable();
  writeFileSync(new URL('../data/offices.json', import.meta.url), JSON.stringify(table, null, 1) + '\n');
  console.log(`offices.json: ${table.words.length} words, ${table.clauses.length} plan headings`);
}
