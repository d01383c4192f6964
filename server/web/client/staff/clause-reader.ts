/** The staff page's plan outline (from /api/clauses, built by tools/plan-outline.ts) and the clause reader beside it. */
import { planOutline, type OutlineNode } from '../../../../tools/plan-outline.ts';
import { DOCUMENT_STATUS_TEXT, MISSING_CLAUSE_TEXT } from '../../../../tools/wording.ts';
import { errorText, fetchJson } from '../api.ts';
import { all, byId, el } from '../dom.ts';
import { appendHighlighted, headingNode, pathNodes, planUrl, sourceName } from '../plan-text.ts';
import type { ClauseReader, ReadClause } from './staff-tab.ts';

/** Loads the outline into #outline and returns the reader for #reader. */
export function createClauseReader(onLoaded: (reader: ClauseReader) => void): ClauseReader {
  const listed = new Map<string, ReadClause>();
  const cache = new Map<string, ReadClause>();
  const readerBox = byId('reader');

  const fetchClause = async (id: string): Promise<ReadClause | null> => {
    const cached = cache.get(id);
    if (cached && cached.prev !== undefined) return cached;
    const res = await fetchJson<ReadClause>(`/api/clauses/${encodeURIComponent(id)}`);
    if (!res.ok || !res.data) return null;
    cache.set(id, res.data);
    return res.data;
  };

  const open = async (id: string, quote?: string | null): Promise<void> => {
    const clause = await fetchClause(id);
    readerBox.hidden = false;
    readerBox.textContent = '';
    if (!clause) {
      readerBox.appendChild(el('p', { role: 'alert', text: `没有编号为 ${id} 的条款。` }));
      return;
    }
    const text = el('p', { class: 'text' });
    if (quote) appendHighlighted(text, clause.text, [quote]);
    else text.textContent = clause.text || MISSING_CLAUSE_TEXT;
    readerBox.append(
      // An article is named by its law or regulation and version, and a superseded version says so.
      el('h2', { id: 'reader-title', text: clause.docTitle ? sourceName(clause) : `条款 ${clause.id}` }),
      el('p', { class: 'path' }, pathNodes(clause.path, clause.pathInferred)),
      ...(clause.status === 'superseded' ? [el('p', { class: 'callout warn', text: `${DOCUMENT_STATUS_TEXT.superseded}：${DOCUMENT_STATUS_TEXT.superseded_note}` })] : []),
      text,
      el('div', { class: 'nav' }, [
        clause.prev ? el('button', { type: 'button', class: 'btn secondary small', text: `上一条 ${clause.prev}`, onclick: () => void open(clause.prev!) }) : null,
        clause.next ? el('button', { type: 'button', class: 'btn secondary small', text: `下一条 ${clause.next}`, onclick: () => void open(clause.next!) }) : null,
        el('a', { class: 'btn secondary small', href: planUrl(clause.id, quote), text: clause.docTitle ? '在法规全文中查看' : '在规划全文中查看' }),
      ]),
    );
    for (const b of all('#outline [data-id]')) {
      if (b.getAttribute('data-id') === clause.id) {
        b.setAttribute('aria-current', 'true');
        const chapter = b.closest('details');
        if (chapter) chapter.open = true;
      } else b.removeAttribute('aria-current');
    }
    readerBox.focus();
    readerBox.scrollIntoView({ block: 'start' });
  };

  const reader: ClauseReader = { open, fetch: fetchClause, known: (id) => listed.get(id) };

  const clauseButton = (node: OutlineNode) =>
    el('li', null, [
      el('button', { type: 'button', 'data-id': node.clauseId, onclick: () => void open(node.clauseId!) }, [
        `${node.clauseId} `,
        headingNode(node.title, node.inferred),
      ]),
    ]);

  /** A chapter's items: a section heading with its clauses, or the chapter's own clauses grouped in one list. */
  const chapterBody = (chapter: OutlineNode) => {
    const body = el('div');
    let loose: HTMLUListElement | null = null;
    const leaves = chapter.clauseId ? [chapter] : chapter.children;
    for (const node of leaves) {
      if (node.clauseId) {
        if (!loose) body.appendChild((loose = el('ul')));
        loose.appendChild(clauseButton(node));
        continue;
      }
      loose = null;
      body.appendChild(el('p', { class: 'sec' }, [headingNode(node.title, node.inferred)]));
      body.appendChild(el('ul', null, node.children.map(clauseButton)));
    }
    return body;
  };

  void fetchJson<{ clauses: ReadClause[] }>('/api/clauses').then((res) => {
    const target = byId('outline');
    target.textContent = '';
    if (!res.ok || !res.data) {
      target.appendChild(el('p', { role: 'alert', text: `目录加载失败：${errorText(res.data, res.status)}` }));
      return;
    }
    for (const c of res.data.clauses) {
      listed.set(c.id, c);
      cache.set(c.id, c);
    }
    planOutline(res.data.clauses).forEach((chapter, i) => {
      target.appendChild(el('details', { 'data-chapter': i }, [el('summary', null, [headingNode(chapter.title, chapter.inferred)]), chapterBody(chapter)]));
    });
    byId('outline-count').textContent = `共 ${res.data.clauses.length} 条`;
    onLoaded(reader);
  });
  return reader;
}
