/**
 * The reading view (GET /plan, and /plan?doc= for a law or regulation), bundled as /assets/plan.js. The page works without it; it only opens the
 * outline on wide screens, brings the highlighted quote into view and makes "返回咨询" go back in history to
 * the conversation rather than open a fresh page.
 */
import { ELDER_CLASS } from '../../elder-mode.ts';
import { initElderToggle } from '../elder-toggle.ts';

initElderToggle();
const toc = document.getElementById('toc') as HTMLDetailsElement | null;
// 长辈版 keeps one column, so the outline stays folded above the text there.
if (toc && window.matchMedia('(min-width: 960px)').matches && !document.documentElement.classList.contains(ELDER_CLASS)) toc.open = true;
const quote = document.getElementById('quote');
const current = document.querySelector<HTMLElement>('.clause.current');
// The clause heading first, for context; the quote centred instead when it would fall below the screen.
if (current) current.scrollIntoView({ block: 'start' });
if (quote && quote.getBoundingClientRect().bottom > window.innerHeight) quote.scrollIntoView({ block: 'center' });
if (current) current.focus({ preventScroll: true });
document.getElementById('back')?.addEventListener('click', (ev) => {
  // No Referer is sent (privacy), so the chat page marks its links with from=chat instead.
  const fromChat = new URLSearchParams(location.search).get('from') === 'chat';
  if (fromChat && history.length > 1) {
    ev.preventDefault();
    history.back();
  }
});
