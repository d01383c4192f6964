/**
 * 纠正记录: every correction staff made (GET /api/corrections, newest first) — the question, the clauses its
 * answer now leads with or 规划未涉及, the note and when — with 重新提问并核对 and delete (which restores the
 * answer the question had before).
 */
import type { Correction } from '../../../../tools/ask/corrections.ts';
import { ANSWER_STATUS_LABEL, STAFF_TEXT } from '../../../../tools/wording.ts';
import { byId, el } from '../dom.ts';
import { pathText } from '../plan-text.ts';
import { reaudit } from './audit-tab.ts';
import { problemText } from './staff-access.ts';
import type { StaffContext, StaffTab } from './staff-tab.ts';
import { localTime } from './unanswered-tab.ts';

let ctx: StaffContext;

/** Loads the list; `done` (what was just done, e.g. a deletion) leads the status line. */
async function load(done = ''): Promise<void> {
  const list = byId('co-list');
  const status = byId('co-status');
  status.textContent = '加载中…';
  const res = await ctx.staff.fetch<{ corrections: Correction[] }>('/api/corrections', {}, () => void load());
  if (!res.ok) {
    status.textContent = problemText(res, STAFF_TEXT.loadFailed);
    return;
  }
  const corrections = res.data?.corrections ?? [];
  // Headings for the clause ids: the reader's cache, already filled by the outline.
  const ids = [...new Set(corrections.flatMap((c) => c.clauseIds))];
  const paths = new Map(await Promise.all(ids.map(async (id) => [id, (await ctx.reader.fetch(id))?.path] as const)));
  list.textContent = '';
  status.textContent = done + (corrections.length ? STAFF_TEXT.correctionsCount(corrections.length) : STAFF_TEXT.correctionsNone);
  for (const c of corrections) list.appendChild(item(c, paths));
}

async function remove(c: Correction): Promise<void> {
  if (!window.confirm(STAFF_TEXT.deleteConfirm(c.question))) return;
  const status = byId('co-status');
  const res = await ctx.staff.fetch(`/api/corrections/${c.id}`, { method: 'DELETE' }, () => void remove(c));
  if (!res.ok) {
    status.textContent = problemText(res, STAFF_TEXT.deleteFailed);
    return;
  }
  await load(STAFF_TEXT.deleted(c.id));
  // The button pressed is gone with its card; the status line says what happened.
  status.focus();
}

function item(c: Correction, paths: Map<string, string[] | undefined>): HTMLElement {
  const qid = `co-${c.id}-q`;
  return el('li', { class: 'card', 'data-id': c.id }, [
    el('div', { class: 'meta' }, [
      el('time', { datetime: c.createdAt, text: localTime(c.createdAt) }),
      `#${c.id}`,
      c.outOfScope ? el('span', { class: 'pill no_match', text: ANSWER_STATUS_LABEL.no_match }) : null,
    ]),
    el('p', { class: 'question', id: qid }, [el('strong', { text: '问题：' }), c.question]),
    c.clauseIds.length
      ? el('div', { class: 'leads' }, [
          el('strong', { text: STAFF_TEXT.leadsWith }),
          el(
            'ol',
            null,
            c.clauseIds.map((id) =>
              el('li', null, [
                el('button', { type: 'button', class: 'linkish', text: `条款 ${id}`, onclick: () => void ctx.reader.open(id) }),
                ` ${pathText(paths.get(id))}`,
              ]),
            ),
          ),
        ])
      : null,
    c.note ? el('p', null, [el('strong', { text: STAFF_TEXT.noteShown }), c.note]) : null,
    el('div', { class: 'actions' }, [
      el('button', { type: 'button', class: 'btn secondary small', text: '重新提问并核对', 'aria-describedby': qid, onclick: () => reaudit(c.question) }),
      el('button', {
        type: 'button', class: 'btn secondary small danger', text: STAFF_TEXT.deleteButton, 'aria-label': `${STAFF_TEXT.deleteButton}纠正 #${c.id}`,
        'aria-describedby': qid, onclick: () => void remove(c),
      }),
    ]),
  ]);
}

/** The 纠正记录 tab. */
export const correctionsTab: StaffTab = {
  tabId: 'tab-corrections',
  init(context) {
    ctx = context;
    byId('co-refresh').addEventListener('click', () => void load());
  },
  onShow() {
    // Always fresh: corrections are saved from the 未解决问题 tab, and nothing here is half-done.
    void load();
  },
};
