/**
 * The plan page's script (served as /assets/plan.js). The page works without it; it only opens the
 * outline on wide screens, brings the highlighted quote into view and makes "返回咨询" go back in history
 * to the conversation rather than open a fresh page.
 */
export const PLAN_SCRIPT = String.raw`(function () {
  'use strict';
  var toc = document.getElementById('toc');
  if (toc && window.matchMedia('(min-width: 960px)').matches) toc.open = true;
  var quote = document.getElementById('quote');
  var current = document.querySelector('.clause.current');
  // The clause heading first, for context; the quote centred instead when it would fall below the screen.
  if (current) current.scrollIntoView({ block: 'start' });
  if (quote && quote.getBoundingClientRect().bottom > window.innerHeight) quote.scrollIntoView({ block: 'center' });
  if (current) current.focus({ preventScroll: true });
  var back = document.getElementById('back');
  if (back) {
    back.addEventListener('click', function (ev) {
      // No Referer is sent (privacy), so the chat page marks its links with from=chat instead.
      var fromChat = new URLSearchParams(location.search).get('from') === 'chat';
      if (fromChat && history.length > 1) {
        ev.preventDefault();
        history.back();
      }
    });
  }
})();
`;
