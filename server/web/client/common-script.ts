/**
 * Browser helpers shared by every page (served as /assets/common.js, a classic script that sets `window.ZJ`):
 * element building, JSON and Server-Sent-Events fetching, rendering answer text with tappable [n] markers,
 * highlighting, copying, the plan outline and accessible tabs. Plain ES2020 so no build step is needed.
 */
export const COMMON_SCRIPT = String.raw`(function () {
  'use strict';
  var ZJ = {};

  /** Creates an element: attrs may hold text, class, on* handlers and attributes; children are nodes or strings. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === undefined || value === null || value === false) return;
        if (key === 'text') node.textContent = value;
        else if (key === 'class') node.className = value;
        else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  ZJ.el = el;
  ZJ.$ = function (selector, root) { return (root || document).querySelector(selector); };
  ZJ.$$ = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };

  /** The Chinese part of an API error message, or a generic one. */
  ZJ.errorText = function (data, status) {
    if (data && data.error && data.error.message) return String(data.error.message).split(' ')[0];
    if (status === 404) return '该功能暂不可用。';
    if (status >= 500) return '服务暂时出错，请稍后再试。';
    return '网络连接失败，请检查网络后重试。';
  };

  /** fetch + JSON; resolves to {ok, status, data} and never throws for HTTP errors. */
  ZJ.fetchJson = function (url, options) {
    options = options || {};
    var headers = Object.assign({ accept: 'application/json' }, options.headers || {});
    var init = { method: options.method || 'GET', headers: headers };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    return fetch(url, init).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        return { ok: res.ok, status: res.status, data: data };
      });
    }, function () { return { ok: false, status: 0, data: null }; });
  };

  /** Reads a text/event-stream response, calling onEvent(name, data) for each event as it arrives. */
  ZJ.readSse = async function (response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function dispatch(block) {
      var name = 'message';
      var data = [];
      block.split('\n').forEach(function (line) {
        if (line.slice(-1) === '\r') line = line.slice(0, -1);
        if (line.indexOf('event:') === 0) name = line.slice(6).trim();
        else if (line.indexOf('data:') === 0) data.push(line.slice(5).replace(/^ /, ''));
      });
      if (data.length) onEvent(name, data.join('\n'));
    }
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
      var cut;
      while ((cut = buffer.indexOf('\n\n')) !== -1) {
        dispatch(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
      }
    }
    buffer += decoder.decode();
    if (buffer.trim()) dispatch(buffer);
  };

  /** "一、… › （一）… › 2.…" */
  ZJ.pathText = function (path) { return (path || []).join(' › '); };

  /** The full-plan URL of a clause, with the quote to highlight; fromChat lets its back link return to the conversation. */
  ZJ.planUrl = function (id, quote, fromChat) {
    return '/plan?clause=' + encodeURIComponent(id) + (quote ? '&q=' + encodeURIComponent(quote) : '') +
      (fromChat ? '&from=chat' : '') + '#c-' + id;
  };

  /**
   * Appends text to parent, turning each [n] into a button when a citation n exists (onCite(n, button))
   * or into a plain superscript while the citations are not known yet (during streaming).
   */
  ZJ.appendCited = function (parent, text, citations, onCite) {
    var known = {};
    (citations || []).forEach(function (c) { known[c.n] = c; });
    var re = /\[(\d{1,2})\]/g;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var n = Number(m[1]);
      if (known[n] && onCite) {
        var button = el('button', { type: 'button', class: 'cite', 'data-n': n, 'aria-expanded': 'false',
          'aria-label': '出处' + n + '：' + known[n].id, text: String(n) });
        button.addEventListener('click', function (ev) { onCite(Number(ev.currentTarget.getAttribute('data-n')), ev.currentTarget); });
        parent.appendChild(button);
      } else {
        parent.appendChild(el('sup', { class: 'marker', text: m[0] }));
      }
      last = re.lastIndex;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  };

  /** Appends text to parent with every occurrence of the given strings wrapped in <mark>. */
  ZJ.appendHighlighted = function (parent, text, needles) {
    var spans = [];
    (needles || []).forEach(function (needle) {
      if (!needle) return;
      var from = 0;
      var at;
      while ((at = text.indexOf(needle, from)) !== -1) {
        spans.push([at, at + needle.length]);
        from = at + needle.length;
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    spans.forEach(function (span) {
      if (span[0] < pos) return;
      if (span[0] > pos) parent.appendChild(document.createTextNode(text.slice(pos, span[0])));
      parent.appendChild(el('mark', { text: text.slice(span[0], span[1]) }));
      pos = span[1];
    });
    if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
    return spans.length;
  };

  /** A heading chain as nodes, inferred headings (pathInferred) marked as such. */
  ZJ.pathNodes = function (path, inferred) {
    var nodes = [];
    (path || []).forEach(function (part, i) {
      if (i > 0) nodes.push(' › ');
      nodes.push(ZJ.headingNode(part, inferred && inferred[i]));
    });
    return nodes;
  };

  /** One heading; an inferred one gets a badge and an explanation for screen readers and mouse users. */
  ZJ.headingNode = function (text, inferred) {
    if (!inferred) return el('span', { text: text });
    return el('span', { class: 'inferred', title: '原文缺少此标题，系根据条款内容推定' }, [
      text, el('span', { class: 'badge', text: '推定标题' })
    ]);
  };

  /** The answer and its sources as plain text, for pasting into a reply. */
  ZJ.plainAnswer = function (answer) {
    var lines = [answer.answer.trim()];
    if (answer.citations && answer.citations.length) {
      lines.push('', '出处（《浙江省公共服务“十四五”规划》）：');
      answer.citations.forEach(function (c) {
        lines.push('[' + c.n + '] ' + ZJ.pathText(c.path) + '（条款 ' + c.id + '）：“' + c.quote + '”');
      });
    }
    return lines.join('\n');
  };

  /** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is unavailable (plain http). */
  ZJ.copyText = function (text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallback(); });
    }
    return Promise.resolve(fallback());
    function fallback() {
      var area = el('textarea', { class: 'visually-hidden', readonly: true });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      return ok;
    }
  };

  /** Groups clauses (document order) into chapters → sections → clauses by their heading paths. */
  ZJ.outline = function (clauses) {
    var chapters = [];
    clauses.forEach(function (clause) {
      var chapter = chapters[chapters.length - 1];
      if (!chapter || chapter.title !== clause.path[0]) {
        chapter = { title: clause.path[0], inferred: clause.pathInferred[0], sections: [] };
        chapters.push(chapter);
      }
      var sectionTitle = clause.path.length > 2 ? clause.path[1] : null;
      var section = chapter.sections[chapter.sections.length - 1];
      if (!section || section.title !== sectionTitle) {
        section = { title: sectionTitle, inferred: sectionTitle ? clause.pathInferred[1] : false, clauses: [] };
        chapter.sections.push(section);
      }
      section.clauses.push(clause);
    });
    return chapters;
  };

  /** Accessible tabs: arrow keys, Home and End move between tabs; onChange(id) after a switch. */
  ZJ.tabs = function (tablist, onChange) {
    var tabs = ZJ.$$('[role="tab"]', tablist);
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', on ? 'true' : 'false');
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
      });
      if (focus) tab.focus();
      if (onChange) onChange(tab.id);
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener('click', function () { select(tab, false); });
      tab.addEventListener('keydown', function (ev) {
        var next = null;
        if (ev.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
        else if (ev.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
        else if (ev.key === 'Home') next = tabs[0];
        else if (ev.key === 'End') next = tabs[tabs.length - 1];
        if (next) { ev.preventDefault(); select(next, true); }
      });
    });
    return { select: function (id) { var t = document.getElementById(id); if (t) select(t, false); } };
  };

  window.ZJ = ZJ;
})();
`;
