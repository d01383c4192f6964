/**
 * 未解决问题: questions the assistant could not answer or that people rated wrong (GET /api/unanswered, most
 * frequent first). For each, staff search the plan, tick the clauses the answer should lead with and save a
 * correction — or mark the question as not covered by the plan — and then see the new answer audited.
 */
import type { Correction } from '../../../../tools/ask/corrections.ts';
import type { UnansweredQuestion } from '../../../feedback/staff-schema.ts';
import { STAFF_TEXT, UNANSWERED_REASON_LABEL } from '../../../../tools/wording.ts';
import { errorText, fetchJson } from '../api.ts';
import { all, byId, el } from '../dom.ts';
import { pathText } from '../plan-text.ts';
import { auditInto } from './audit-tab.ts';
import type { SearchHit } from './search-tab.ts';
import { problemText } from './staff-access.ts';
import type { StaffContext, StaffTab } from './staff-tab.ts';

/** Clauses offered per search: enough to find the right one, short enough to read on a phone. */
const SEARCH_K = 8;

/** Matching sentences shown under each offered clause; the whole clause is one tap away in the reader. */
const SHOWN_MATCHES = 2;

let ctx: StaffContext;
let loaded = false;
/** The most clauses one correction may name (the server's limit, from the panel's data attribute). */
let maxClauses = 1;

/** A readable local time for an ISO timestamp. */
export function localTime(iso: string): string {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : when.toLocaleString('zh-CN');
}

async function load(): Promise<void> {
  loaded = true;
  const list = byId('un-list');
  const status = byId('un-status');
  status.textContent = '加载中…';
  const res = await ctx.staff.fetch<{ questions: UnansweredQuestion[] }>('/api/unanswered?limit=100', {}, () => void load());
  if (!res.ok) {
    status.textContent = problemText(res, STAFF_TEXT.loadFailed);
    return;
  }
  const questions = res.data?.questions ?? [];
  list.textContent = '';
  status.textContent = questions.length ? STAFF_TEXT.unansweredCount(questions.length) : STAFF_TEXT.unansweredNone;
  questions.forEach((q, i) => list.appendChild(card(q, `un-${i}`)));
}

/** One logged question with its tools; `key` makes the ids inside unique on the page. */
function card(q: UnansweredQuestion, key: string): HTMLElement {
  const correctedPill = el('span', { class: 'pill corrected', text: q.correctionId ? STAFF_TEXT.corrected(q.correctionId) : '', hidden: !q.correctionId });
  const outcome = el('p', { class: 'status-line', role: 'status', tabindex: '-1' });
  const audited = el('div', { class: 'correction-audit' });
  const work = el('div', { class: 'correct-work', id: `${key}-work`, hidden: true });

  const showSaved = (correction: Correction, line: string) => {
    correctedPill.textContent = STAFF_TEXT.corrected(correction.id);
    correctedPill.hidden = false;
    // The search has done its job: fold it, so the new answer sits right under the question.
    work.hidden = true;
    searchButton.setAttribute('aria-expanded', 'false');
    outcome.className = 'status-line';
    outcome.textContent = `${line}${STAFF_TEXT.reasked}`;
    outcome.focus();
    void auditInto(audited, q.question);
  };
  const save = async (body: { clauseIds?: string[]; outOfScope?: boolean; note?: string }) => {
    outcome.className = 'status-line';
    outcome.textContent = STAFF_TEXT.saving;
    audited.textContent = '';
    const res = await ctx.staff.fetch<{ correction: Correction }>('/api/corrections', { method: 'POST', body: { question: q.question, ...body } }, () => void save(body));
    if (!res.ok || !res.data) {
      outcome.className = 'status-line error';
      outcome.textContent = res.ok ? '' : problemText(res, STAFF_TEXT.saveFailed);
      return;
    }
    const c = res.data.correction;
    showSaved(c, c.outOfScope ? STAFF_TEXT.savedOutOfScope : STAFF_TEXT.savedClauses(c.clauseIds));
  };

  const searchButton = el('button', {
    type: 'button', class: 'btn secondary small', 'aria-expanded': 'false', 'aria-controls': work.id, 'aria-describedby': `${key}-q`,
    text: STAFF_TEXT.searchOpen,
    onclick: () => {
      const open = work.hidden;
      work.hidden = !open;
      searchButton.setAttribute('aria-expanded', String(open));
      if (open) {
        if (!work.firstChild) work.appendChild(correctForm(q.question, key, (ids, note) => void save({ clauseIds: ids, ...(note ? { note } : {}) })));
        work.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      }
    },
  });

  return el('li', { class: 'card', 'data-question': q.question }, [
    el('div', { class: 'meta' }, [
      el('span', { class: `pill ${q.reason}`, text: UNANSWERED_REASON_LABEL[q.reason] }),
      el('span', { text: STAFF_TEXT.askedTimes(q.count) }),
      el('span', null, [`${STAFF_TEXT.lastAsked} `, el('time', { datetime: q.lastAskedAt, text: localTime(q.lastAskedAt) })]),
      correctedPill,
    ]),
    el('p', { class: 'question', id: `${key}-q` }, [el('strong', { text: '问题：' }), q.question]),
    el('div', { class: 'actions' }, [
      searchButton,
      el('button', {
        type: 'button', class: 'btn secondary small', 'aria-describedby': `${key}-q`, text: STAFF_TEXT.markOutOfScope,
        onclick: () => void save({ outOfScope: true }),
      }),
    ]),
    work,
    outcome,
    audited,
  ]);
}

/** The search box (prefilled with the question), the clauses to tick, an optional note and 保存纠正. */
function correctForm(question: string, key: string, onSave: (clauseIds: string[], note: string) => void): HTMLElement {
  // Ticked clauses in the order they were ticked: the answer leads with the first.
  const chosen: string[] = [];
  const input = el('input', { type: 'search', id: `${key}-search`, value: question, autocomplete: 'off' });
  const searchStatus = el('p', { class: 'hint', role: 'status' });
  const picks = el('ol', { class: 'picks' });
  const fieldset = el('fieldset', { class: 'pick-set', hidden: true }, [el('legend', { text: STAFF_TEXT.pickLegend(maxClauses) }), picks]);
  const note = el('input', { type: 'text', id: `${key}-note`, autocomplete: 'off' });
  const saveStatus = el('p', { class: 'status-line error', role: 'alert' });

  const pick = (hit: SearchHit): HTMLElement => {
    const box = el('input', {
      type: 'checkbox', id: `${key}-c-${hit.id}`, value: hit.id, 'aria-describedby': `${key}-m-${hit.id}`,
      checked: chosen.includes(hit.id),
      onchange: () => {
        const at = chosen.indexOf(hit.id);
        if (box.checked && at < 0) chosen.push(hit.id);
        if (!box.checked && at >= 0) chosen.splice(at, 1);
        saveStatus.textContent = '';
      },
    });
    return el('li', { class: 'pick', 'data-id': hit.id }, [
      box,
      el('div', null, [
        el('label', { for: box.id }, [el('span', { class: 'cid', text: `条款 ${hit.id}` }), ` ${pathText(hit.path)}`]),
        el('ul', { class: 'matches', id: `${key}-m-${hit.id}` }, (hit.matches ?? []).slice(0, SHOWN_MATCHES).map((m) => el('li', { text: m }))),
        el('button', { type: 'button', class: 'linkish', text: STAFF_TEXT.readWhole, 'aria-label': `${STAFF_TEXT.readWhole}：条款 ${hit.id}`, onclick: () => void ctx.reader.open(hit.id) }),
      ]),
    ]);
  };

  const search = async () => {
    const query = input.value.trim();
    if (!query) return;
    searchStatus.textContent = '检索中…';
    // A correction points at the plan's clauses only: the plan's search, not every document's (the default).
    const res = await fetchJson<{ results: SearchHit[] }>('/api/search', { method: 'POST', body: { query, k: SEARCH_K, docs: ['plan'] } });
    if (!res.ok || !res.data) {
      searchStatus.textContent = `检索失败：${errorText(res.data, res.status)}`;
      return;
    }
    searchStatus.textContent = '';
    picks.textContent = '';
    // Clauses already ticked stay offered, so a second search can add to the first.
    const shown = new Set<string>();
    for (const hit of res.data.results) {
      shown.add(hit.id);
      picks.appendChild(pick(hit));
    }
    for (const id of chosen.filter((c) => !shown.has(c))) {
      const clause = await ctx.reader.fetch(id);
      if (clause) picks.prepend(pick({ id, path: clause.path, text: clause.text, score: 0, matches: [] }));
    }
    fieldset.hidden = false;
  };

  return el('div', null, [
    el('form', { class: 'row-form', role: 'search', onsubmit: (ev) => { ev.preventDefault(); void search(); } }, [
      el('div', { class: 'field' }, [el('label', { for: input.id, text: STAFF_TEXT.searchLabel }), input]),
      el('button', { type: 'submit', class: 'btn', text: STAFF_TEXT.searchButton }),
    ]),
    searchStatus,
    el('form', {
      class: 'pick-form',
      onsubmit: (ev) => {
        ev.preventDefault();
        if (!chosen.length || chosen.length > maxClauses) {
          saveStatus.textContent = chosen.length ? STAFF_TEXT.pickTooMany(maxClauses) : STAFF_TEXT.pickNone;
          return;
        }
        onSave([...chosen], note.value.trim());
      },
    }, [
      fieldset,
      el('div', { class: 'field' }, [el('label', { for: note.id, text: STAFF_TEXT.noteLabel }), note]),
      el('div', { class: 'form-actions' }, [el('button', { type: 'submit', class: 'btn', text: STAFF_TEXT.save }), saveStatus]),
    ]),
  ]);
}

/** The 未解决问题 tab. */
export const unansweredTab: StaffTab = {
  tabId: 'tab-unanswered',
  init(context) {
    ctx = context;
    maxClauses = Number(byId('panel-unanswered').dataset.maxClauses) || 1;
    byId('un-refresh').addEventListener('click', () => void load());
  },
  onShow() {
    // A fresh list each time (a correction made or deleted elsewhere changes it), unless staff are mid-way
    // through a correction, whose ticks a reload would throw away.
    const busy = all('#un-list .correct-work').some((w) => !w.hidden);
    if (!loaded || !busy) void load();
  },
};
