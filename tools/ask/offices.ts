/**
 * Which kind of office sets the rules a question turns on, named in a referral beside 12345 and 浙里办:
 * 民政部门 for 低保, 医保部门 for 报销 … Read from seeds/offices.tsv (built into data/offices.json by
 * `npm run build:offices`): a word the question names, else the plan chapter or item of the clause the answer leads
 * with. Never part of a plan quote; a referral names an office, never a figure.
 */
import officeTable from './data/offices.json' with { type: 'json' };

/** The table: [word, office] and [heading id, office] rows, as seeds/offices.tsv lists them. */
export interface OfficeTable {
  words: [string, string][];
  clauses: [string, string][];
}

const TABLE = officeTable as OfficeTable;

/**
 * The office for a question (Simplified text) and, when the answer cites one, the id of its lead clause: the table
 * word the question names last (a story comes first and the question at its end: "领了生育津贴，单位不发工资怎么办"
 * turns on 工资), the longer of two ending at the same place (退役军人, not 军人); else the longest heading id the
 * clause's id begins with; else null (the referral then names 12345 and 浙里办 only).
 */
export function officeFor(question: string, leadClauseId?: string, table: OfficeTable = TABLE): string | null {
  let best: { end: number; length: number; office: string } | null = null;
  for (const [word, office] of table.words) {
    const end = question.lastIndexOf(word) + word.length;
    if (end < word.length) continue;
    if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { end, length: word.length, office };
  }
  if (best) return best.office;
  if (!leadClauseId) return null;
  const within = (key: string) => leadClauseId === key || leadClauseId.startsWith(`${key}.`);
  const clause = table.clauses.filter(([key]) => within(key)).sort(([a], [b]) => b.length - a.length)[0];
  return clause?.[1] ?? null;
}
