/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs. */
import { all } from './dom.ts';

/** A tab list the page can switch from code. */
export interface Tabs {
  select(tabId: string): void;
}

/** Wires the tabs inside `tablist`; onChange(tabId) runs after every switch. */
export function createTabs(tablist: HTMLElement, onChange?: (tabId: string) => void): Tabs {
  const tabs = all<HTMLButtonElement>('[role="tab"]', tablist);
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    if (focus) tab.focus();
    onChange?.(tab.id);
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (ev) => {
      const next =
        ev.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
        : ev.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length]
        : ev.key === 'Home' ? tabs[0]
        : ev.key === 'End' ? tabs[tabs.length - 1]
        : undefined;
      if (next) {
        ev.preventDefault();
        select(next, true);
      }
    });
  });
  return {
    select(tabId) {
      const tab = tabs.find((t) => t.id === tabId);
      if (tab) select(tab, false);
    },
  };
}
