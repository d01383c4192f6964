/**
 * One assistant answer on the page: paragraphs with tappable [n] markers, the quote panel, the sources list,
 * and the box its status calls for (referral for no_match, the follow-up for needs_info, a note for rejected).
 */
import type { Answer } from '../../../../tools/schemas/answer.ts';
import type { Citation } from '../../../../tools/schemas/citation.ts';
import {
  CLARIFY_QUESTION,
  FOLLOW_UP_TITLE,
  FOLLOW_UP_TYPE_HINT,
  NOTICE_PREFIX,
  NO_MATCH_TITLE,
  PLAN_CAVEAT,
  REFERRAL_CHANNELS,
  REJECTED_NOTE,
  followUpPrompt,
} from '../../../../tools/wording.ts';
import { all, el } from '../dom.ts';
import { appendCited, pathText, planUrl, sourceName } from '../plan-text.ts';

/** What an answer's boxes can ask the conversation to do. */
export interface AnswerActions {
  /** Sends a one-tap answer as the next question. */
  ask(text: string): void;
  /** Puts a follow-up question into the input box as its placeholder and focuses it. */
  promptInput(question: string): void;
  /** The feedback row under the answer. */
  feedback(question: string, answer: Answer): HTMLElement;
}

/** Numbers answers on the page so each quote panel has its own id. */
let serial = 0;

/**
 * Answer text as paragraphs; the plan caveat (PLAN_CAVEAT, the one sentence that closes an answer) is set
 * apart in smaller type. Equality with the wording module, not a text prefix, tells it apart.
 */
export function renderParagraphs(
  box: HTMLElement,
  text: string,
  citations: readonly Citation[] | null,
  onCite: ((n: number, button: HTMLElement) => void) | null,
): void {
  box.textContent = '';
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const p = el('p', { class: line === PLAN_CAVEAT ? 'caveat' : null });
    appendCited(p, line, citations, onCite);
    box.appendChild(p);
  }
}

/** Fills an answer's list item once the whole answer is known. */
export function renderAnswer(item: HTMLElement, box: HTMLElement, answer: Answer, question: string, actions: AnswerActions): void {
  serial += 1;
  const panelId = `cite-panel-${serial}`;
  const panel = el('div', { class: 'cite-panel', id: panelId, hidden: true, tabindex: '-1' });
  let open: number | null = null;
  const toggle = (n: number, button: HTMLElement) => {
    const citation = answer.citations.find((c) => c.n === n);
    for (const b of all('[data-n]', item)) b.setAttribute('aria-expanded', 'false');
    if (open === n || !citation) {
      open = null;
      panel.hidden = true;
      return;
    }
    open = n;
    for (const b of all(`[data-n="${n}"]`, item)) b.setAttribute('aria-expanded', 'true');
    fillPanel(panel, citation, () => {
      toggle(n, button);
      button.focus();
    });
    panel.hidden = false;
    panel.scrollIntoView({ block: 'nearest' });
  };
  item.setAttribute('data-status', answer.status);
  renderParagraphs(box, answer.answer, answer.citations, toggle);
  for (const b of all('.cite', box)) b.setAttribute('aria-controls', panelId);

  if (answer.notices?.length) {
    item.insertBefore(el('div', { role: 'note' }, answer.notices.map((n) => el('p', { class: 'notice', text: NOTICE_PREFIX + n }))), box);
  }
  if (answer.status === 'no_match') item.appendChild(referralBox());
  if (answer.status === 'needs_info' && answer.followUp) item.appendChild(followUpBox(answer.followUp, answer.answer, actions));
  if (answer.status === 'answered' && answer.offers?.length) item.appendChild(offersRow(answer.offers, actions));
  if (answer.status === 'rejected') item.appendChild(el('div', { class: 'callout bad', role: 'note' }, [el('p', { text: REJECTED_NOTE })]));
  if (answer.citations.length) {
    item.appendChild(el('p', { class: 'hint sources-title', text: '出处（点按编号查看引文）：' }));
    item.appendChild(sourcesList(answer.citations, panelId, toggle));
    item.appendChild(panel);
  }
  item.appendChild(actions.feedback(question, answer));
  item.setAttribute('data-state', 'done');
}

/** One line per cited clause, with the markers that point to it. */
function sourcesList(citations: readonly Citation[], panelId: string, toggle: (n: number, button: HTMLElement) => void): HTMLElement {
  const groups: { id: string; path: string[]; name: string; ns: number[] }[] = [];
  for (const c of citations) {
    let group = groups.find((g) => g.id === c.id);
    if (!group) groups.push((group = { id: c.id, path: c.path, name: c.docTitle ? sourceName(c) : `条款 ${c.id} ${c.path[c.path.length - 1] ?? ''}`, ns: [] }));
    group.ns.push(c.n);
  }
  return el(
    'ul',
    { class: 'sources' },
    groups.map((g) =>
      el('li', null, [
        el('span', { class: 'source-name', text: `${g.name} ` }),
        ...g.ns.map((n) =>
          el('button', {
            type: 'button', class: 'cite', 'data-n': n, 'aria-expanded': 'false', 'aria-controls': panelId, 'aria-label': `出处${n}`, text: String(n),
            onclick: (ev) => toggle(n, ev.currentTarget as HTMLElement),
          }),
        ),
      ]),
    ),
  );
}

function fillPanel(panel: HTMLElement, c: Citation, close: () => void): void {
  panel.textContent = '';
  // An article's path begins with its document's title, which its source name already gives.
  const headings = pathText(c.docTitle ? c.path.slice(1) : c.path);
  panel.appendChild(el('p', { class: 'path' }, [headings ? `${sourceName(c)}：${headings}` : sourceName(c)]));
  panel.appendChild(el('blockquote', null, [`“${c.quote}”`]));
  panel.appendChild(
    el('div', { class: 'actions' }, [
      // The reading view holds the plan and every law and regulation: an article's id names its document.
      el('a', { href: planUrl(c.id, c.quote, true), class: 'view-source', text: '查看原文' }),
      el('button', { type: 'button', class: 'linkish', text: '收起', onclick: close }),
    ]),
  );
}

/** Where to ask instead: the hotline as a tel: link, 浙里办 as a link, and the service counter. */
export function referralBox(): HTMLElement {
  const { hotline, app, counter } = REFERRAL_CHANNELS;
  return el('div', { class: 'callout info referral', role: 'note' }, [
    el('h3', { text: NO_MATCH_TITLE }),
    el('p', null, ['拨打 ', el('a', { href: `tel:${hotline.number}`, class: 'channel', text: hotline.number }), ` ${hotline.name}`]),
    el('p', null, ['打开“', el('a', { href: app.url, class: 'channel', rel: 'noopener', text: app.name }), `”${app.action}`]),
    el('p', { text: counter }),
  ]);
}

/** One-tap next messages that do not block the answer ("按我的情况查一查"): each sends itself as the next question. */
function offersRow(offers: readonly string[], actions: AnswerActions): HTMLElement {
  const row = el('div', { class: 'options offers', role: 'group', 'aria-label': '您还可以' });
  for (const offer of offers) {
    row.appendChild(
      el('button', {
        type: 'button', class: 'btn secondary small', text: offer,
        onclick: () => {
          for (const b of all<HTMLButtonElement>('button', row)) b.disabled = true;
          actions.ask(offer);
        },
      }),
    );
  }
  return row;
}

function followUpBox(followUp: NonNullable<Answer['followUp']>, answerText: string, actions: AnswerActions): HTMLElement {
  // A clarifying question offers plan topics (tools/ask/clarify.ts); a fact question asks about the person.
  const clarify = followUp.kind === 'clarify';
  const box = el('div', { class: 'callout warn follow-up', 'data-kind': followUp.kind }, [el('h3', { text: clarify ? CLARIFY_QUESTION : FOLLOW_UP_TITLE })]);
  const options = followUp.options ?? [];
  // The answer text usually ends with the question already; repeat it only when it does not.
  box.appendChild(el('p', { text: answerText.includes(followUp.question) ? followUpPrompt(options.length > 0) : followUp.question }));
  if (options.length) {
    const row = el('div', { class: 'options', role: 'group', 'aria-label': clarify ? '选择想了解的一项' : '快速回答' });
    for (const option of options) {
      row.appendChild(
        el('button', {
          type: 'button', class: 'btn secondary small', text: option,
          onclick: () => {
            for (const b of all<HTMLButtonElement>('button', row)) b.disabled = true;
            actions.ask(option);
          },
        }),
      );
    }
    box.appendChild(row);
  } else {
    box.appendChild(el('p', { class: 'hint', text: FOLLOW_UP_TYPE_HINT }));
    actions.promptInput(followUp.question);
  }
  return box;
}
