/**
 * The staff page's script (served as /assets/staff.js): the plan outline from /api/clauses, a clause
 * reader, search with highlighted matching sentences, the answer audit (every quote checked verbatim
 * against its clause text, ✓/✗) with a plain-text copy, and the feedback list (Bearer token when set).
 */
export const STAFF_SCRIPT = String.raw`(function () {
  'use strict';
  var ZJ = window.ZJ;
  var el = ZJ.el;
  var TOKEN_KEY = 'zj-staff-token';
  var RATING_LABEL = { helpful: '有帮助', wrong_citation: '出处不对', wrong_answer: '回答不对' };
  var STATUS_LABEL = { answered: '已回答', no_match: '规划未涉及', needs_info: '需补充信息', rejected: '已拒答' };
  var PAGE = 20;
  var HIGHLIGHTED = 2;
  var byId = {};
  var clauseCache = {};
  var feedbackLoaded = false;
  var feedbackOffset = 0;
  var params = new URLSearchParams(location.search);

  var tabs = ZJ.tabs(ZJ.$('#staff-tabs'), function (id) {
    if (id === 'tab-feedback' && !feedbackLoaded) loadFeedback(true);
  });

  /* ---- Outline and reader ---- */
  var outlineBox = ZJ.$('#outline-box');
  if (window.matchMedia('(min-width: 960px)').matches) outlineBox.open = true;

  ZJ.fetchJson('/api/clauses').then(function (res) {
    var target = ZJ.$('#outline');
    target.textContent = '';
    if (!res.ok) { target.appendChild(el('p', { role: 'alert', text: '目录加载失败：' + ZJ.errorText(res.data, res.status) })); return; }
    res.data.clauses.forEach(function (c) { byId[c.id] = c; clauseCache[c.id] = c; });
    ZJ.outline(res.data.clauses).forEach(function (chapter, i) {
      var list = el('div');
      chapter.sections.forEach(function (section) {
        if (section.title) list.appendChild(el('p', { class: 'sec' }, [ZJ.headingNode(section.title, section.inferred)]));
        list.appendChild(el('ul', null, section.clauses.map(function (c) {
          var depth = c.path.length - 1;
          return el('li', null, [el('button', { type: 'button', 'data-id': c.id, onclick: function () { openClause(c.id); } },
            [c.id + ' ', ZJ.headingNode(c.path[depth], c.pathInferred[depth])])]);
        })));
      });
      target.appendChild(el('details', { 'data-chapter': i }, [el('summary', null, [ZJ.headingNode(chapter.title, chapter.inferred)]), list]));
    });
    ZJ.$('#outline-count').textContent = '共 ' + res.data.clauses.length + ' 条';
    if (params.get('clause')) openClause(params.get('clause'), params.get('quote'));
  });

  function fetchClause(id) {
    if (clauseCache[id] && clauseCache[id].prev !== undefined) return Promise.resolve(clauseCache[id]);
    return ZJ.fetchJson('/api/clauses/' + encodeURIComponent(id)).then(function (res) {
      if (!res.ok) return null;
      clauseCache[id] = res.data;
      return res.data;
    });
  }

  async function openClause(id, quote) {
    var reader = ZJ.$('#reader');
    var clause = await fetchClause(id);
    reader.hidden = false;
    reader.textContent = '';
    if (!clause) { reader.appendChild(el('p', { role: 'alert', text: '没有编号为 ' + id + ' 的条款。' })); return; }
    var text = el('p', { class: 'text' });
    if (quote) ZJ.appendHighlighted(text, clause.text, [quote]); else text.textContent = clause.text || '（原文缺失此条正文）';
    reader.appendChild(el('h2', { id: 'reader-title', text: '条款 ' + clause.id }));
    reader.appendChild(el('p', { class: 'path' }, ZJ.pathNodes(clause.path, clause.pathInferred)));
    reader.appendChild(text);
    reader.appendChild(el('div', { class: 'nav' }, [
      clause.prev ? el('button', { type: 'button', class: 'btn secondary small', text: '上一条 ' + clause.prev, onclick: function () { openClause(clause.prev); } }) : null,
      clause.next ? el('button', { type: 'button', class: 'btn secondary small', text: '下一条 ' + clause.next, onclick: function () { openClause(clause.next); } }) : null,
      el('a', { class: 'btn secondary small', href: ZJ.planUrl(clause.id, quote), text: '在规划全文中查看' })
    ]));
    ZJ.$$('#outline [data-id]').forEach(function (b) {
      var on = b.getAttribute('data-id') === clause.id;
      if (on) { b.setAttribute('aria-current', 'true'); b.closest('details').open = true; } else b.removeAttribute('aria-current');
    });
    reader.focus();
    reader.scrollIntoView({ block: 'start' });
  }

  /* ---- Search ---- */
  ZJ.$('#search-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var query = ZJ.$('#search-q').value.trim();
    if (!query) return;
    var status = ZJ.$('#search-status');
    var hits = ZJ.$('#hits');
    status.textContent = '检索中…';
    hits.textContent = '';
    var res = await ZJ.fetchJson('/api/search', { method: 'POST', body: { query: query, k: Number(ZJ.$('#search-k').value) } });
    if (!res.ok) { status.textContent = '检索失败：' + ZJ.errorText(res.data, res.status); return; }
    status.textContent = '找到 ' + res.data.results.length + ' 条相关条款，每条中最相关的句子已高亮。';
    res.data.results.forEach(function (r) {
      var known = byId[r.id];
      var body = el('p');
      var matches = r.matches || [];
      // Matches come best first and can be every sentence of the clause; the best few are what staff look for.
      ZJ.appendHighlighted(body, r.text, matches.slice(0, HIGHLIGHTED));
      hits.appendChild(el('li', { class: 'card', 'data-id': r.id }, [
        el('div', { class: 'meta' }, [
          el('button', { type: 'button', class: 'linkish', text: '条款 ' + r.id, onclick: function () { openClause(r.id); } }),
          ' · 得分 ' + r.score + ' · 匹配 ' + matches.length + ' 句'
        ]),
        el('p', { class: 'meta' }, ZJ.pathNodes(r.path, known ? known.pathInferred : null)),
        body
      ]));
    });
  });

  /* ---- Audit ---- */
  var auditResult = ZJ.$('#audit-result');
  ZJ.$('#audit-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    auditQuestion(ZJ.$('#audit-q').value.trim());
  });
  ZJ.$('#paste-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var answer = null;
    try { answer = normalizeAnswer(JSON.parse(ZJ.$('#paste-json').value)); } catch (e) { answer = null; }
    if (!answer) {
      auditResult.textContent = '';
      auditResult.appendChild(el('p', { role: 'alert', class: 'status-line error', text: '无法识别：请粘贴 /api/chat 或 /v1/chat/completions 返回的完整 JSON。' }));
      return;
    }
    renderAudit(answer, null);
  });

  /** An Answer from either API shape. */
  function normalizeAnswer(data) {
    if (!data || typeof data !== 'object') return null;
    if (typeof data.answer === 'string') return { answer: data.answer, status: data.status, citations: data.citations || [] };
    if (data.choices && data.choices[0] && data.choices[0].message) {
      var content = String(data.choices[0].message.content || '').split('\n\n参考条款：')[0];
      return { answer: content, status: data.status, citations: data.citations || [] };
    }
    return null;
  }

  async function auditQuestion(question) {
    if (!question) return;
    tabs.select('tab-audit');
    ZJ.$('#audit-q').value = question;
    auditResult.textContent = '';
    auditResult.appendChild(el('p', { role: 'status', text: '正在获取回答…' }));
    var res = await ZJ.fetchJson('/api/chat', { method: 'POST', body: { messages: [{ role: 'user', content: question }] } });
    if (!res.ok) {
      auditResult.textContent = '';
      auditResult.appendChild(el('p', { role: 'alert', class: 'status-line error', text: '获取回答失败：' + ZJ.errorText(res.data, res.status) }));
      return;
    }
    renderAudit(res.data, question);
  }

  /** Checks one citation against its clause: exists, quote verbatim in the text, same heading path. */
  function check(citation, clause) {
    if (!citation) return { ok: false, note: '正文引用了这个编号，但没有对应的出处。' };
    if (!clause) return { ok: false, note: '条款 ' + citation.id + ' 不存在。' };
    if (!citation.quote || clause.text.indexOf(citation.quote) === -1) return { ok: false, note: '引文不在条款 ' + citation.id + ' 的原文中。' };
    if (ZJ.pathText(citation.path) !== ZJ.pathText(clause.path)) return { ok: false, note: '引文一致，但标题路径与条款不符。' };
    return { ok: true, note: '与条款原文逐字一致。' };
  }

  async function renderAudit(answer, question) {
    var citations = answer.citations || [];
    var ids = [];
    citations.forEach(function (c) { if (ids.indexOf(c.id) === -1) ids.push(c.id); });
    var clauses = {};
    await Promise.all(ids.map(function (id) { return fetchClause(id).then(function (c) { clauses[id] = c; }); }));
    var byN = {};
    citations.forEach(function (c) { byN[c.n] = c; });
    var results = {};
    citations.forEach(function (c) { results[c.n] = check(c, clauses[c.id]); });
    var bad = citations.filter(function (c) { return !results[c.n].ok; }).length;

    auditResult.textContent = '';
    var summary = el('p', { class: 'audit-summary', role: 'status', 'data-bad': bad }, [
      (answer.status ? '状态：' + (STATUS_LABEL[answer.status] || answer.status) + '。' : '') +
      '共 ' + citations.length + ' 个出处，' + (citations.length - bad) + ' 个与原文逐字一致' + (bad ? '，' + bad + ' 个有问题。' : '。')
    ]);
    auditResult.appendChild(summary);
    if (question) auditResult.appendChild(el('p', { class: 'hint', text: '问题：' + question }));

    var used = {};
    var list = el('ol', { class: 'audit', 'aria-label': '逐句核对' });
    answer.answer.split(/(?<=[。！？；\n])/).forEach(function (sentence) {
      var text = sentence.trim();
      if (!text) return;
      var markers = [];
      var re = /\[(\d{1,2})\]/g;
      var m;
      while ((m = re.exec(text)) !== null) if (markers.indexOf(Number(m[1])) === -1) markers.push(Number(m[1]));
      var checks = el('ul', { class: 'checks' });
      if (!markers.length) {
        checks.appendChild(el('li', null, [el('span', { class: 'mark-none', 'aria-label': '无引用', text: '–' }), el('span', { class: 'src', text: '此句没有出处（说明、过渡或提示语）。' })]));
      }
      markers.forEach(function (n) {
        used[n] = true;
        var c = byN[n];
        var r = c ? results[n] : check(null, null);
        checks.appendChild(el('li', { 'data-check': r.ok ? 'ok' : 'bad' }, [
          el('span', { class: r.ok ? 'mark-ok' : 'mark-bad', 'aria-label': r.ok ? '通过' : '未通过', text: r.ok ? '✓' : '✗' }),
          el('div', null, c ? [
            el('div', { class: 'src' }, ['[' + n + '] ', el('button', { type: 'button', class: 'linkish', text: '条款 ' + c.id, onclick: function () { openClause(c.id, c.quote); } }), ' ' + ZJ.pathText(c.path)]),
            el('div', { class: 'quote', text: '“' + c.quote + '”' }),
            el('div', { class: 'src', text: r.note })
          ] : [el('div', { text: '[' + n + '] ' + r.note })])
        ]));
      });
      list.appendChild(el('li', null, [el('p', { class: 'sentence', text: text }), checks]));
    });
    auditResult.appendChild(list);
    var unused = citations.filter(function (c) { return !used[c.n]; });
    if (unused.length) {
      auditResult.appendChild(el('p', { class: 'hint', text: '未在正文中引用的出处：' + unused.map(function (c) { return '[' + c.n + '] ' + c.id; }).join('、') }));
    }

    var plain = ZJ.plainAnswer({ answer: answer.answer, citations: citations });
    var copied = el('span', { role: 'status', class: 'status-line' });
    auditResult.appendChild(el('div', { class: 'form-actions' }, [
      el('button', { type: 'button', class: 'btn', id: 'copy-answer', text: '复制回答（含出处）', onclick: function () {
        ZJ.copyText(plain).then(function (ok) { copied.textContent = ok ? '已复制，可直接粘贴到回复中。' : '复制失败，请手动选择下方文字复制。'; });
      } }),
      copied
    ]));
    auditResult.appendChild(el('details', null, [el('summary', { text: '纯文本预览' }), el('pre', { class: 'plain', id: 'plain-answer', text: plain })]));
  }

  /* ---- Feedback ---- */
  ZJ.$('#fb-filter').addEventListener('submit', function (ev) { ev.preventDefault(); loadFeedback(true); });
  ZJ.$('#fb-rating').addEventListener('change', function () { loadFeedback(true); });
  ZJ.$('#fb-more').addEventListener('click', function () { loadFeedback(false); });
  ZJ.$('#token-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, ZJ.$('#staff-token').value.trim());
    loadFeedback(true);
  });

  async function loadFeedback(reset) {
    feedbackLoaded = true;
    if (reset) feedbackOffset = 0;
    var list = ZJ.$('#fb-list');
    var status = ZJ.$('#fb-status');
    var rating = ZJ.$('#fb-rating').value;
    var token = sessionStorage.getItem(TOKEN_KEY);
    var url = '/api/feedback?limit=' + PAGE + '&offset=' + feedbackOffset + (rating ? '&rating=' + rating : '');
    status.textContent = '加载中…';
    var res = await ZJ.fetchJson(url, { headers: token ? { authorization: 'Bearer ' + token } : {} });
    ZJ.$('#token-form').hidden = res.status !== 401;
    if (res.status === 401) {
      status.textContent = token ? '口令不正确，请重新输入。' : '查看反馈需要工作人员口令。';
      ZJ.$('#staff-token').focus();
      return;
    }
    if (!res.ok) { status.textContent = '反馈加载失败：' + ZJ.errorText(res.data, res.status); return; }
    if (reset) list.textContent = '';
    var counts = res.data.counts;
    var total = counts.helpful + counts.wrong_citation + counts.wrong_answer;
    ZJ.$('#fb-counts').textContent = '';
    ['helpful', 'wrong_citation', 'wrong_answer'].forEach(function (k) {
      ZJ.$('#fb-counts').appendChild(el('span', { class: 'pill ' + k, text: RATING_LABEL[k] + ' ' + counts[k] }));
    });
    status.textContent = total ? '共 ' + total + ' 条反馈，最新的在前。' : '还没有反馈。';
    res.data.feedback.forEach(function (f) { list.appendChild(feedbackItem(f)); });
    feedbackOffset += res.data.feedback.length;
    ZJ.$('#fb-more').hidden = res.data.feedback.length < PAGE;
  }

  function feedbackItem(f) {
    var when = new Date(f.createdAt);
    return el('li', { class: 'card', 'data-id': f.id }, [
      el('div', { class: 'meta' }, [
        el('span', { class: 'pill ' + f.rating, text: RATING_LABEL[f.rating] || f.rating }),
        el('time', { datetime: f.createdAt, text: isNaN(when.getTime()) ? f.createdAt : when.toLocaleString('zh-CN') }),
        '#' + f.id
      ]),
      el('p', null, [el('strong', { text: '问题：' }), f.question]),
      f.comment ? el('p', null, [el('strong', { text: '留言：' }), f.comment]) : null,
      el('details', null, [el('summary', { text: '当时的回答' }), el('p', { class: 'plain', text: f.answer })]),
      f.citationIds.length ? el('p', { class: 'meta' }, ['出处：'].concat(f.citationIds.map(function (id) {
        return el('button', { type: 'button', class: 'linkish', text: id, onclick: function () { openClause(id); } });
      }))) : null,
      el('button', { type: 'button', class: 'btn secondary small', text: '重新提问并核对', onclick: function () { auditQuestion(f.question); } })
    ]);
  }

  if (params.get('q')) { ZJ.$('#search-q').value = params.get('q'); ZJ.$('#search-form').requestSubmit(); }
  if (params.get('audit')) auditQuestion(params.get('audit'));
  if (params.get('tab')) tabs.select('tab-' + params.get('tab'));
})();
`;
