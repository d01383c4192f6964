/**
 * 核对回答: fetches (or takes a pasted) answer and checks every citation with tools/verify-citation.ts —
 * the clause exists, the quote is verbatim in it, the heading path is the clause's — sentence by sentence.
 */
import type { AnswerStatus } from '../../../../tools/schemas/answer.ts';
import type { Citation } from '../../../../tools/schemas/citation.ts';
import { citationProblem, type CitationProblem } from '../../../../tools/verify-citation.ts';
import { ANSWER_STATUS_LABEL } from '../../../../tools/wording.ts';
import { errorText, fetchJson } from '../api.ts';
import { byId, el } from '../dom.ts';
import { copyText, pathText, plainAnswer, sourceName } from '../plan-text.ts';
import type { ReadClause, StaffContext, StaffTab } from './staff-tab.ts';

/** An answer as the audit reads it, from either API. */
interface AuditedAnswer {
  answer: string;
  status?: AnswerStatus;
  citations: Citation[];
}

/** The OpenAI shape puts its sources after this line in `content`; the audit reads the answer part only. */
const OPENAI_SOURCES_MARK = '\n\n参考条款：';

/** What staff read for each outcome of the check. */
function problemNote(problem: CitationProblem | null, id: string | undefined): string {
  switch (problem) {
    case null:
      return '与条款原文逐字一致。';
    case 'missing':
      return '正文引用了这个编号，但没有对应的出处。';
    case 'unknown_clause':
      return `条款 ${id} 不存在。`;
    case 'not_verbatim':
      return `引文不在条款 ${id} 的原文中。`;
    case 'path_mismatch':
      return '引文一致，但标题路径与条款不符。';
  }
}

/** An Answer from either API shape, or null. */
function normalizeAnswer(data: unknown): AuditedAnswer | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as { answer?: unknown; status?: AnswerStatus; citations?: Citation[]; choices?: { message?: { content?: unknown } }[] };
  if (typeof d.answer === 'string') return { answer: d.answer, status: d.status, citations: d.citations ?? [] };
  const message = d.choices?.[0]?.message;
  if (message) return { answer: String(message.content ?? '').split(OPENAI_SOURCES_MARK)[0] ?? '', status: d.status, citations: d.citations ?? [] };
  return null;
}

let ctx: StaffContext;
/** The audit tab's own result box. */
let ownResult: HTMLElement;

async function auditQuestion(question: string): Promise<void> {
  if (!question) return;
  ctx.tabs.select('tab-audit');
  byId<HTMLInputElement>('audit-q').value = question;
  await auditInto(ownResult, question);
}

/**
 * Asks the question afresh (POST /api/chat) and renders the answer's sentence-by-sentence check into `target`:
 * the audit tab's own result, or the place where staff just saved a correction.
 */
export async function auditInto(target: HTMLElement, question: string): Promise<void> {
  target.textContent = '';
  target.appendChild(el('p', { role: 'status', text: '正在获取回答…' }));
  const res = await fetchJson<AuditedAnswer>('/api/chat', { method: 'POST', body: { messages: [{ role: 'user', content: question }] } });
  if (!res.ok || !res.data) {
    target.textContent = '';
    target.appendChild(el('p', { role: 'alert', class: 'status-line error', text: `获取回答失败：${errorText(res.data, res.status)}` }));
    return;
  }
  await renderAudit(target, res.data, question);
}

async function renderAudit(target: HTMLElement, answer: AuditedAnswer, question: string | null): Promise<void> {
  const citations = answer.citations;
  const clauses = new Map<string, ReadClause | null>();
  await Promise.all([...new Set(citations.map((c) => c.id))].map(async (id) => clauses.set(id, await ctx.reader.fetch(id))));
  const byN = new Map(citations.map((c) => [c.n, c]));
  const problems = new Map(citations.map((c) => [c.n, citationProblem(c, clauses.get(c.id))]));
  const bad = citations.filter((c) => problems.get(c.n) !== null).length;

  target.textContent = '';
  const status = answer.status ? `状态：${ANSWER_STATUS_LABEL[answer.status] ?? answer.status}。` : '';
  target.appendChild(
    el('p', { class: 'audit-summary', role: 'status', 'data-bad': bad }, [
      `${status}共 ${citations.length} 个出处，${citations.length - bad} 个与原文逐字一致${bad ? `，${bad} 个有问题。` : '。'}`,
    ]),
  );
  if (question) target.appendChild(el('p', { class: 'hint', text: `问题：${question}` }));

  const used = new Set<number>();
  const list = el('ol', { class: 'audit', 'aria-label': '逐句核对' });
  for (const sentence of answer.answer.split(/(?<=[。！？；\n])/)) {
    const text = sentence.trim();
    if (!text) continue;
    const markers = [...new Set([...text.matchAll(/\[(\d{1,2})\]/g)].map((m) => Number(m[1])))];
    const checks = el('ul', { class: 'checks' });
    if (!markers.length) {
      checks.appendChild(
        el('li', null, [el('span', { class: 'mark-none', 'aria-label': '无引用', text: '–' }), el('span', { class: 'src', text: '此句没有出处（说明、过渡或提示语）。' })]),
      );
    }
    for (const n of markers) {
      used.add(n);
      const c = byN.get(n);
      const problem = c ? problems.get(n)! : citationProblem(undefined, null);
      const ok = problem === null;
      checks.appendChild(
        el('li', { 'data-check': ok ? 'ok' : 'bad' }, [
          el('span', { class: ok ? 'mark-ok' : 'mark-bad', 'aria-label': ok ? '通过' : '未通过', text: ok ? '✓' : '✗' }),
          el(
            'div',
            null,
            c
              ? [
                  el('div', { class: 'src' }, [
                    `[${n}] `,
                    el('button', { type: 'button', class: 'linkish', text: sourceName(c), onclick: () => void ctx.reader.open(c.id, c.quote) }),
                    ` ${pathText(c.path)}`,
                  ]),
                  el('div', { class: 'quote', text: `“${c.quote}”` }),
                  el('div', { class: 'src', text: problemNote(problem, c.id) }),
                ]
              : [el('div', { text: `[${n}] ${problemNote(problem, undefined)}` })],
          ),
        ]),
      );
    }
    list.appendChild(el('li', null, [el('p', { class: 'sentence', text }), checks]));
  }
  target.appendChild(list);
  const unused = citations.filter((c) => !used.has(c.n));
  if (unused.length) {
    target.appendChild(el('p', { class: 'hint', text: `未在正文中引用的出处：${unused.map((c) => `[${c.n}] ${c.id}`).join('、')}` }));
  }

  const plain = plainAnswer({ answer: answer.answer, citations });
  const copied = el('span', { role: 'status', class: 'status-line' });
  target.appendChild(
    el('div', { class: 'form-actions' }, [
      el('button', {
        type: 'button', class: 'btn', text: '复制回答（含出处）',
        onclick: () => void copyText(plain).then((ok) => { copied.textContent = ok ? '已复制，可直接粘贴到回复中。' : '复制失败，请手动选择下方文字复制。'; }),
      }),
      copied,
    ]),
  );
  target.appendChild(el('details', null, [el('summary', { text: '纯文本预览' }), el('pre', { class: 'plain', text: plain })]));
}

/** Asks the question again and audits the fresh answer (the feedback tab's 重新提问并核对 uses it too). */
export function reaudit(question: string): void {
  void auditQuestion(question);
}

/** The audit tab. */
export const auditTab: StaffTab = {
  tabId: 'tab-audit',
  init(context) {
    ctx = context;
    ownResult = byId('audit-result');
    byId('audit-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      void auditQuestion(byId<HTMLInputElement>('audit-q').value.trim());
    });
    byId('paste-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      let answer: AuditedAnswer | null = null;
      try {
        answer = normalizeAnswer(JSON.parse(byId<HTMLTextAreaElement>('paste-json').value));
      } catch {
        answer = null;
      }
      if (!answer) {
        ownResult.textContent = '';
        ownResult.appendChild(el('p', { role: 'alert', class: 'status-line error', text: '无法识别：请粘贴 /api/chat 或 /v1/chat/completions 返回的完整 JSON。' }));
        return;
      }
      void renderAudit(ownResult, answer, null);
    });
    const audit = context.params.get('audit');
    if (audit) void auditQuestion(audit);
  },
};
