/**
 * The citizen page (GET /), bundled as /assets/chat.js: asks /api/chat with the conversation so far, shows
 * the answer as it streams in, keeps the conversation for the tab, and runs the eligibility tab.
 */
import type { Answer } from '../../../../tools/schemas/answer.ts';
import { CHAT_CONFIG_ID, type ChatConfig } from '../../page-config.ts';
import { errorText, readSse } from '../api.ts';
import { all, byId, el, readJsonBlock } from '../dom.ts';
import { initElderToggle } from '../elder-toggle.ts';
import { createTabs } from '../tabs.ts';
import { renderAnswer, renderParagraphs } from './answer-view.ts';
import { initEligibilityForm } from './eligibility-form.ts';
import { feedbackBox } from './feedback-box.ts';
import { showResolvedQuestion } from './resolved-line.ts';

/** sessionStorage key of the conversation. */
const STORE_KEY = 'zj-chat';
/** What the input box says when it is not asking a follow-up. */
const PLACEHOLDER = '输入您的问题';

interface Turn {
  question: string;
  answer: Answer;
}

initElderToggle();
const config = readJsonBlock<ChatConfig>(CHAT_CONFIG_ID);
const log = byId<HTMLOListElement>('log');
const form = byId<HTMLFormElement>('ask-form');
const input = byId<HTMLTextAreaElement>('question');
const send = byId<HTMLButtonElement>('send');
const counter = byId('counter');
const intro = byId('intro');
const tabs = createTabs(byId('main-tabs'));
const eligibility = initEligibilityForm(config);
const state = { history: [] as { role: 'user' | 'assistant'; content: string }[], turns: [] as Turn[], busy: false };

const actions = {
  ask: (text: string) => void ask(text),
  promptInput: (question: string) => {
    input.placeholder = question;
    setTimeout(() => input.focus(), 0);
  },
  feedback: (question: string, answer: Answer) => feedbackBox(question, answer, config),
};

function updateCounter(): void {
  const n = input.value.length;
  counter.textContent = `${n} / ${config.maxQuestionChars}`;
  counter.classList.toggle('over', n > config.maxQuestionChars);
}

input.addEventListener('input', () => {
  updateCounter();
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight + 2, 160)}px`;
});
input.addEventListener('keydown', (ev) => {
  // Enter sends; Shift+Enter is a new line; never while an input method is composing Chinese.
  if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
    ev.preventDefault();
    form.requestSubmit();
  }
});
form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  void ask(input.value);
});
for (const button of all('[data-example]')) button.addEventListener('click', () => void ask(button.getAttribute('data-example') ?? ''));
byId('new-chat').addEventListener('click', () => {
  state.history = [];
  state.turns = [];
  persist();
  log.textContent = '';
  intro.hidden = false;
  input.value = '';
  updateCounter();
  input.focus();
});
updateCounter();
restore();

/**
 * The conversation survives a visit to the plan page and back (the back-forward cache is not guaranteed)
 * in sessionStorage, which ends with the tab; long digit runs (ID, phone and card numbers) are masked first.
 */
function persist(): void {
  try {
    if (state.turns.length) sessionStorage.setItem(STORE_KEY, JSON.stringify({ turns: state.turns }));
    else sessionStorage.removeItem(STORE_KEY);
  } catch {
    // Storage full or disabled: the conversation just is not kept.
  }
}

function maskDigits(text: string): string {
  return text.replace(/\d(?:[\s-]?\d){6,}[\dXx]?/g, '［已隐去］');
}

function restore(): void {
  let saved: { turns?: Turn[] } | null = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? 'null') as { turns?: Turn[] } | null;
  } catch {
    saved = null;
  }
  if (!saved || !Array.isArray(saved.turns) || !saved.turns.length) return;
  intro.hidden = true;
  for (const turn of saved.turns) {
    addMessage('user', document.createTextNode(turn.question));
    const box = el('div', { class: 'answer-text' });
    const item = addMessage('assistant', box);
    renderAnswer(item, box, turn.answer, turn.question, actions);
    showResolvedQuestion(item, box, turn.answer);
    remember(turn.question, turn.answer);
  }
}

function remember(question: string, answer: Answer): void {
  state.turns.push({ question, answer });
  state.history.push({ role: 'user', content: question }, { role: 'assistant', content: answer.answer.slice(0, config.maxAnswerChars) });
  state.turns = state.turns.slice(-config.maxTurns / 2);
  state.history = state.history.slice(-config.maxTurns);
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  send.disabled = busy;
  send.textContent = busy ? '回答中…' : '发送';
  log.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function addMessage(role: 'user' | 'assistant', node: Node): HTMLLIElement {
  const item = el('li', { class: `msg ${role}` }, [el('span', { class: 'who', text: role === 'user' ? '我' : '助手' }), node]);
  log.appendChild(item);
  return item;
}

/** Sends a question with the conversation so far and renders the streamed answer. */
async function ask(raw: string): Promise<void> {
  const text = raw.trim();
  if (!text || state.busy) return;
  if (text.length > config.maxQuestionChars) {
    counter.textContent = `问题最多 ${config.maxQuestionChars} 字，请精简后再发送`;
    return;
  }
  intro.hidden = true;
  tabs.select('tab-ask');
  input.value = '';
  input.placeholder = PLACEHOLDER;
  updateCounter();
  input.style.height = '';
  const userItem = addMessage('user', document.createTextNode(text));
  const messages = [...state.history, { role: 'user', content: text }].slice(-config.maxTurns);
  const profile = eligibility.profile();
  const body = { messages, stream: true, ...(profile ? { profile } : {}) };

  const textBox = el('div', { class: 'answer-text' });
  const item = addMessage('assistant', textBox);
  item.setAttribute('data-state', 'streaming');
  item.setAttribute('data-deltas', '0');
  item.scrollIntoView({ block: 'end' });
  setBusy(true);
  let streamed = '';
  let deltas = 0;
  let answer: Answer | null = null;
  try {
    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
    if (!res.ok || !res.body) throw new Error(errorText(await res.json().catch(() => null), res.status));
    if (!(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
      answer = (await res.json()) as Answer;
    } else {
      await readSse(res, (name, data) => {
        if (name === 'delta') {
          streamed += (JSON.parse(data) as { text: string }).text;
          deltas += 1;
          item.setAttribute('data-deltas', String(deltas));
          renderParagraphs(textBox, streamed, null, null);
        } else if (name === 'answer') {
          answer = JSON.parse(data) as Answer;
        } else if (name === 'error') {
          throw new Error(errorText(JSON.parse(data), 500));
        }
      });
    }
    // readSse's callback assigns it; TypeScript cannot see that through the closure.
    const done = answer as Answer | null;
    if (!done) throw new Error('回答没有完整收到，请重试。');
    renderAnswer(item, textBox, done, text, actions);
    showResolvedQuestion(item, textBox, done);
    // The server found personal data: stop showing it on screen as well.
    if (done.notices?.length && userItem.lastChild) userItem.lastChild.textContent = maskDigits(text);
    remember(maskDigits(text), done);
    persist();
  } catch (err) {
    renderError(item, textBox, err instanceof Error && err.message ? err.message : errorText(null, 0), text);
  } finally {
    setBusy(false);
  }
}

function renderError(item: HTMLElement, box: HTMLElement, message: string, question: string): void {
  item.setAttribute('data-state', 'error');
  box.textContent = '';
  box.appendChild(
    el('div', { class: 'callout bad', role: 'alert' }, [
      el('p', { text: message }),
      el('button', {
        type: 'button', class: 'btn secondary small', text: '重试',
        onclick: () => {
          item.remove();
          const users = all('.msg.user', log);
          users[users.length - 1]?.remove();
          void ask(question);
        },
      }),
    ]),
  );
}
