/** 反馈记录: the feedback citizens left, newest first, behind the staff token. */
import type { FeedbackPage, FeedbackRecord } from '../../../feedback/feedback-schema.ts';
import { FEEDBACK_RATING_LABEL } from '../../../../tools/wording.ts';
import { byId, el } from '../dom.ts';
import { reaudit } from './audit-tab.ts';
import { problemText } from './staff-access.ts';
import type { StaffContext, StaffTab } from './staff-tab.ts';

/** Items per request: a screenful, and what "加载更多" adds. */
const PAGE = 20;

type Rating = keyof typeof FEEDBACK_RATING_LABEL;

let ctx: StaffContext;
let loaded = false;
let offset = 0;

async function load(reset: boolean): Promise<void> {
  loaded = true;
  if (reset) offset = 0;
  const list = byId('fb-list');
  const status = byId('fb-status');
  const rating = byId<HTMLSelectElement>('fb-rating').value;
  const url = `/api/feedback?limit=${PAGE}&offset=${offset}${rating ? `&rating=${rating}` : ''}`;
  status.textContent = '加载中…';
  const res = await ctx.staff.fetch<FeedbackPage>(url, {}, () => void load(reset));
  if (!res.ok) {
    status.textContent = problemText(res, (why) => `反馈加载失败：${why}`);
    return;
  }
  if (!res.data) return;
  if (reset) list.textContent = '';
  const { counts, feedback } = res.data;
  const countsBox = byId('fb-counts');
  countsBox.textContent = '';
  const ratings = Object.keys(FEEDBACK_RATING_LABEL) as Rating[];
  for (const k of ratings) countsBox.appendChild(el('span', { class: `pill ${k}`, text: `${FEEDBACK_RATING_LABEL[k]} ${counts[k]}` }));
  const total = ratings.reduce((sum, k) => sum + counts[k], 0);
  status.textContent = total ? `共 ${total} 条反馈，最新的在前。` : '还没有反馈。';
  for (const f of feedback) list.appendChild(item(f));
  offset += feedback.length;
  byId('fb-more').hidden = feedback.length < PAGE;
}

function item(f: FeedbackRecord): HTMLElement {
  const when = new Date(f.createdAt);
  return el('li', { class: 'card', 'data-id': f.id }, [
    el('div', { class: 'meta' }, [
      el('span', { class: `pill ${f.rating}`, text: FEEDBACK_RATING_LABEL[f.rating] ?? f.rating }),
      el('time', { datetime: f.createdAt, text: Number.isNaN(when.getTime()) ? f.createdAt : when.toLocaleString('zh-CN') }),
      `#${f.id}`,
    ]),
    el('p', null, [el('strong', { text: '问题：' }), f.question]),
    f.comment ? el('p', null, [el('strong', { text: '留言：' }), f.comment]) : null,
    el('details', null, [el('summary', { text: '当时的回答' }), el('p', { class: 'plain', text: f.answer })]),
    f.citationIds.length
      ? el('p', { class: 'meta' }, ['出处：', ...f.citationIds.map((id) => el('button', { type: 'button', class: 'linkish', text: id, onclick: () => void ctx.reader.open(id) }))])
      : null,
    el('button', { type: 'button', class: 'btn secondary small', text: '重新提问并核对', onclick: () => reaudit(f.question) }),
  ]);
}

/** The feedback tab. */
export const feedbackTab: StaffTab = {
  tabId: 'tab-feedback',
  init(context) {
    ctx = context;
    byId('fb-filter').addEventListener('submit', (ev) => {
      ev.preventDefault();
      void load(true);
    });
    byId('fb-rating').addEventListener('change', () => void load(true));
    byId('fb-more').addEventListener('click', () => void load(false));
  },
  onShow() {
    if (!loaded) void load(true);
  },
};
