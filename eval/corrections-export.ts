/**
 * `npm run corrections:export -- <sqlite file> [out.jsonl]`: every correction staff made, as eval lines in the
 * real-dev.jsonl format (../shared/eval/README.md), so each becomes a regression case. A correction pointing at
 * clauses is `in_plan` with one verbatim fragment (8–30 characters) of each clause as `gold`; an out-of-scope
 * one is `out_of_scope` with no gold and `forbid_numbers`. Without an output file the lines go to stdout.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { CorpusClause } from '../retrieval/schemas/clause.ts';
import { LIST_CORRECTIONS_SQL, toCorrection, type CorrectionRow } from '../server/feedback/tables.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import type { Correction } from '../tools/ask/corrections.ts';

/** One line of real-dev.jsonl. */
export const RealDevLineSchema = z.strictObject({
  id: z.string().describe('Stable id; corrections export as corr-<correction id>'),
  question: z.string().describe('The wording asked'),
  original: z.string().nullable().describe('The unedited wording, or null when nothing was trimmed'),
  source_url: z.string().describe('Where the question came from; for a correction, staff-correction:<id>'),
  label: z.enum(['in_plan', 'partial', 'out_of_scope']),
  gold: z.array(z.string().min(8).max(30)).describe('Verbatim fragments of the plan a correct answer cites'),
  forbid_numbers: z.boolean(),
  note: z.string().describe('One line on why the label applies'),
});

/** A real-dev.jsonl line. */
type RealDevLine = z.infer<typeof RealDevLineSchema>;

/** The gold fragment's bounds, from the real-dev format. */
const MIN_GOLD = 8;
const MAX_GOLD = 30;

/**
 * A verbatim fragment of the clause, 8–30 characters: the opening of its first sentence that no other clause
 * contains (so a hit on it means this clause), else the opening of its first long-enough sentence.
 */
export function goldFragment(clause: CorpusClause, clauses: readonly CorpusClause[]): string | null {
  const candidates = clause.sentences
    .map((sentence) => [...sentence.replace(/\s+/g, '').replace(/[。；！？]$/, '')].slice(0, MAX_GOLD).join(''))
    .filter((fragment) => [...fragment].length >= MIN_GOLD && clause.text.replace(/\s+/g, '').includes(fragment));
  const unique = candidates.find((fragment) => clauses.every((other) => other.id === clause.id || !other.text.replace(/\s+/g, '').includes(fragment)));
  return unique ?? candidates[0] ?? null;
}

/** The eval line for one correction; throws when a clause it points at is gone or has no quotable text. */
function toEvalLine(correction: Correction, clauses: readonly CorpusClause[]): RealDevLine {
  const base = { id: `corr-${correction.id}`, question: correction.question, original: null, source_url: `staff-correction:${correction.id}` };
  const remark = correction.note ? `；${correction.note}` : '';
  if (correction.outOfScope) {
    return RealDevLineSchema.parse({ ...base, label: 'out_of_scope', gold: [], forbid_numbers: true, note: `工作人员纠正：规划未涉及${remark}` });
  }
  const gold = correction.clauseIds.map((id) => {
    const clause = clauses.find((c) => c.id === id);
    const fragment = clause && goldFragment(clause, clauses);
    if (!fragment) throw new Error(`correction ${correction.id}: clause ${id} is not in the corpus or has no quotable text`);
    return fragment;
  });
  return RealDevLineSchema.parse({
    ...base,
    label: 'in_plan',
    gold,
    forbid_numbers: false,
    note: `工作人员纠正：应首先引用条款 ${correction.clauseIds.join('、')}${remark}`,
  });
}

/** Reads every correction from a SQLite file (read-only, oldest first) and returns the JSONL text. */
function exportCorrections(file: string, clauses: readonly CorpusClause[] = PLAN_DATA.clauses): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const corrections = db.prepare<[], CorrectionRow>(LIST_CORRECTIONS_SQL).all().map(toCorrection).reverse();
    return corrections.map((c) => `${JSON.stringify(toEvalLine(c, clauses))}\n`).join('');
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, out] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npm run corrections:export -- <sqlite file> [out.jsonl]');
    process.exit(2);
  }
  const text = exportCorrections(file);
  if (out) {
    writeFileSync(out, text);
    console.error(`${text ? text.trimEnd().split('\n').length : 0} corrections written to ${out}`);
  } else {
    process.stdout.write(text);
  }
}
