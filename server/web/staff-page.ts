/** GET /staff: the verification workspace for service-hall staff (outline, clause reader, and one tab per task). */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { FEEDBACK_RATING_LABEL, SITE_NAME, STAFF_PANEL_HINT, STAFF_TEXT } from '../../tools/wording.ts';
import { MAX_CORRECTION_CLAUSES } from '../feedback/staff-schema.ts';
import { MAX_QUESTION_CHARS } from '../requests.ts';
import { layout } from './layout.ts';

/** One tab of the page: its panel's markup here, its behaviour in server/web/client/staff/<name>-tab.ts. */
interface StaffPanel {
  /** Tab and panel ids are tab-<key> and panel-<key>; ?tab=<key> opens it. */
  key: string;
  label: string;
  panel: () => HtmlEscapedString | Promise<HtmlEscapedString>;
}

const auditPanel = () => html`<form id="audit-form" class="row-form">
      <div class="field"><label for="audit-q">群众的问题</label>
        <input id="audit-q" type="text" maxlength="${MAX_QUESTION_CHARS}" autocomplete="off" placeholder="如：失业保险金怎么领？"></div>
      <button type="submit" class="btn">获取回答并核对</button>
    </form>
    <p class="hint">助手的回答会逐句列出：每句引用的条款、引文，以及引文是否与条款原文逐字一致（✓ 一致，✗ 不一致）。</p>
    <details class="minor">
      <summary>或粘贴一个回答核对</summary>
      <form id="paste-form" class="field">
        <label for="paste-json">回答 JSON（/api/chat 或 /v1/chat/completions 的返回内容）</label>
        <textarea id="paste-json" rows="5"></textarea>
        <div><button type="submit" class="btn secondary">核对</button></div>
      </form>
    </details>
    <div id="audit-result" aria-live="polite"></div>`;

const searchPanel = () => html`<form id="search-form" class="row-form" role="search">
      <div class="field"><label for="search-q">检索规划原文</label>
        <input id="search-q" type="search" maxlength="${MAX_QUESTION_CHARS}" autocomplete="off" placeholder="关键词或问题"></div>
      <div class="field narrow"><label for="search-k">条数</label>
        <select id="search-k"><option>5</option><option selected>10</option><option>20</option></select></div>
      <button type="submit" class="btn">检索</button>
    </form>
    <p id="search-status" role="status" class="hint"></p>
    <ol id="hits" class="hits"></ol>`;

const feedbackPanel = () => html`<form id="fb-filter" class="row-form">
      <div class="field narrow"><label for="fb-rating">类型</label>
        <select id="fb-rating"><option value="">全部</option>${Object.entries(FEEDBACK_RATING_LABEL).map(
          ([value, label]) => html`<option value="${value}">${label}</option>`,
        )}</select></div>
      <button type="submit" class="btn secondary">刷新</button>
    </form>
    <p id="fb-status" role="status" class="hint"></p>
    <div id="fb-counts" class="counts"></div>
    <ol id="fb-list" class="fb-list"></ol>
    <button type="button" id="fb-more" class="btn secondary" hidden>加载更多</button>`;

const unansweredPanel = () => html`<p class="hint">${STAFF_PANEL_HINT.unanswered}</p>
    <div class="row-form"><button type="button" id="un-refresh" class="btn secondary">刷新</button></div>
    <p id="un-status" role="status" class="hint"></p>
    <ol id="un-list" class="fb-list"></ol>`;

const correctionsPanel = () => html`<p class="hint">${STAFF_PANEL_HINT.corrections}</p>
    <div class="row-form"><button type="button" id="co-refresh" class="btn secondary">刷新</button></div>
    <p id="co-status" role="status" class="hint" tabindex="-1"></p>
    <ol id="co-list" class="fb-list"></ol>`;

/** The tabs, first one shown; the client's STAFF_TABS lists their modules in the same order. */
const PANELS: StaffPanel[] = [
  { key: 'audit', label: '核对回答', panel: auditPanel },
  { key: 'search', label: '检索原文', panel: searchPanel },
  { key: 'feedback', label: '反馈记录', panel: feedbackPanel },
  { key: 'unanswered', label: '未解决问题', panel: unansweredPanel },
  { key: 'corrections', label: '纠正记录', panel: correctionsPanel },
];

/** The page, in 长辈版 when `elder`; staff.js fills it from the API. */
export function staffPage({ elder }: { elder: boolean }) {
  return layout({
    elder,
    title: `工作人员核对 · ${SITE_NAME}`,
    tagline: '核对回答出处、检索规划原文、查看群众反馈、纠正答错的问题',
    current: '/staff',
    script: 'staff.js',
    main: html`<div class="staff-layout">
<details class="outline card" id="outline-box">
  <summary>规划目录（章 → 条）<span class="hint" id="outline-count"></span></summary>
  <nav aria-label="规划目录" id="outline"><p>加载中…</p></nav>
</details>
<main id="main">
  <section id="reader" class="card reader" hidden tabindex="-1" aria-labelledby="reader-title"></section>
  <div id="staff-off" class="callout warn staff-off" role="alert" hidden><p>${STAFF_TEXT.disabled}</p></div>
  <form id="token-form" class="row-form card token" hidden>
    <p id="token-status" class="status-line error" role="alert"></p>
    <div class="field"><label for="staff-token">工作人员口令</label>
      <input id="staff-token" type="password" autocomplete="current-password"></div>
    <button type="submit" class="btn">确定</button>
  </form>
  <div class="tabs" role="tablist" id="staff-tabs" aria-label="核对工具">
    ${PANELS.map(
      (p, i) =>
        html`<button type="button" role="tab" id="tab-${p.key}" aria-controls="panel-${p.key}" aria-selected="${i === 0 ? 'true' : 'false'}"${i === 0 ? '' : html` tabindex="-1"`}>${p.label}</button>`,
    )}
  </div>
  ${PANELS.map(
    (p, i) => html`<section id="panel-${p.key}" role="tabpanel" aria-labelledby="tab-${p.key}"${i === 0 ? '' : html` hidden`}${
      p.key === 'unanswered' ? html` data-max-clauses="${MAX_CORRECTION_CLAUSES}"` : ''
    }>
    ${p.panel()}
  </section>`,
  )}
</main>
</div>`,
  });
}
