/**
 * 长辈版 (the large-text mode for older visitors): the names the server and the page script share. The choice
 * is kept in a cookie so the server renders the page in that mode from the first paint (no flash of small
 * text, and no inline script, which the Content-Security-Policy forbids).
 */

/** The cookie that remembers the choice; the value is ELDER_VALUE when on. */
export const MODE_COOKIE = 'zj-mode';

/** MODE_COOKIE's value for 长辈版. */
export const ELDER_VALUE = 'elder';

/** The class on <html> that styles.ts keys 长辈版 on. */
export const ELDER_CLASS = 'elder';

/** A year: the choice is a lasting preference, like a phone's font size. */
export const MODE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The toggle's label and what a screen reader hears after a switch. */
export const MODE_WORDING = {
  toggle: '长辈版',
  toggleHint: '字更大、按钮更大、颜色更清楚',
  on: '已切换到长辈版：字更大，按钮更大。',
  off: '已切换到标准版。',
} as const;
