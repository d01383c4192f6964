/**
 * One document as Markdown, for a model to read whole (MCP resource `plan://documents/{id}`): its title, level,
 * version and status, its notes on adoption and amendments, then every clause or article verbatim under its
 * headings, each with its clause id. Pure.
 */
import { PLAN_DOC } from '../retrieval/documents/catalog.ts';
import { NOTES_LABEL } from '../retrieval/documents/library.ts';
import type { Engine } from '../retrieval/engine.ts';
import type { Clause } from '../retrieval/schemas/clause.ts';
import { listDocuments, type ListedDocument } from './documents.ts';
import { DOCUMENT_STATUS_TEXT, MISSING_CLAUSE_TEXT } from './wording.ts';

/** The URI of a document's resource. */
export function documentUri(id: string): string {
  return `plan://documents/${id}`;
}

/** Headings that change from the previous clause's, as Markdown headings one level per depth below the title. */
function changedHeadings(path: readonly string[], previous: readonly string[]): string[] {
  const lines: string[] = [];
  path.forEach((title, d) => {
    if (previous[d] === title && previous.slice(0, d).join('\u0000') === path.slice(0, d).join('\u0000')) return;
    lines.push('', `${'#'.repeat(d + 2)} ${title}`);
  });
  return lines;
}

/** The header lines: what the document is and whether this version is in force. */
function header(doc: ListedDocument, versionNote: string | undefined): string[] {
  const status =
    doc.status === 'superseded'
      ? `${DOCUMENT_STATUS_TEXT.superseded}。${DOCUMENT_STATUS_TEXT.superseded_note}${DOCUMENT_STATUS_TEXT.newer}${doc.supersededBy}（${documentUri(doc.supersededBy ?? '')}）`
      : doc.id === PLAN_DOC
        ? DOCUMENT_STATUS_TEXT.in_force
        : `${DOCUMENT_STATUS_TEXT.in_force}（${DOCUMENT_STATUS_TEXT.in_force_note}）`;
  return [
    `# ${doc.title}`,
    '',
    `- 文件 id：${doc.id}`,
    `- 级别：${doc.level}${doc.kind}`,
    `- 版本：${versionNote ? `${versionNote}（${doc.versionDate}）` : doc.versionDate}`,
    `- 状态：${status}`,
    `- 共 ${doc.clauses} 条；〔编号〕是条款 id，用 get_clause 读取单条。引用时写明文件名称和版本。`,
  ];
}

/** The whole document as Markdown; undefined for an unknown id. */
export function documentText(engine: Engine, id: string): string | undefined {
  const doc = listDocuments(engine).find((d) => d.id === id);
  if (!doc) return undefined;
  if (id === PLAN_DOC) {
    const lines = header(doc, undefined);
    let previous: readonly string[] = [];
    for (const c of engine.corpus.clauses) {
      lines.push(...changedHeadings(c.path, previous), `〔${c.id}〕`, c.text || MISSING_CLAUSE_TEXT);
      previous = c.path;
    }
    return lines.join('\n');
  }
  const library = engine.documents!;
  const info = library.document(id)!;
  const lines = header(doc, info.versionNote);
  const notes = library.article(`${id}:0`);
  if (notes) lines.push('', `## ${NOTES_LABEL}〔${notes.id}〕`, notes.text);
  let previous: readonly string[] = [];
  for (const a of library.corpus.clauses as readonly Clause[]) {
    if (a.doc !== id) continue;
    // The path starts with the document's title, which is the page's own heading.
    const headings = a.path.slice(1);
    lines.push(...changedHeadings(headings, previous), '', `**${a.label ?? ''}**〔${a.id}〕`, a.text);
    previous = headings;
  }
  return lines.join('\n');
}
