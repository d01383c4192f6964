/** 检索原文: search the plan and show each hit with its best matching sentences highlighted. */
import { errorText, fetchJson } from '../api.ts';
import { byId, el } from '../dom.ts';
import { appendHighlighted, pathNodes } from '../plan-text.ts';
import type { StaffTab } from './staff-tab.ts';

/** Matches come best first and can be every sentence of the clause; the best few are what staff look for. */
const HIGHLIGHTED = 2;

/** One result of POST /api/search, as the staff tabs read it. */
export interface SearchHit {
  id: string;
  path: string[];
  text: string;
  score: number;
  matches?: string[];
}

/** The search tab. */
export const searchTab: StaffTab = {
  tabId: 'tab-search',
  init({ reader, params }) {
    const form = byId<HTMLFormElement>('search-form');
    const input = byId<HTMLInputElement>('search-q');
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const query = input.value.trim();
      if (!query) return;
      const status = byId('search-status');
      const hits = byId('hits');
      status.textContent = '检索中…';
      hits.textContent = '';
      const k = Number(byId<HTMLSelectElement>('search-k').value);
      // The plan's clauses, as the outline and the reader beside it show them.
      const res = await fetchJson<{ results: SearchHit[] }>('/api/search', { method: 'POST', body: { query, k, docs: ['plan'] } });
      if (!res.ok || !res.data) {
        status.textContent = `检索失败：${errorText(res.data, res.status)}`;
        return;
      }
      status.textContent = `找到 ${res.data.results.length} 条相关条款，每条中最相关的句子已高亮。`;
      for (const r of res.data.results) {
        const body = el('p');
        const matches = r.matches ?? [];
        appendHighlighted(body, r.text, matches.slice(0, HIGHLIGHTED));
        hits.appendChild(
          el('li', { class: 'card', 'data-id': r.id }, [
            el('div', { class: 'meta' }, [
              el('button', { type: 'button', class: 'linkish', text: `条款 ${r.id}`, onclick: () => void reader.open(r.id) }),
              ` · 得分 ${r.score} · 匹配 ${matches.length} 句`,
            ]),
            el('p', { class: 'meta' }, pathNodes(r.path, reader.known(r.id)?.pathInferred)),
            body,
          ]),
        );
      }
    });
    const q = params.get('q');
    if (q) {
      input.value = q;
      form.requestSubmit();
    }
  },
};
