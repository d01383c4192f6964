/**
 * The stylesheet of every page. Phone first (one column, large tap targets, 17px text), system fonts only —
 * the CJK stack ends with WenQuanYi, which the browser tests install — and colours chosen for at least 4.5:1
 * contrast on their backgrounds. The last block is 长辈版 (html.elder, see elder-mode.ts): 20px text and up,
 * line height 1.8, 48px tap targets, darker colours, one column and fewer secondary controls.
 */
export const STYLES = String.raw`
:root {
  --ink: #1b1f24; --muted: #4d5560; --line: #cfd6de; --bg: #f3f5f8; --card: #ffffff;
  --brand: #0b5cad; --brand-dark: #084a8c; --brand-soft: #e7f0fa;
  --ok: #1b6e2e; --ok-soft: #e6f4ea; --warn: #7a4a00; --warn-soft: #fff3dc; --bad: #a4262c; --bad-soft: #fdecec;
  --focus: #ffbf47; --radius: 10px;
  --font: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 17px/1.7 var(--font); color: var(--ink); background: var(--bg); }
a { color: var(--brand); }
a:hover { color: var(--brand-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
[hidden] { display: none !important; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: 8px; top: -60px; background: var(--card); padding: 8px 12px; z-index: 10; }
.skip-link:focus { top: 8px; }
h1, h2, h3, h4 { line-height: 1.35; margin: 0 0 .4em; }
button, input, select, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }

.site-header { background: var(--brand); color: #fff; padding: 10px 16px; }
.site-header .inner { max-width: 1200px; margin: 0 auto; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; }
.site-header h1 { font-size: 1.15rem; margin: 0; }
.site-header p { margin: 0; font-size: .85rem; opacity: .95; }
.site-header nav { margin-left: auto; display: flex; gap: 14px; font-size: .9rem; }
.site-header a { color: #fff; }
.mode-toggle { min-height: 40px; padding: 4px 14px; border: 2px solid #fff; border-radius: 999px; background: transparent;
  color: #fff; font-weight: 700; white-space: nowrap; }
.mode-toggle::before { content: "□ " / ""; }
.mode-toggle[aria-pressed="true"] { background: #fff; color: var(--brand-dark); }
.mode-toggle[aria-pressed="true"]::before { content: "☑ " / ""; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 12px 12px 0; }

.btn { display: inline-flex; align-items: center; justify-content: center; gap: 6px; min-height: 44px; padding: 8px 16px;
  border: 1px solid var(--brand); border-radius: var(--radius); background: var(--brand); color: #fff; font-weight: 600; }
.btn:hover { background: var(--brand-dark); }
.btn:disabled { background: #7c8896; border-color: #7c8896; cursor: not-allowed; }
.btn.secondary { background: var(--card); color: var(--brand); }
.btn.secondary:hover { background: var(--brand-soft); }
.btn.small { min-height: 36px; padding: 4px 12px; font-size: .92rem; font-weight: 500; }
.chip { min-height: 40px; padding: 6px 14px; border: 1px solid var(--line); border-radius: 999px; background: var(--card);
  color: var(--ink); text-align: left; }
.chip:hover { border-color: var(--brand); color: var(--brand-dark); }
.chip[aria-pressed="true"] { background: var(--brand); border-color: var(--brand); color: #fff; }

.tabs { display: flex; flex-wrap: wrap; gap: 4px; border-bottom: 2px solid var(--line); margin-bottom: 12px; }
.tabs [role="tab"] { flex: 1 0 auto; padding: 0 8px; min-height: 46px; border: 0; border-bottom: 3px solid transparent; margin-bottom: -2px;
  background: none; color: var(--muted); font-weight: 600; }
.tabs [role="tab"][aria-selected="true"] { color: var(--brand); border-bottom-color: var(--brand); }

.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 12px 14px; }
.intro h2 { font-size: 1.05rem; }
.intro p { margin: 0 0 8px; color: var(--muted); font-size: .95rem; }
.examples { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }

.log { list-style: none; margin: 12px 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
.msg { max-width: 100%; }
.msg.user { align-self: flex-end; max-width: 88%; background: var(--brand); color: #fff; border-radius: 14px 14px 4px 14px;
  padding: 8px 14px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.assistant { background: var(--card); border: 1px solid var(--line); border-radius: 14px 14px 14px 4px; padding: 10px 14px; }
.msg .who { display: block; font-size: .8rem; color: var(--muted); margin-bottom: 2px; }
.msg.user .who { color: #dbe8f6; }
.answer-text p { margin: 0 0 .5em; overflow-wrap: anywhere; }
.answer-text p.caveat { font-size: .85rem; color: var(--muted); border-top: 1px dashed var(--line); padding-top: 6px; margin-top: 8px; }
.msg[data-state="streaming"] .answer-text::after { content: "▍"; color: var(--brand); animation: blink 1s steps(1) infinite; }
@keyframes blink { 50% { opacity: 0; } }
.cite { display: inline-flex; align-items: center; justify-content: center; min-width: 1.9em; min-height: 1.7em; margin: 0 2px;
  padding: 0 4px; border: 1px solid var(--brand); border-radius: 6px; background: var(--brand-soft); color: var(--brand-dark);
  font-size: .8em; font-weight: 700; line-height: 1; vertical-align: .15em; }
.cite[aria-expanded="true"] { background: var(--brand); color: #fff; }
sup.marker { color: var(--muted); }
.sources-title { margin: 10px 0 2px; }
.sources { margin: 0; padding: 0; list-style: none; display: grid; gap: 2px; font-size: .88rem; color: var(--muted); }
.sources .cite { font-size: .85rem; }
.cite-panel { margin-top: 10px; border-left: 4px solid var(--brand); background: var(--brand-soft); border-radius: 0 var(--radius) var(--radius) 0;
  padding: 10px 12px; }
.cite-panel .path { font-size: .85rem; color: var(--muted); margin: 0 0 6px; }
.cite-panel blockquote { margin: 0 0 8px; font-size: .98rem; }
.cite-panel .actions { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; font-size: .92rem; }
.inferred { font-style: italic; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: .75rem; font-weight: 600; font-style: normal;
  background: var(--warn-soft); color: var(--warn); border: 1px solid #e6c58a; vertical-align: .1em; margin-left: 4px; }

.callout { margin-top: 10px; border-radius: var(--radius); padding: 10px 12px; font-size: .95rem; }
.callout h3 { font-size: 1rem; margin-bottom: 4px; }
.callout p { margin: 0 0 6px; }
.callout.info { background: var(--brand-soft); border: 1px solid #b7cfe9; }
.callout.warn { background: var(--warn-soft); border: 1px solid #e6c58a; color: #4d2f00; }
.callout.bad { background: var(--bad-soft); border: 1px solid #eab3b6; color: #6e1a1e; }
.callout .options { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.resolved { margin: 0 0 6px; color: var(--muted); font-size: .9rem; }
.notice { margin: 0 0 8px; padding: 8px 10px; border-radius: 8px; background: var(--warn-soft); color: #4d2f00; font-size: .9rem; }

.feedback { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--line); font-size: .92rem; }
.feedback .row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.feedback .chip { min-height: 36px; padding: 4px 12px; }
.feedback form { margin-top: 8px; display: grid; gap: 6px; }
.feedback textarea { min-height: 64px; }
.status-line { color: var(--ok); font-weight: 600; margin: 6px 0 0; }
.status-line.error { color: var(--bad); }

.composer { position: sticky; bottom: 0; background: var(--bg); padding: 8px 0 calc(8px + env(safe-area-inset-bottom)); border-top: 1px solid var(--line); }
.composer form { display: flex; gap: 8px; align-items: flex-end; }
.composer textarea { flex: 1; min-height: 48px; max-height: 160px; resize: none; }
.composer .meta { display: flex; justify-content: space-between; gap: 8px; font-size: .8rem; color: var(--muted); margin-top: 4px; }
#new-chat { white-space: nowrap; }
.linkish { border: 0; background: none; color: var(--brand); text-decoration: underline; padding: 4px 0; min-height: 32px; }

input[type="text"], input[type="search"], input[type="number"], input[type="password"], select, textarea {
  width: 100%; min-height: 44px; padding: 8px 10px; border: 1px solid #8a96a3; border-radius: 8px; background: #fff; }
textarea { line-height: 1.5; }
label { font-weight: 600; }
.field { display: grid; gap: 4px; }
.form-grid { display: grid; grid-template-columns: 1fr; gap: 12px; }
.hint { font-size: .85rem; color: var(--muted); margin: 0; font-weight: 400; }
.form-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }

#eligibility-summary { font-size: 1.05rem; margin-top: 14px; }
.results { display: grid; gap: 10px; margin: 14px 0; }
.result h3 { font-size: 1.02rem; margin: 0; }
.result .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 6px; align-items: baseline; margin-bottom: 6px; }
.result ul { margin: 4px 0; padding-left: 1.2em; }
.result blockquote { margin: 6px 0; padding: 6px 10px; border-left: 3px solid var(--line); color: var(--muted); font-size: .9rem; }
.pill { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: .82rem; font-weight: 700; white-space: nowrap; }
.pill.eligible { background: var(--ok-soft); color: var(--ok); }
.pill.likely_eligible { background: var(--brand-soft); color: var(--brand-dark); }
.pill.need_info { background: var(--warn-soft); color: var(--warn); }
.pill.not_eligible { background: #eceff2; color: #3d4550; }
.pill.helpful { background: var(--ok-soft); color: var(--ok); }
.pill.wrong_citation, .pill.wrong_answer { background: var(--bad-soft); color: var(--bad); }

footer.site-footer { max-width: 46rem; margin: 16px auto; padding: 0 12px 24px; font-size: .82rem; color: var(--muted); }

/* The plan: full text with an outline. */
.plan-layout { max-width: 1200px; margin: 0 auto; padding: 12px; display: grid; gap: 16px; }
.toc { font-size: .92rem; }
.toc ol { list-style: none; margin: 0; padding-left: 0; }
.toc ol ol { padding-left: 1em; }
.toc a { display: block; padding: 4px 0; text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.toc summary { min-height: 40px; padding: 6px 0; font-weight: 600; cursor: pointer; }
.plan-body h2 { font-size: 1.2rem; margin-top: 1.4em; padding-top: .4em; border-top: 2px solid var(--line); }
.plan-body h3 { font-size: 1.06rem; margin-top: 1em; }
.plan-body h4 { font-size: 1rem; margin-top: .8em; }
.clause { scroll-margin-top: 56px; border-radius: 8px; padding: 4px 8px; margin: 0 -8px; }
.clause:target, .clause.current { background: #fffbe6; box-shadow: inset 4px 0 0 var(--focus); }
.clause p { margin: 0 0 .4em; }
.clause .cid { font-size: .78rem; color: var(--muted); }
mark { background: #ffe066; color: inherit; padding: 0 1px; border-radius: 2px; }
.plan-bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: 2px 14px;
  margin: 0 -4px 8px; padding: 6px 10px; border: 1px solid #b7cfe9; border-radius: 0 0 var(--radius) var(--radius);
  background: var(--brand-soft); font-size: .92rem; }
.plan-bar.warn { background: var(--warn-soft); border-color: #e6c58a; color: #4d2f00; }
.plan-bar a { display: inline-block; padding: 6px 0; }
mark#quote { scroll-margin-top: 80px; }
/* A law or regulation in the reading view: the picker, the head (title, version, status), articles with their 款 lines. */
.doc-picker { display: grid; gap: 4px; margin: 8px 0 12px; }
.doc-picker .row { display: flex; flex-wrap: wrap; gap: 8px; }
.doc-picker select { flex: 1 1 14rem; min-width: 0; max-width: 100%; }
.plan-body .doc-head h2 { border-top: none; margin-top: .2em; }
.doc-meta { margin: 0 0 .4em; }
.pill.in_force { background: var(--ok-soft); color: var(--ok); }
.pill.superseded { background: var(--warn-soft); color: var(--warn); }
.clause.article p, .clause.doc-notes p { white-space: pre-line; }
#counter.over { color: var(--bad); font-weight: 700; }

/* Staff workspace. */
.staff-layout { max-width: 1280px; margin: 0 auto; padding: 12px; display: grid; gap: 14px; }
.outline { font-size: .9rem; }
.outline details { border-bottom: 1px solid var(--line); }
.outline summary { padding: 8px 4px; font-weight: 600; cursor: pointer; min-height: 40px; }
.outline ul { list-style: none; margin: 0; padding: 0 0 6px 10px; }
.outline .sec { margin: 6px 0 2px; color: var(--muted); font-weight: 600; }
.outline button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 5px 6px; border-radius: 6px; min-height: 34px; color: var(--brand); }
.outline button:hover { background: var(--brand-soft); }
.outline button[aria-current="true"] { background: var(--brand); color: #fff; }
.reader .path { color: var(--muted); font-size: .88rem; margin: 0 0 6px; }
.reader .text { white-space: pre-wrap; }
.reader .nav { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
.row-form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
.row-form .field { flex: 1 1 14rem; }
.row-form .field.narrow { flex: 0 1 12rem; }
.hits { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 10px; }
.hits .meta { font-size: .85rem; color: var(--muted); }
.audit-summary { font-weight: 600; }
.audit-summary:not([data-bad="0"]) { color: var(--bad); }
.audit { list-style: none; margin: 10px 0; padding: 0; display: grid; gap: 8px; }
.audit > li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; background: #fff; }
.audit .sentence { margin: 0 0 6px; }
.audit .checks { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.audit .checks li { display: grid; grid-template-columns: 2em 1fr; gap: 4px 8px; font-size: .92rem; }
.mark-ok, .mark-bad, .mark-none { font-weight: 800; font-size: 1.1rem; text-align: center; }
.mark-ok { color: var(--ok); }
.mark-bad { color: var(--bad); }
.mark-none { color: var(--muted); }
.audit .quote { color: var(--ink); }
.audit .src { color: var(--muted); font-size: .85rem; }
.fb-list { list-style: none; margin: 10px 0; padding: 0; display: grid; gap: 10px; }
.fb-list .meta { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; font-size: .85rem; color: var(--muted); }
.fb-list p { margin: 4px 0; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; }
/* Corrections: the token prompt the staff tabs share, the question cards and the clauses to tick. */
.token, .staff-off { margin: 0 0 12px; }
.form-actions .status-line { align-self: center; margin: 0; }
.token .status-line { flex: 1 0 100%; margin: 0; }
.fb-list .question { font-size: 1.02rem; }
.fb-list .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.btn.danger { color: var(--bad); border-color: var(--bad); }
.btn.danger:hover { background: var(--bad-soft); }
.pill.no_match { background: #eceff2; color: #3d4550; }
.pill.corrected { background: var(--ok-soft); color: var(--ok); }
.correct-work { margin-top: 10px; padding-top: 10px; border-top: 1px dashed var(--line); display: grid; gap: 8px; }
.pick-form { display: grid; gap: 8px; }
.pick-set { border: 0; margin: 0; padding: 0; min-width: 0; }
.pick-set legend { font-weight: 600; padding: 0; margin-bottom: 6px; }
.picks { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.pick { display: grid; grid-template-columns: auto 1fr; gap: 4px 10px; align-items: start; border: 1px solid var(--line);
  border-radius: 8px; padding: 8px 10px; background: #fff; }
.pick:has(input:checked) { border-color: var(--brand); background: var(--brand-soft); box-shadow: inset 4px 0 0 var(--brand); }
.pick input[type="checkbox"] { width: 26px; height: 26px; margin: 2px 0 0; accent-color: var(--brand); }
.pick label { display: block; cursor: pointer; overflow-wrap: anywhere; }
.pick .cid { color: var(--brand-dark); }
.matches { margin: 4px 0 0; padding-left: 1.1em; font-size: .9rem; color: var(--muted); }
.leads ol { margin: 4px 0; padding-left: 1.4em; }
.correction-audit:not(:empty) { margin-top: 8px; }
pre.plain { white-space: pre-wrap; font: inherit; font-size: .9rem; background: #f7f8fa; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }

@media (min-width: 700px) {
  .form-grid { grid-template-columns: 1fr 1fr; }
  .site-header { padding: 12px 24px; }
}
@media (min-width: 960px) {
  .plan-layout { grid-template-columns: 18rem 1fr; align-items: start; }
  .plan-layout .toc { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
  .plan-layout.single { grid-template-columns: minmax(0, 48rem); justify-content: center; }
  .staff-layout { grid-template-columns: 20rem 1fr; align-items: start; }
  .staff-layout .outline { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
}
/* 长辈版. Sizes in rem follow the root, so most of the page grows with it; the rest is listed below. */
html.elder {
  font-size: 20px;
  --ink: #000; --muted: #2b3036; --line: #8a96a3; --bg: #f7f8fa;
  --brand: #0a4a8c; --brand-dark: #06376a; --brand-soft: #e4eefa;
  --ok: #0d4a1c; --warn: #573400; --bad: #7a1a1f;
}
html.elder body { font-size: 1.05rem; line-height: 1.8; }
html.elder :is(.site-header p, .site-header nav, .intro p, .msg .who, .answer-text p.caveat, .cite, .sources, .sources .cite,
  .cite-panel .path, .cite-panel blockquote, .cite-panel .actions, .badge, .callout, .callout h3, .notice, .feedback, .composer .meta,
  .hint, .pill, .result blockquote, footer.site-footer, .toc, .clause .cid, .plan-bar, .outline, .reader .path, .hits .meta,
  .audit .checks li, .audit .src, .fb-list .meta, .matches, pre.plain, .btn.small, .mode-toggle, .tabs [role="tab"]) { font-size: 1rem; }
html.elder :is(p, li, blockquote, label, summary, dd) { line-height: 1.8; }
html.elder :is(.btn, .btn.small, .chip, .feedback .chip, .linkish, .tabs [role="tab"], .mode-toggle, .outline button, .toc summary,
  .outline summary, summary, input, select, textarea, .composer textarea) { min-height: 48px; }
html.elder :is(.btn, .chip, .linkish, .mode-toggle) { min-width: 48px; }
html.elder .cite { min-width: 48px; min-height: 48px; line-height: 1.2; vertical-align: middle; }
html.elder :is(.site-header nav a, .toc a, .plan-bar a, a.channel, a.view-source) { display: inline-flex; align-items: center; min-height: 48px; }
html.elder :is(.site-header nav a, a.channel) { min-width: 48px; justify-content: center; }
html.elder .site-header nav { gap: 4px 18px; flex-wrap: wrap; }
html.elder .msg.user .who { color: #fff; }
html.elder .badge { border-color: var(--warn); }
html.elder :is(.callout.warn, .notice, .plan-bar.warn) { color: #3d2400; }
html.elder .pill.not_eligible { color: #1f242a; }
html.elder .pick input[type="checkbox"] { width: 48px; height: 48px; }
html.elder .pill.no_match { color: #1f242a; }
/* One column, fewer secondary controls: the outline folds above the text, the counter and the paste box go. */
html.elder .form-grid, html.elder .plan-layout, html.elder .staff-layout { grid-template-columns: 1fr; }
html.elder :is(.plan-layout .toc, .staff-layout .outline) { position: static; max-height: none; }
html.elder .minor, html.elder .examples li:nth-child(n+5) { display: none; }
html.elder .examples { flex-direction: column; }
html.elder .composer .meta { flex-wrap: wrap; }

@media (prefers-reduced-motion: reduce) {
  * { animation: none !important; scroll-behavior: auto !important; }
}
`;
