/**
 * Requests to the staff endpoints, for every staff-only tab: the token (kept in sessionStorage for the tab),
 * the one token prompt they share, and the two refusals — 401 opens the prompt; 403 staff_disabled shows the
 * notice that staff features are off on this server (#staff-off), which no token can fix.
 */
import { STAFF_TEXT } from '../../../../tools/wording.ts';
import { errorText, fetchJson } from '../api.ts';
import { byId } from '../dom.ts';

/** sessionStorage key of the staff token: kept for the tab only, never in localStorage. */
const TOKEN_KEY = 'zj-staff-token';

/** Why a staff request failed: the token prompt is asking, staff features are off here, or another error (in words). */
export type StaffProblem = { reason: 'token' | 'disabled' } | { reason: 'error'; text: string };

/** A staff request's outcome: the data (null for 204), or why there is none. */
export type StaffResult<T> = { ok: true; data: T | null } | ({ ok: false } & StaffProblem);

/** The line a tab shows for a failure: `framed(why)` for an error; nothing when the token prompt or the off notice speaks. */
export function problemText(problem: StaffProblem, framed: (why: string) => string): string {
  return problem.reason === 'error' ? framed(problem.text) : '';
}

/** What the staff tabs use to reach the staff endpoints. */
export interface StaffAccess {
  /**
   * A JSON request with the token. On 401 the token prompt opens, and `retry` runs once a token is entered.
   */
  fetch<T>(url: string, options: { method?: string; body?: unknown }, retry: () => void): Promise<StaffResult<T>>;
}

/** Wires the shared token form (#token-form) and returns the access the tabs share. */
export function createStaffAccess(): StaffAccess {
  const form = byId<HTMLFormElement>('token-form');
  const input = byId<HTMLInputElement>('staff-token');
  const message = byId('token-status');
  // Every tab refused since the last token was entered reloads once a new one is given.
  const waiting = new Set<() => void>();
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    form.hidden = true;
    const retries = [...waiting];
    waiting.clear();
    for (const retry of retries) retry();
  });

  return {
    async fetch<T>(url: string, options: { method?: string; body?: unknown }, retry: () => void): Promise<StaffResult<T>> {
      const token = sessionStorage.getItem(TOKEN_KEY);
      const res = await fetchJson<T>(url, { ...options, headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (res.status === 401) {
        waiting.add(retry);
        message.textContent = token ? STAFF_TEXT.tokenWrong : STAFF_TEXT.tokenNeeded;
        form.hidden = false;
        input.value = '';
        input.focus();
        return { ok: false, reason: 'token' };
      }
      const code = (res.data as { error?: { code?: unknown } } | null)?.error?.code;
      if (res.status === 403 && code === 'staff_disabled') {
        form.hidden = true;
        byId('staff-off').hidden = false;
        return { ok: false, reason: 'disabled' };
      }
      if (!res.ok) return { ok: false, reason: 'error', text: errorText(res.data, res.status) };
      return { ok: true, data: res.data };
    },
  };
}
