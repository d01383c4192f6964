/**
 * The catalogue of documents beside the plan: manifest rows (seeds/docs/manifest.json) and the id table
 * (seeds/doc-ids.tsv) → one entry per version with its stable id and its status. Status is derived from the
 * rows themselves: of the versions of one title, the newest is in force and each older one is superseded by the
 * next newer one. Nothing is ever deleted: an older version keeps its own id. Pure.
 */
import { z } from 'zod';

/** The plan's document id: the plan is the first document. */
export const PLAN_DOC = 'plan';

/** One row of seeds/docs/manifest.json (the fields this project reads). */
export const ManifestRowSchema = z.object({
  file: z.string(),
  title: z.string(),
  level: z.string(),
  kind: z.string(),
  version_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  incomplete: z.boolean().optional(),
  note: z.string().optional(),
});

/** A manifest row. */
export type ManifestRow = z.infer<typeof ManifestRowSchema>;

/** A document's id: lower-case ASCII words joined by hyphens (an older version ends in its year). */
export const DocIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'a document id is lower-case ASCII, e.g. "zj-social-assistance"')
  .describe('Document id: "plan" for the plan, or a law/regulation id such as "zj-social-assistance" (list_documents gives them all)');

/** One document (one version of a law or regulation) as the API lists it. */
export const DocumentInfoSchema = z.object({
  id: DocIdSchema,
  title: z.string().describe('The official title as the text gives it, e.g. "中华人民共和国社会保险法"'),
  shortTitle: z.string().describe('The short title (manifest title), e.g. "社会保险法"'),
  level: z.string().describe('"浙江省" (provincial) or "国家" (national)'),
  kind: z.string().describe('"地方性法规", "法律" or "行政法规"'),
  versionDate: z.string().describe('Date of this version (adopted, revised or amended), YYYY-MM-DD'),
  versionNote: z.string().optional().describe('How this version came about, as its notes say, e.g. "2020年9月24日修正"'),
  notes: z.array(z.string()).describe('The lines on adoption and amendments at the head of the text, verbatim (clause "<id>:0" quotes them)'),
  status: z.enum(['in_force', 'superseded']).describe('"in_force": the newest version in this collection (a text may have been amended since); "superseded": an older version kept for reference'),
  supersededBy: DocIdSchema.optional().describe('For a superseded version: the id of the version that replaces it'),
  incomplete: z.boolean().optional().describe('True when the stored text is an excerpt that stops mid-document'),
  file: z.string().describe('Source file under seeds/docs/'),
});

/** A document beside the plan. */
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

/** Chinese date of a YYYY-MM-DD date ("2020年9月24日"). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * How a version came about, from the text's notes: the note that carries the version date and the last action it
 * names (第二次修正, 修订, 通过, 发布 …): "2020年9月24日修正". Undefined when no note carries the date.
 */
export function versionNoteOf(notes: readonly string[], date: string): string | undefined {
  const day = chineseDate(date);
  const note = notes.find((n) => n.startsWith(day));
  const action = note?.match(/(第[一二三四五六七八九十]+次)?(修正|修订|通过|公布|发布|施行)(?!.*(修正|修订|通过|公布|发布|施行))/);
  return action ? `${day}${action[0]}` : undefined;
}

/** Parses seeds/doc-ids.tsv: `title<TAB>id`, # comments. */
export function parseDocIds(tsv: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [title, id] = line.split('\t').map((s) => s.trim());
    if (!title || !id || !DocIdSchema.safeParse(id).success) throw new Error(`doc-ids.tsv: bad line "${line}"`);
    if (ids.has(title) || [...ids.values()].includes(id)) throw new Error(`doc-ids.tsv: duplicate "${line}"`);
    ids.set(title, id);
  }
  return ids;
}

/**
 * The catalogue: every manifest row with its id and status, in manifest order. `titles` gives each file's official
 * title (read from the text). Throws when a title has no id, or two versions of one title share a date.
 */
export function buildCatalog(rows: readonly ManifestRow[], ids: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string>, notes: ReadonlyMap<string, readonly string[]> = new Map()): DocumentInfo[] {
  const byTitle = new Map<string, ManifestRow[]>();
  for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);
  const idOf = new Map<ManifestRow, string>();
  const newer = new Map<ManifestRow, ManifestRow>();
  for (const [title, versions] of byTitle) {
    const base = ids.get(title);
    if (!base) throw new Error(`seeds/doc-ids.tsv: no id for "${title}" (add a line "title<TAB>id")`);
    const sorted = [...versions].sort((a, b) => b.version_date.localeCompare(a.version_date));
    sorted.forEach((row, i) => {
      if (i > 0 && row.version_date === sorted[i - 1]!.version_date) throw new Error(`manifest: two versions of ${title} dated ${row.version_date}`);
      // The version in force has the id itself; an older one the id and its year (its date if two share a year).
      const sameYear = sorted.filter((r) => r.version_date.slice(0, 4) === row.version_date.slice(0, 4)).length > 1;
      idOf.set(row, i === 0 ? base : `${base}-${sameYear ? row.version_date.replaceAll('-', '') : row.version_date.slice(0, 4)}`);
      if (i > 0) newer.set(row, sorted[i - 1]!);
    });
  }
  return rows.map((row) => {
    const replacement = newer.get(row);
    const info: DocumentInfo = {
      id: idOf.get(row)!,
      title: titles.get(row.file) ?? row.title,
      shortTitle: row.title,
      level: row.level,
      kind: row.kind,
      versionDate: row.version_date,
      status: replacement ? 'superseded' : 'in_force',
      notes: [...(notes.get(row.file) ?? [])],
      file: row.file,
    };
    const versionNote = versionNoteOf(notes.get(row.file) ?? [], row.version_date);
    if (versionNote) info.versionNote = versionNote;
    if (replacement) info.supersededBy = idOf.get(replacement)!;
    if (row.incomplete) info.incomplete = true;
    return info;
  });
}
