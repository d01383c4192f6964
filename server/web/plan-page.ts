/** GET /plan: the whole plan as one page with an outline; ?clause=&q= marks a clause and highlights a quote in it. */
import { html } from 'hono/html';
import type { Clause } from '../../retrieval/schemas/clause.ts';
import { planOutline, type OutlineNode } from '../../tools/plan-outline.ts';
import type { ListedDocument } from '../../tools/documents.ts';
import { INFERRED_BADGE, INFERRED_TITLE, MISSING_CLAUSE_TEXT } from '../../tools/wording.ts';
import { documentPicker } from './document-picker.ts';
import { layout } from './layout.ts';

/** The clause to show and the quote to highlight in it. */
export interface PlanFocus {
  id?: string;
  quote?: string;
}

function heading(text: string, inferred: boolean | undefined) {
  return inferred ? html`<span class="inferred" title="${INFERRED_TITLE}">${text}<span class="badge">${INFERRED_BADGE}</span></span>` : text;
}

function headingTag(depth: number, inner: unknown, id?: string) {
  const attr = id ? html` id="${id}"` : '';
  if (depth === 0) return html`<h2${attr}>${inner}</h2>`;
  if (depth === 1) return html`<h3${attr}>${inner}</h3>`;
  return html`<h4${attr}>${inner}</h4>`;
}

/** The clause body, with the quote wrapped in <mark id="quote"> when it occurs verbatim. */
export function quotedBody(clause: Clause, quote: string | undefined) {
  if (!clause.text) return html`<p class="hint">${MISSING_CLAUSE_TEXT}</p>`;
  const at = quote ? clause.text.indexOf(quote) : -1;
  if (!quote || at < 0) return html`<p>${clause.text}</p>`;
  return html`<p>${clause.text.slice(0, at)}<mark id="quote">${quote}</mark>${clause.text.slice(at + quote.length)}</p>`;
}

function tocList(nodes: OutlineNode[]): unknown {
  return html`<ol>${nodes.map(
    (n) => html`<li><a href="#c-${n.firstId}">${heading(n.title, n.inferred)}</a>${n.children.length ? tocList(n.children) : ''}</li>`,
  )}</ol>`;
}

/** The page, in 长辈版 when `elder`; `documents` fill the picker that opens the laws and regulations. */
export function planPage(clauses: Clause[], focus: PlanFocus, elder: boolean, documents: readonly ListedDocument[] = []) {
  const target = focus.id ? clauses.find((c) => c.id === focus.id) : undefined;
  const found = target && focus.quote ? target.text.includes(focus.quote) : false;
  let previous: string[] = [];
  const sections = clauses.map((clause) => {
    const last = clause.path.length - 1;
    // Headings above the clause's own are printed once, where they change.
    const above = clause.path.slice(0, last).map((title, d) =>
      previous[d] === title && previous.slice(0, d).join('/') === clause.path.slice(0, d).join('/') ? '' : headingTag(d, heading(title, clause.pathInferred[d])),
    );
    previous = clause.path;
    const current = clause === target;
    return html`${above}<section class="clause${current ? ' current' : ''}" id="c-${clause.id}" tabindex="-1" aria-labelledby="h-${clause.id}">
${headingTag(last, heading(clause.path[last] ?? '', clause.pathInferred[last]), `h-${clause.id}`)}
${quotedBody(clause, current ? focus.quote : undefined)}
<p class="cid">条款 ${clause.id}</p>
</section>`;
  });
  const banner = target
    ? html`<div class="plan-bar${focus.quote && !found ? ' warn' : ''}" role="status">
<a id="back" href="/">← 返回咨询</a><span>条款 ${target.id}</span>${
        focus.quote ? (found ? html`<a href="#quote" title="引文已用黄色标出">跳到引文</a>` : html`<span>这段引文未在该条款原文中逐字找到</span>`) : ''
      }
</div>`
    : focus.id
      ? html`<div class="callout warn" role="status"><p>没有编号为 ${focus.id} 的条款，下面是规划全文。</p></div>`
      : '';
  return layout({
    elder,
    title: target ? `条款 ${target.id} · 浙江省公共服务“十四五”规划` : '浙江省公共服务“十四五”规划 全文',
    tagline: '《浙江省公共服务“十四五”规划》全文',
    current: '/plan',
    script: 'plan.js',
    main: html`<div class="plan-layout">
<details class="toc card" id="toc"><summary>目录</summary><nav aria-label="规划目录">${tocList(planOutline(clauses))}</nav></details>
<main id="main" class="plan-body">
${documents.length > 1 ? documentPicker(documents, 'plan') : ''}
${banner}
<p class="hint">标有“${INFERRED_BADGE}”的标题在原文中缺失，系根据条款内容推定，并非规划原文。</p>
${sections}
</main>
</div>`,
  });
}
