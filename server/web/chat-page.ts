/** GET /: the citizen page — ask in a chat, or fill in the eligibility form. */
import { html, raw } from 'hono/html';
import { MAX_ANSWER_CHARS, MAX_COMMENT_CHARS } from '../feedback/feedback-schema.ts';
import { MAX_MESSAGE_CHARS, MAX_TURNS } from '../requests.ts';
import { NEW_CHAT_LABEL, PRIVACY_HINT, REFERRAL, SITE_NAME, SITE_NOTICE } from '../../tools/wording.ts';
import { ANSWER_CHOICES, ELIGIBILITY_FIELDS, type FormField } from './eligibility-fields.ts';
import { layout } from './layout.ts';
import { CHAT_CONFIG_ID, jsonForScript, type ChatConfig } from './page-config.ts';

/** Questions to start from: each is answered from the plan, covering the commonest counter topics. */
export const EXAMPLE_QUESTIONS = [
  '失业保险金怎么领？',
  '小学、初中的班额控制在多少人以内？',
  '老年人能享受哪些养老服务？',
  '残疾人有哪些补贴？',
  '外地户口的孩子能在浙江上学吗？',
  '我今年59岁，失业了，能领失业保险金吗？',
];

function field(f: FormField) {
  const id = `f-${f.name}`;
  if (f.kind === 'number') {
    return html`<div class="field"><label for="${id}">${f.label}</label>
<input id="${id}" name="${f.name}" type="number" inputmode="numeric" min="0" max="130" step="1" autocomplete="off"></div>`;
  }
  return html`<div class="field"><label for="${id}">${f.label}</label>
<select id="${id}" name="${f.name}"><option value="">不确定 / 不填</option>${(f.options ?? []).map(
    ([value, label]) => html`<option value="${value}">${label}</option>`,
  )}</select></div>`;
}

/** The page script's settings, from the modules that enforce them. */
function chatConfig(): ChatConfig {
  return {
    maxQuestionChars: MAX_MESSAGE_CHARS,
    maxTurns: MAX_TURNS,
    maxCommentChars: MAX_COMMENT_CHARS,
    maxAnswerChars: MAX_ANSWER_CHARS,
    fields: ELIGIBILITY_FIELDS,
    choices: ANSWER_CHOICES,
  };
}

/** The page, in 长辈版 when `elder`. */
export function chatPage({ elder }: { elder: boolean }) {
  return layout({
    elder,
    title: SITE_NAME,
    tagline: '依据《浙江省公共服务“十四五”规划》原文作答',
    current: '/',
    script: 'chat.js',
    main: html`<main id="main" class="wrap">
<div class="tabs" role="tablist" id="main-tabs" aria-label="使用方式">
  <button type="button" role="tab" id="tab-ask" aria-controls="panel-ask" aria-selected="true">提问</button>
  <button type="button" role="tab" id="tab-form" aria-controls="panel-form" aria-selected="false" tabindex="-1">资格自查</button>
</div>
<section id="panel-ask" role="tabpanel" aria-labelledby="tab-ask">
  <div id="intro" class="card intro">
    <h2>您好，请问想了解哪方面的公共服务？</h2>
    <p>回答摘自规划原文，句末的编号就是出处，点按即可查看原文。</p>
    <p id="examples-label">可以从这些问题开始：</p>
    <ul class="examples" aria-labelledby="examples-label">
      ${EXAMPLE_QUESTIONS.map((q) => html`<li><button type="button" class="chip" data-example="${q}">${q}</button></li>`)}
    </ul>
  </div>
  <ol id="log" class="log" aria-live="polite" aria-label="对话记录"></ol>
  <div class="composer">
    <form id="ask-form">
      <label for="question" class="visually-hidden">输入您的问题</label>
      <textarea id="question" name="question" rows="1" maxlength="${MAX_MESSAGE_CHARS}" enterkeyhint="send" aria-describedby="composer-hint"
        placeholder="输入您的问题"></textarea>
      <button id="send" class="btn" type="submit">发送</button>
    </form>
    <div class="meta">
      <span id="composer-hint">${PRIVACY_HINT}</span>
      <span><span id="counter" class="minor"></span> <button type="button" id="new-chat" class="linkish">${NEW_CHAT_LABEL}</button></span>
    </div>
  </div>
</section>
<section id="panel-form" role="tabpanel" aria-labelledby="tab-form" hidden>
  <div class="card">
    <h2>资格自查</h2>
    <p class="hint">填写您知道的情况，不确定的可以不填。信息只用于本次查询，不会被保存。</p>
    <p id="extra-facts" class="hint" hidden></p>
    <form id="eligibility-form" novalidate>
      <div class="form-grid">${ELIGIBILITY_FIELDS.map(field)}</div>
      <div class="form-actions">
        <button type="submit" class="btn">查看可享受的服务</button>
        <button type="reset" class="btn secondary">清空</button>
      </div>
    </form>
  </div>
  <div id="eligibility-results" aria-live="polite"></div>
</section>
<script type="application/json" id="${CHAT_CONFIG_ID}">${raw(jsonForScript(chatConfig()))}</script>
</main>
<footer class="site-footer">${SITE_NOTICE}${REFERRAL}</footer>`,
  });
}
