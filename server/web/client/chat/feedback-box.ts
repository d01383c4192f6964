/** The row under each answer where a person rates it (有帮助 / 出处不对 / 回答不对) and may add a remark. */
import type { Answer } from '../../../../tools/schemas/answer.ts';
import { FEEDBACK_RATING_LABEL, PRIVACY_HINT } from '../../../../tools/wording.ts';
import { errorText, fetchJson } from '../api.ts';
import { all, el, one } from '../dom.ts';

/** The limits /api/feedback enforces (from the page's config). */
export interface FeedbackLimits {
  maxCommentChars: number;
  maxAnswerChars: number;
}

let serial = 0;

/** Builds the feedback row for one answer. */
export function feedbackBox(question: string, answer: Answer, limits: FeedbackLimits): HTMLElement {
  serial += 1;
  let rating: keyof typeof FEEDBACK_RATING_LABEL | null = null;
  const status = el('p', { class: 'status-line', role: 'status' });
  const comment = el('textarea', { id: `fb-comment-${serial}`, maxlength: limits.maxCommentChars, rows: 2 });
  const form = el('form', { hidden: true }, [
    el('label', { for: comment.id, text: '补充说明（可选）' }),
    el('p', { class: 'hint', text: PRIVACY_HINT }),
    comment,
    el('div', null, [el('button', { type: 'submit', class: 'btn small', text: '提交反馈' })]),
  ]);
  const choices = (Object.keys(FEEDBACK_RATING_LABEL) as (keyof typeof FEEDBACK_RATING_LABEL)[]).map((key) =>
    el('button', {
      type: 'button', class: 'chip', 'data-rating': key, 'aria-pressed': 'false', text: FEEDBACK_RATING_LABEL[key],
      onclick: (ev) => {
        rating = key;
        for (const b of all('[data-rating]', box)) b.setAttribute('aria-pressed', b === ev.currentTarget ? 'true' : 'false');
        form.hidden = false;
        status.textContent = '';
      },
    }),
  );
  const row = el('div', { class: 'row', role: 'group', 'aria-label': '评价这个回答' }, [el('span', { text: '这个回答：' }), ...choices]);
  const box = el('div', { class: 'feedback' }, [row, form, status]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!rating) return;
    const body: Record<string, unknown> = {
      rating,
      question,
      answer: answer.answer.slice(0, limits.maxAnswerChars),
      citationIds: [...new Set(answer.citations.map((c) => c.id))],
    };
    const remark = comment.value.trim();
    if (remark) body.comment = remark.slice(0, limits.maxCommentChars);
    const submit = one<HTMLButtonElement>('button[type="submit"]', form);
    submit.disabled = true;
    const res = await fetchJson('/api/feedback', { method: 'POST', body });
    if (res.ok) {
      row.remove();
      form.remove();
      status.classList.remove('error');
      status.textContent = '已收到您的反馈，谢谢！';
    } else {
      submit.disabled = false;
      status.classList.add('error');
      status.textContent = `反馈未能提交：${errorText(res.data, res.status)}`;
    }
  });
  return box;
}
