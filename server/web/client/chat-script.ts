/**
 * The citizen page's script (served as /assets/chat.js): asks /api/chat with the conversation so far,
 * shows the answer as it streams in, makes [n] markers open their quoted clause, handles no_match,
 * needs_info (one-tap answers), notices and feedback, and runs the eligibility form against /api/eligibility.
 */
export const CHAT_SCRIPT = String.raw`(function () {
  'use strict';
  var ZJ = window.ZJ;
  var el = ZJ.el;
  var MAX_CHARS = 500;
  var MAX_TURNS = 20;
  var STATUS_LABEL = { eligible: '符合条件', likely_eligible: '可能符合', need_info: '需要补充信息', not_eligible: '暂不符合' };
  var STATUS_ORDER = ['eligible', 'likely_eligible', 'need_info', 'not_eligible'];
  var FORM = JSON.parse(document.getElementById('eligibility-fields').textContent);
  var FIELDS = FORM.fields;
  var CHOICES = FORM.choices;
  var FIELD_BY_NAME = {};
  FIELDS.forEach(function (f) { FIELD_BY_NAME[f.name] = f; });

  var STORE_KEY = 'zj-chat';
  var state = { history: [], turns: [], profile: null, busy: false, serial: 0 };
  var log = ZJ.$('#log');
  var form = ZJ.$('#ask-form');
  var input = ZJ.$('#question');
  var send = ZJ.$('#send');
  var counter = ZJ.$('#counter');
  var tabs = ZJ.tabs(ZJ.$('#main-tabs'));

  function updateCounter() {
    var n = input.value.length;
    counter.textContent = n + ' / ' + MAX_CHARS;
    counter.classList.toggle('over', n > MAX_CHARS);
  }
  input.addEventListener('input', function () {
    updateCounter();
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 160) + 'px';
  });
  input.addEventListener('keydown', function (ev) {
    // Enter sends; Shift+Enter is a new line; never while an input method is composing Chinese.
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    ask(input.value);
  });
  ZJ.$$('[data-example]').forEach(function (button) {
    button.addEventListener('click', function () { ask(button.getAttribute('data-example')); });
  });
  ZJ.$('#new-chat').addEventListener('click', function () {
    state.history = [];
    state.turns = [];
    persist();
    log.textContent = '';
    ZJ.$('#intro').hidden = false;
    input.value = '';
    updateCounter();
    input.focus();
  });
  updateCounter();
  restore();

  /**
   * The conversation survives a visit to the plan page and back (the back-forward cache is not
   * guaranteed) in sessionStorage, which ends with the tab; long digit runs (ID, phone and card
   * numbers) are masked before anything is kept.
   */
  function persist() {
    try {
      if (state.turns.length) sessionStorage.setItem(STORE_KEY, JSON.stringify({ turns: state.turns }));
      else sessionStorage.removeItem(STORE_KEY);
    } catch (e) { /* storage full or disabled: the conversation just is not kept */ }
  }

  function maskDigits(text) {
    return text.replace(/\d(?:[\s-]?\d){6,}[\dXx]?/g, '［已隐去］');
  }

  function restore() {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null'); } catch (e) { saved = null; }
    if (!saved || !Array.isArray(saved.turns) || !saved.turns.length) return;
    ZJ.$('#intro').hidden = true;
    saved.turns.forEach(function (turn) {
      addMessage('user', document.createTextNode(turn.question));
      var box = el('div', { class: 'answer-text' });
      renderAnswer(addMessage('assistant', box), box, turn.answer, turn.question);
      remember(turn.question, turn.answer);
    });
  }

  function remember(question, answer) {
    state.turns.push({ question: question, answer: answer });
    state.history.push({ role: 'user', content: question }, { role: 'assistant', content: answer.answer.slice(0, 4000) });
    state.turns = state.turns.slice(-MAX_TURNS / 2);
    state.history = state.history.slice(-MAX_TURNS);
  }

  function setBusy(busy) {
    state.busy = busy;
    send.disabled = busy;
    send.textContent = busy ? '回答中…' : '发送';
    log.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function addMessage(role, node) {
    var item = el('li', { class: 'msg ' + role }, [el('span', { class: 'who', text: role === 'user' ? '我' : '助手' }), node]);
    log.appendChild(item);
    return item;
  }

  /** Sends a question with the conversation so far and renders the streamed answer. */
  async function ask(raw) {
    var text = (raw || '').trim();
    if (!text || state.busy) return;
    if (text.length > MAX_CHARS) {
      counter.textContent = '问题最多 ' + MAX_CHARS + ' 字，请精简后再发送';
      return;
    }
    ZJ.$('#intro').hidden = true;
    tabs.select('tab-ask');
    input.value = '';
    input.placeholder = '输入您的问题';
    updateCounter();
    input.style.height = '';
    var userItem = addMessage('user', document.createTextNode(text));
    var messages = state.history.concat([{ role: 'user', content: text }]).slice(-MAX_TURNS);
    var body = { messages: messages, stream: true };
    if (state.profile) body.profile = state.profile;

    var textBox = el('div', { class: 'answer-text' });
    var item = addMessage('assistant', textBox);
    item.setAttribute('data-state', 'streaming');
    item.setAttribute('data-deltas', '0');
    item.scrollIntoView({ block: 'end' });
    setBusy(true);
    var streamed = '';
    var deltas = 0;
    var answer = null;
    try {
      var res = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify(body)
      });
      if (!res.ok || !res.body) {
        var data = null;
        try { data = await res.json(); } catch (e) { data = null; }
        throw new Error(ZJ.errorText(data, res.status));
      }
      if ((res.headers.get('content-type') || '').indexOf('text/event-stream') === -1) {
        answer = await res.json();
      } else {
        await ZJ.readSse(res, function (name, data) {
          if (name === 'delta') {
            streamed += JSON.parse(data).text;
            deltas += 1;
            item.setAttribute('data-deltas', String(deltas));
            renderParagraphs(textBox, streamed, null, null);
          } else if (name === 'answer') {
            answer = JSON.parse(data);
          } else if (name === 'error') {
            throw new Error(ZJ.errorText(JSON.parse(data), 500));
          }
        });
      }
      if (!answer) throw new Error('回答没有完整收到，请重试。');
      renderAnswer(item, textBox, answer, text);
      // The server found personal data: stop showing it on screen as well.
      if (answer.notices && answer.notices.length) userItem.lastChild.textContent = maskDigits(text);
      remember(maskDigits(text), answer);
      persist();
    } catch (err) {
      renderError(item, textBox, err && err.message ? err.message : ZJ.errorText(null, 0), text);
    } finally {
      setBusy(false);
    }
  }

  /** Answer text as paragraphs; the closing "说明：" caveat is set apart in smaller type. */
  function renderParagraphs(box, text, citations, onCite) {
    box.textContent = '';
    text.split('\n').forEach(function (line) {
      if (!line.trim()) return;
      var p = el('p', { class: line.indexOf('说明：') === 0 ? 'caveat' : null });
      ZJ.appendCited(p, line, citations, onCite);
      box.appendChild(p);
    });
  }

  function renderAnswer(item, box, answer, question) {
    state.serial += 1;
    var panelId = 'cite-panel-' + state.serial;
    var panel = el('div', { class: 'cite-panel', id: panelId, hidden: true, tabindex: '-1' });
    var open = null;
    function toggle(n, button) {
      var citation = answer.citations.filter(function (c) { return c.n === n; })[0];
      ZJ.$$('[data-n]', item).forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
      if (open === n) { open = null; panel.hidden = true; return; }
      open = n;
      ZJ.$$('[data-n="' + n + '"]', item).forEach(function (b) { b.setAttribute('aria-expanded', 'true'); });
      fillPanel(panel, citation, function () { toggle(n, button); button.focus(); });
      panel.hidden = false;
      panel.scrollIntoView({ block: 'nearest' });
    }
    item.setAttribute('data-status', answer.status);
    renderParagraphs(box, answer.answer, answer.citations, toggle);
    ZJ.$$('.cite', box).forEach(function (b) { b.setAttribute('aria-controls', panelId); });

    if (answer.notices && answer.notices.length) {
      var notes = el('div', { role: 'note' }, answer.notices.map(function (n) { return el('p', { class: 'notice', text: '隐私提示：' + n }); }));
      item.insertBefore(notes, box);
    }
    if (answer.status === 'no_match') item.appendChild(noMatchBox());
    if (answer.status === 'needs_info' && answer.followUp) item.appendChild(followUpBox(answer.followUp, answer.answer));
    if (answer.status === 'rejected') {
      item.appendChild(el('div', { class: 'callout bad', role: 'note' }, [
        el('p', { text: '这个问题超出了本助手可以回答的范围。您可以换个方式提问与浙江公共服务有关的问题。' })
      ]));
    }
    if (answer.citations.length) {
      item.appendChild(el('p', { class: 'hint sources-title', text: '出处（点按编号查看规划原文）：' }));
      item.appendChild(sourcesList(answer.citations, panelId, toggle));
      item.appendChild(panel);
    }
    item.appendChild(feedbackBox(question, answer));
    item.setAttribute('data-state', 'done');
  }

  /** One line per cited clause, with the markers that point to it. */
  function sourcesList(citations, panelId, toggle) {
    var groups = [];
    citations.forEach(function (c) {
      var group = groups.filter(function (g) { return g.id === c.id; })[0];
      if (!group) { group = { id: c.id, path: c.path, ns: [] }; groups.push(group); }
      group.ns.push(c.n);
    });
    return el('ul', { class: 'sources' }, groups.map(function (g) {
      return el('li', null, [
        el('span', { class: 'source-name', text: '条款 ' + g.id + ' ' + (g.path[g.path.length - 1] || '') + ' ' })
      ].concat(g.ns.map(function (n) {
        return el('button', { type: 'button', class: 'cite', 'data-n': n, 'aria-expanded': 'false', 'aria-controls': panelId,
          'aria-label': '出处' + n, text: String(n), onclick: function (ev) { toggle(n, ev.currentTarget); } });
      })));
    }));
  }

  function fillPanel(panel, c, close) {
    panel.textContent = '';
    panel.appendChild(el('p', { class: 'path' }, ['条款 ' + c.id + '：' + ZJ.pathText(c.path)]));
    panel.appendChild(el('blockquote', null, ['“' + c.quote + '”']));
    panel.appendChild(el('div', { class: 'actions' }, [
      el('a', { href: ZJ.planUrl(c.id, c.quote, true), class: 'view-source', text: '查看原文' }),
      el('button', { type: 'button', class: 'linkish', text: '收起', onclick: close })
    ]));
  }

  function noMatchBox() {
    return el('div', { class: 'callout info', role: 'note' }, [
      el('h3', { text: '规划里没有找到答案，您可以这样咨询' }),
      el('p', null, ['拨打 ', el('a', { href: 'tel:12345', text: '12345' }), ' 政务服务热线']),
      el('p', { text: '打开“浙里办”APP 或网站，搜索相关办事事项' }),
      el('p', { text: '到当地政务服务中心或街道（乡镇）便民服务中心现场咨询' })
    ]);
  }

  function followUpBox(followUp, answerText) {
    var box = el('div', { class: 'callout warn follow-up' }, [el('h3', { text: '请补充一个信息' })]);
    // The answer text usually ends with the question already; repeat it only when it does not.
    if (answerText.indexOf(followUp.question) === -1) box.appendChild(el('p', { text: followUp.question }));
    else box.appendChild(el('p', { text: '请回答上面的问题' + (followUp.options && followUp.options.length ? '，点按即可：' : '。') }));
    if (followUp.options && followUp.options.length) {
      var row = el('div', { class: 'options', role: 'group', 'aria-label': '快速回答' });
      followUp.options.forEach(function (option) {
        row.appendChild(el('button', { type: 'button', class: 'btn secondary small', text: option, onclick: function () {
          ZJ.$$('button', row).forEach(function (b) { b.disabled = true; });
          ask(option);
        } }));
      });
      box.appendChild(row);
    } else {
      box.appendChild(el('p', { class: 'hint', text: '请在下方输入框中回答。' }));
      input.placeholder = followUp.question;
      setTimeout(function () { input.focus(); }, 0);
    }
    return box;
  }

  function feedbackBox(question, answer) {
    var rating = null;
    var status = el('p', { class: 'status-line', role: 'status' });
    var comment = el('textarea', { id: 'fb-comment-' + state.serial, maxlength: '1000', rows: '2' });
    var formEl = el('form', { hidden: true }, [
      el('label', { for: comment.id, text: '补充说明（可选）' }),
      el('p', { class: 'hint', text: '请勿填写身份证号、手机号等个人信息。' }),
      comment,
      el('div', null, [el('button', { type: 'submit', class: 'btn small', text: '提交反馈' })])
    ]);
    var choices = [['helpful', '有帮助'], ['wrong_citation', '出处不对'], ['wrong_answer', '回答不对']].map(function (pair) {
      return el('button', { type: 'button', class: 'chip', 'data-rating': pair[0], 'aria-pressed': 'false', text: pair[1], onclick: function (ev) {
        rating = pair[0];
        ZJ.$$('[data-rating]', box).forEach(function (b) { b.setAttribute('aria-pressed', b === ev.currentTarget ? 'true' : 'false'); });
        formEl.hidden = false;
        status.textContent = '';
      } });
    });
    formEl.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      if (!rating) return;
      var ids = [];
      answer.citations.forEach(function (c) { if (ids.indexOf(c.id) === -1) ids.push(c.id); });
      var body = { rating: rating, question: question, answer: answer.answer.slice(0, 4000), citationIds: ids };
      if (comment.value.trim()) body.comment = comment.value.trim().slice(0, 1000);
      var submit = ZJ.$('button[type="submit"]', formEl);
      submit.disabled = true;
      var res = await ZJ.fetchJson('/api/feedback', { method: 'POST', body: body });
      if (res.ok) {
        row.remove();
        formEl.remove();
        status.classList.remove('error');
        status.textContent = '已收到您的反馈，谢谢！';
      } else {
        submit.disabled = false;
        status.classList.add('error');
        status.textContent = '反馈未能提交：' + ZJ.errorText(res.data, res.status);
      }
    });
    var row = el('div', { class: 'row', role: 'group', 'aria-label': '评价这个回答' }, [el('span', { text: '这个回答：' })].concat(choices));
    var box = el('div', { class: 'feedback' }, [row, formEl, status]);
    return box;
  }

  function renderError(item, box, message, question) {
    item.setAttribute('data-state', 'error');
    box.textContent = '';
    box.appendChild(el('div', { class: 'callout bad', role: 'alert' }, [
      el('p', { text: message }),
      el('button', { type: 'button', class: 'btn secondary small', text: '重试', onclick: function () { item.remove(); removeLastUser(); ask(question); } })
    ]));
  }

  function removeLastUser() {
    var users = ZJ.$$('.msg.user', log);
    if (users.length) users[users.length - 1].remove();
  }

  /* ---- Eligibility form ---- */
  var eForm = ZJ.$('#eligibility-form');
  var eResults = ZJ.$('#eligibility-results');
  var extraBox = ZJ.$('#extra-facts');
  // Facts answered with a tap that the form does not ask (e.g. sex), by field: {value, question, label}.
  var extra = {};

  function parseValue(value) {
    if (value === 'true' || value === 'false') return value === 'true';
    return value;
  }

  function readProfile() {
    var profile = {};
    Object.keys(extra).forEach(function (name) { profile[name] = parseValue(extra[name].value); });
    FIELDS.forEach(function (f) {
      var value = eForm.elements[f.name].value.trim();
      if (value === '') return;
      if (f.kind === 'number') {
        var n = Number(value);
        if (Number.isInteger(n) && n >= 0 && n <= 130) profile[f.name] = n;
      } else profile[f.name] = parseValue(value);
    });
    return profile;
  }

  function showExtra() {
    var names = Object.keys(extra);
    extraBox.hidden = !names.length;
    extraBox.textContent = '';
    if (!names.length) return;
    extraBox.appendChild(document.createTextNode('另外已回答：' + names.map(function (n) {
      return extra[n].question.replace(/（.*?）/g, '') + ' ' + extra[n].label;
    }).join('；') + ' '));
    extraBox.appendChild(el('button', { type: 'button', class: 'linkish', text: '清除', onclick: function () {
      extra = {};
      showExtra();
    } }));
  }

  /** Records a one-tap answer (into the form when it asks that field) and checks again. */
  function answer(field, value, label, question) {
    if (FIELD_BY_NAME[field]) eForm.elements[field].value = value;
    else extra[field] = { value: value, label: label, question: question };
    showExtra();
    checkEligibility();
  }

  eForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    checkEligibility();
  });
  eForm.addEventListener('reset', function () {
    eResults.textContent = '';
    extra = {};
    showExtra();
    state.profile = null;
  });

  async function checkEligibility() {
    var profile = readProfile();
    var submit = ZJ.$('button[type="submit"]', eForm);
    submit.disabled = true;
    eResults.textContent = '';
    eResults.appendChild(el('p', { role: 'status', text: '正在查询…' }));
    var res = await ZJ.fetchJson('/api/eligibility', { method: 'POST', body: { profile: profile } });
    submit.disabled = false;
    eResults.textContent = '';
    if (!res.ok) {
      eResults.appendChild(el('div', { class: 'callout bad', role: 'alert' }, [
        el('p', { text: res.status === 404 ? '资格自查暂不可用，请在“提问”中直接描述您的情况。' : '查询失败：' + ZJ.errorText(res.data, res.status) })
      ]));
      return;
    }
    state.profile = Object.keys(profile).length ? profile : null;
    renderEligibility(res.data.results || [], res.data.questions);
  }

  function renderEligibility(results, questions) {
    // Services that concern the person come first; "relevant" is absent from older servers, so default to shown.
    var concern = function (r) { return r.relevant !== false; };
    var yes = results.filter(function (r) { return r.status === 'eligible' || r.status === 'likely_eligible'; });
    var open = results.filter(function (r) { return r.status === 'need_info' && concern(r); });
    var rest = results.filter(function (r) { return yes.indexOf(r) === -1 && open.indexOf(r) === -1; });
    var counts = {};
    results.forEach(function (r) { counts[r.status] = (counts[r.status] || 0) + 1; });
    var summary = STATUS_ORDER.filter(function (s) { return counts[s]; })
      .map(function (s) { return STATUS_LABEL[s] + ' ' + counts[s] + ' 项'; }).join('，');
    eResults.appendChild(el('h3', { tabindex: '-1', id: 'eligibility-summary', text: '查询结果：共 ' + results.length + ' 项服务' + (summary ? '（' + summary + '）' : '') }));
    var caveat = (results[0] && results[0].caveat) || '结果依据规划条文推断，仅供参考；具体以有关部门的规定为准。';
    eResults.appendChild(el('p', { class: 'hint', text: caveat + ' 之后在“提问”中提问时，也会参考您填写的情况。' }));

    var asks = Array.isArray(questions) ? questions : [];
    if (!Array.isArray(questions)) {
      var seen = {};
      open.forEach(function (r) { (r.missing || []).forEach(function (m) { if (!seen[m.field]) { seen[m.field] = true; asks.push(m); } }); });
    }
    if (asks.length) eResults.appendChild(missingBox(asks.slice(0, 5)));
    else if (!Object.keys(readProfile()).length) {
      eResults.appendChild(el('div', { class: 'callout info' }, [el('p', { text: '请先填写一些情况（例如年龄、户籍、就业状况），结果才有参考价值。' })]));
    }

    var list = el('div', { class: 'results' });
    yes.concat(open).forEach(function (r) { list.appendChild(resultCard(r)); });
    eResults.appendChild(list);
    if (rest.length) {
      var more = el('div', { class: 'results' });
      rest.forEach(function (r) { more.appendChild(resultCard(r)); });
      eResults.appendChild(el('details', null, [el('summary', { text: '其他 ' + rest.length + ' 项服务（暂不符合或与您的情况关系不大）' }), more]));
    }
    var heading = ZJ.$('#eligibility-summary');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  function missingBox(asks) {
    var box = el('div', { class: 'callout warn', id: 'eligibility-questions' }, [el('h3', { text: '回答这些问题，结果会更准确' })]);
    asks.forEach(function (m) {
      box.appendChild(el('p', { text: m.question }));
      var choices = CHOICES[m.field];
      var row = el('div', { class: 'options', role: 'group', 'aria-label': m.question });
      if (choices) {
        choices.forEach(function (opt) {
          row.appendChild(el('button', { type: 'button', class: 'btn secondary small', 'data-field': m.field, 'data-value': opt[0], text: opt[1],
            onclick: function () { answer(m.field, opt[0], opt[1], m.question); } }));
        });
      } else if (FIELD_BY_NAME[m.field]) {
        row.appendChild(el('button', { type: 'button', class: 'btn secondary small', text: '去填写', onclick: function () { eForm.elements[m.field].focus(); } }));
      }
      if (row.childNodes.length) box.appendChild(row);
    });
    return box;
  }

  function resultCard(r) {
    var card = el('article', { class: 'card result', 'data-status': r.status }, [
      el('div', { class: 'head' }, [el('h3', { text: r.name }), el('span', { class: 'pill ' + r.status, text: STATUS_LABEL[r.status] || r.status })])
    ]);
    if (r.reasons && r.reasons.length) card.appendChild(el('ul', null, r.reasons.map(function (t) { return el('li', { text: t }); })));
    if (r.missing && r.missing.length) {
      card.appendChild(el('p', { class: 'hint', text: '还需了解：' + r.missing.map(function (m) { return m.question; }).join(' ') }));
    }
    (r.citations || []).forEach(function (c) {
      card.appendChild(el('blockquote', null, ['“' + c.quote + '” ', el('a', { href: ZJ.planUrl(c.id, c.quote, true), text: '查看原文（条款 ' + c.id + '）' })]));
    });
    return card;
  }
})();
`;
