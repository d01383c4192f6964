/** GET /staff: the verification workspace for service-hall staff (outline, search, answer audit, feedback). */
import { html } from 'hono/html';
import { layout } from './layout.ts';

/** The page; staff.js fills it from the API. */
export function staffPage() {
  return layout({
    title: '工作人员核对 · 浙江公共服务规划助手',
    tagline: '核对回答出处、检索规划原文、查看群众反馈',
    current: '/staff',
    scripts: ['staff.js'],
    main: html`<div class="staff-layout">
<details class="outline card" id="outline-box">
  <summary>规划目录（章 → 条）<span class="hint" id="outline-count"></span></summary>
  <nav aria-label="规划目录" id="outline"><p>加载中…</p></nav>
</details>
<main id="main">
  <section id="reader" class="card reader" hidden tabindex="-1" aria-labelledby="reader-title"></section>
  <div class="tabs" role="tablist" id="staff-tabs" aria-label="核对工具">
    <button type="button" role="tab" id="tab-audit" aria-controls="panel-audit" aria-selected="true">核对回答</button>
    <button type="button" role="tab" id="tab-search" aria-controls="panel-search" aria-selected="false" tabindex="-1">检索原文</button>
    <button type="button" role="tab" id="tab-feedback" aria-controls="panel-feedback" aria-selected="false" tabindex="-1">反馈记录</button>
  </div>
  <section id="panel-audit" role="tabpanel" aria-labelledby="tab-audit">
    <form id="audit-form" class="row-form">
      <div class="field"><label for="audit-q">群众的问题</label>
        <input id="audit-q" type="text" maxlength="500" autocomplete="off" placeholder="如：失业保险金怎么领？"></div>
      <button type="submit" class="btn">获取回答并核对</button>
    </form>
    <p class="hint">助手的回答会逐句列出：每句引用的条款、引文，以及引文是否与条款原文逐字一致（✓ 一致，✗ 不一致）。</p>
    <details>
      <summary>或粘贴一个回答核对</summary>
      <form id="paste-form" class="field">
        <label for="paste-json">回答 JSON（/api/chat 或 /v1/chat/completions 的返回内容）</label>
        <textarea id="paste-json" rows="5"></textarea>
        <div><button type="submit" class="btn secondary">核对</button></div>
      </form>
    </details>
    <div id="audit-result" aria-live="polite"></div>
  </section>
  <section id="panel-search" role="tabpanel" aria-labelledby="tab-search" hidden>
    <form id="search-form" class="row-form" role="search">
      <div class="field"><label for="search-q">检索规划原文</label>
        <input id="search-q" type="search" maxlength="500" autocomplete="off" placeholder="关键词或问题"></div>
      <div class="field narrow"><label for="search-k">条数</label>
        <select id="search-k"><option>5</option><option selected>10</option><option>20</option></select></div>
      <button type="submit" class="btn">检索</button>
    </form>
    <p id="search-status" role="status" class="hint"></p>
    <ol id="hits" class="hits"></ol>
  </section>
  <section id="panel-feedback" role="tabpanel" aria-labelledby="tab-feedback" hidden>
    <form id="fb-filter" class="row-form">
      <div class="field narrow"><label for="fb-rating">类型</label>
        <select id="fb-rating"><option value="">全部</option><option value="helpful">有帮助</option>
        <option value="wrong_citation">出处不对</option><option value="wrong_answer">回答不对</option></select></div>
      <button type="submit" class="btn secondary">刷新</button>
    </form>
    <form id="token-form" class="row-form" hidden>
      <div class="field"><label for="staff-token">工作人员口令</label>
        <input id="staff-token" type="password" autocomplete="current-password"></div>
      <button type="submit" class="btn">确定</button>
    </form>
    <p id="fb-status" role="status" class="hint"></p>
    <div id="fb-counts" class="counts"></div>
    <ol id="fb-list" class="fb-list"></ol>
    <button type="button" id="fb-more" class="btn secondary" hidden>加载更多</button>
  </section>
</main>
</div>`,
  });
}
