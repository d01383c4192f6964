/** The plan's text on a page: heading chains, links into /plan, [n] markers, highlighted quotes, plain-text answers. */
import type { Citation } from '../../../tools/schemas/citation.ts';
import { INFERRED_BADGE, INFERRED_TITLE, sourceName } from '../../../tools/wording.ts';
import { el, type Child } from './dom.ts';

/** "一、… › （一）… › 2.…" */
export function pathText(path: readonly string[] | undefined): string {
  return (path ?? []).join(' › ');
}

/** The full-plan URL of a clause, with the quote to highlight; fromChat lets its back link return to the conversation. */
export function planUrl(id: string, quote?: string | null, fromChat = false): string {
  return `/plan?clause=${encodeURIComponent(id)}${quote ? `&q=${encodeURIComponent(quote)}` : ''}${fromChat ? '&from=chat' : ''}#c-${id}`;
}

/** One heading; an inferred one gets a badge and an explanation. */
export function headingNode(text: string, inferred: boolean | undefined): HTMLElement {
  if (!inferred) return el('span', { text });
  return el('span', { class: 'inferred', title: INFERRED_TITLE }, [text, el('span', { class: 'badge', text: INFERRED_BADGE })]);
}

/** A heading chain as nodes, inferred headings marked as such. */
export function pathNodes(path: readonly string[], inferred?: readonly boolean[] | null): Child[] {
  return path.flatMap((part, i) => [i > 0 ? ' › ' : null, headingNode(part, inferred?.[i])]);
}

/**
 * Appends text to parent, turning each [n] into a button when citation n is known (onCite(n, button)),
 * or into a plain superscript while the citations are not known yet (during streaming).
 */
export function appendCited(
  parent: HTMLElement,
  text: string,
  citations: readonly Citation[] | null,
  onCite: ((n: number, button: HTMLElement) => void) | null,
): void {
  const known = new Map((citations ?? []).map((c) => [c.n, c]));
  const re = /\[(\d{1,2})\]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
    const n = Number(m[1]);
    const citation = known.get(n);
    if (citation && onCite) {
      const button = el('button', { type: 'button', class: 'cite', 'data-n': n, 'aria-expanded': 'false', 'aria-label': `出处${n}：${citation.id}`, text: String(n) });
      button.addEventListener('click', () => onCite(n, button));
      parent.appendChild(button);
    } else {
      parent.appendChild(el('sup', { class: 'marker', text: m[0] }));
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

/** Appends text to parent with every occurrence of the given strings wrapped in <mark>; returns how many. */
export function appendHighlighted(parent: HTMLElement, text: string, needles: readonly string[]): number {
  const spans: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) spans.push([at, at + needle.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [from, to] of spans) {
    if (from < pos) continue;
    if (from > pos) parent.appendChild(document.createTextNode(text.slice(pos, from)));
    parent.appendChild(el('mark', { text: text.slice(from, to) }));
    pos = to;
  }
  if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
  return spans.length;
}

/** How a source is named (tools/wording.ts, shared with the OpenAI endpoint's content). */
export { sourceName };

/** The answer and its sources as plain text, for pasting into a reply. */
export function plainAnswer(answer: { answer: string; citations: readonly Citation[] }): string {
  const lines = [answer.answer.trim()];
  if (answer.citations.length) {
    // The plan's heading names it; an article's source names its law or regulation and version instead.
    const planOnly = answer.citations.every((c) => !c.docTitle);
    lines.push('', planOnly ? '出处（《浙江省公共服务“十四五”规划》）：' : '出处：');
    for (const c of answer.citations) {
      const where = c.docTitle ? `${sourceName(c)} ${pathText(c.path.slice(1))}`.trim() : `${pathText(c.path)}（${planOnly ? sourceName(c) : `《浙江省公共服务“十四五”规划》${sourceName(c)}`}）`;
      lines.push(`[${c.n}] ${where}：“${c.quote}”`);
    }
  }
  return lines.join('\n');
}

/** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is unavailable (plain http). */
export async function copyText(text: string): Promise<boolean> {
  const fallback = () => {
    const area = el('textarea', { class: 'visually-hidden', readonly: true });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  };
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return fallback();
    }
  }
  return fallback();
}
