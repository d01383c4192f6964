/**
 * GET /plan?doc=ID: one law or regulation as one page, in the plan view's frame — its title, level, kind, version
 * date and status (a superseded version marked, with a link to the version in force), its notes on adoption and
 * amendments, and every article under its chapters and sections. `?clause=<doc>:<n>&q=` marks an article and
 * highlights a quote; `#c-<doc>:<n>` is each article's anchor. The document picker (every page of /plan) lists them all.
 */
import { html } from 'hono/html';
import type { DocumentEntry } from '../../retrieval/documents/library.ts';
import { NOTES_LABEL } from '../../retrieval/documents/library.ts';
import type { Clause } from '../../retrieval/schemas/clause.ts';
import type { ListedDocument } from '../../tools/documents.ts';
import { DOCUMENT_STATUS_TEXT } from '../../tools/wording.ts';
import { documentPicker } from './document-picker.ts';
import { layout } from './layout.ts';
import { quotedBody, type PlanFocus } from './plan-page.ts';

/** A version's date in Chinese, as its notes give it when they do. */
function versionText(doc: DocumentEntry): string {
  return doc.versionNote ?? doc.versionDate;
}

/** What the document is and whether it is in force; a superseded version links to the version that replaces it. */
function statusBlock(doc: DocumentEntry, documents: readonly DocumentEntry[]) {
  const newer = doc.supersededBy ? documents.find((d) => d.id === doc.supersededBy) : undefined;
  const older = documents.filter((d) => d.supersededBy === doc.id);
  const pill = html`<span class="pill ${doc.status}">${DOCUMENT_STATUS_TEXT[doc.status]}</span>`;
  return html`<div class="doc-head">
<h2 id="doc-title">${doc.title}</h2>
<p class="doc-meta">${doc.level} · ${doc.kind} · 版本：${versionText(doc)} ${pill}</p>
${
    doc.status === 'superseded'
      ? html`<div class="callout warn" role="note"><p>${DOCUMENT_STATUS_TEXT.superseded_note}${DOCUMENT_STATUS_TEXT.newer}${
          newer ? html`<a href="/plan?doc=${newer.id}" id="newer-version">《${newer.title}》（${versionText(newer)}）</a>` : doc.supersededBy
        }</p></div>`
      : html`<p class="hint">${DOCUMENT_STATUS_TEXT.in_force_note}${
          older.length ? html`${DOCUMENT_STATUS_TEXT.older}${older.map((d, i) => html`${i ? '、' : ''}<a href="/plan?doc=${d.id}">${versionText(d)}</a>`)}` : ''
        }</p>`
  }
</div>`;
}

/** The heading level of an article: one below the chapter and section headings above it (the title is h2). */
function headingTag(level: number, inner: unknown, id?: string) {
  const attr = id ? html` id="${id}"` : '';
  if (level <= 3) return html`<h3${attr}>${inner}</h3>`;
  if (level === 4) return html`<h4${attr}>${inner}</h4>`;
  return html`<h5${attr}>${inner}</h5>`;
}

/** One outline entry: a chapter or section heading and the first article under it. */
interface TocEntry {
  title: string;
  firstId: string;
  children: TocEntry[];
}

/** Chapters and sections with their first article; a document without chapters lists its articles. */
function tocOf(articles: readonly Clause[]): TocEntry[] {
  const top: TocEntry[] = [];
  for (const a of articles) {
    const headings = a.path.slice(1);
    if (headings.length === 0) {
      top.push({ title: a.label ?? a.id, firstId: a.id, children: [] });
      continue;
    }
    let level = top;
    for (const title of headings) {
      let entry = level.at(-1);
      if (!entry || entry.title !== title) level.push((entry = { title, firstId: a.id, children: [] }));
      level = entry.children;
    }
  }
  return top;
}

function tocList(entries: readonly TocEntry[]): unknown {
  return html`<ol>${entries.map((e) => html`<li><a href="#c-${e.firstId}">${e.title}</a>${e.children.length ? tocList(e.children) : ''}</li>`)}</ol>`;
}

/** The page of one document; `articles` in order, `notes` its clause `<doc>:0` when the text has notes. */
export function documentPage(
  doc: DocumentEntry,
  articles: readonly Clause[],
  notes: Clause | undefined,
  documents: readonly DocumentEntry[],
  listed: readonly ListedDocument[],
  focus: PlanFocus,
  elder: boolean,
) {
  const all = notes ? [notes, ...articles] : articles;
  const target = focus.id ? all.find((c) => c.id === focus.id) : undefined;
  const found = target && focus.quote ? target.text.includes(focus.quote) : false;
  let previous: string[] = [];
  const sections = articles.map((article) => {
    const headings = article.path.slice(1);
    // Chapter and section headings are printed once, where they change.
    const above = headings.map((title, d) =>
      previous[d] === title && previous.slice(0, d).join('/') === headings.slice(0, d).join('/') ? '' : headingTag(3 + d, title),
    );
    previous = headings;
    const current = article === target;
    return html`${above}<section class="clause article${current ? ' current' : ''}" id="c-${article.id}" tabindex="-1" aria-labelledby="h-${article.id}">
${headingTag(3 + headings.length, article.label ?? article.id, `h-${article.id}`)}
${quotedBody(article, current ? focus.quote : undefined)}
<p class="cid">条款 ${article.id}</p>
</section>`;
  });
  const notesSection = notes
    ? html`<section class="clause doc-notes${notes === target ? ' current' : ''}" id="c-${notes.id}" tabindex="-1" aria-labelledby="h-${notes.id}">
<h3 id="h-${notes.id}">${NOTES_LABEL}</h3>
${quotedBody(notes, notes === target ? focus.quote : undefined)}
</section>`
    : '';
  const banner = target
    ? html`<div class="plan-bar${(focus.quote && !found) || doc.status === 'superseded' ? ' warn' : ''}" role="status">
<a id="back" href="/">← 返回咨询</a><span>${target.label ?? target.id}${doc.status === 'superseded' ? `（${doc.versionDate}版，${DOCUMENT_STATUS_TEXT.superseded}）` : ''}</span>${
        focus.quote ? (found ? html`<a href="#quote" title="引文已用黄色标出">跳到引文</a>` : html`<span>这段引文未在该条原文中逐字找到</span>`) : ''
      }
</div>`
    : focus.id
      ? html`<div class="callout warn" role="status"><p>《${doc.title}》没有编号为 ${focus.id} 的条文，下面是全文。</p></div>`
      : '';
  const toc = tocOf(articles);
  return layout({
    elder,
    title: `${target ? `${target.label ?? target.id} · ` : ''}${doc.title}（${doc.versionDate}）`,
    tagline: `《${doc.title}》全文`,
    current: '/plan',
    script: 'plan.js',
    main: html`<div class="plan-layout">
<details class="toc card" id="toc"><summary>目录</summary><nav aria-label="文件目录">${tocList(toc)}</nav></details>
<main id="main" class="plan-body" data-doc="${doc.id}">
${documentPicker(listed, doc.id)}
${banner}
${statusBlock(doc, documents)}
${notesSection}
${sections}
</main>
</div>`,
  });
}

/** /plan?doc= naming no document: the picker and a note, under a 404. */
export function unknownDocumentPage(id: string, listed: readonly ListedDocument[], elder: boolean) {
  return layout({
    elder,
    title: '没有这个文件 · 规划和法规全文',
    tagline: '规划和法规全文',
    current: '/plan',
    script: 'plan.js',
    main: html`<div class="plan-layout single">
<main id="main" class="plan-body">
<div class="callout warn" role="status"><p>没有编号为 ${id} 的文件。请在下面选择要阅读的文件。</p></div>
${documentPicker(listed, '')}
</main>
</div>`,
  });
}
