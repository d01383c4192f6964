/** The 长辈版 switch in every page's header: flips the mode at once, remembers it, and says so to screen readers. */
import { ELDER_CLASS, ELDER_VALUE, MODE_COOKIE, MODE_COOKIE_MAX_AGE, MODE_WORDING } from '../elder-mode.ts';
import { byId } from './dom.ts';

/** Wires the header's toggle (#mode-toggle) and its live region (#mode-status). */
export function initElderToggle(): void {
  const toggle = byId<HTMLButtonElement>('mode-toggle');
  const status = byId('mode-status');
  toggle.addEventListener('click', () => {
    const on = !document.documentElement.classList.contains(ELDER_CLASS);
    document.documentElement.classList.toggle(ELDER_CLASS, on);
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    // Path=/ so every page reads it; Lax because only this site's own pages need it.
    document.cookie = on
      ? `${MODE_COOKIE}=${ELDER_VALUE}; Path=/; Max-Age=${MODE_COOKIE_MAX_AGE}; SameSite=Lax`
      : `${MODE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
    status.textContent = on ? MODE_WORDING.on : MODE_WORDING.off;
  });
}
