import { describe, expect, it } from 'vitest';
import { loadRealItems, siteOf, splitOf } from './real-split.ts';

describe('the real-wording split (by source site)', () => {
  it('reads sites without www./m. prefixes, so one site never lands on both sides', () => {
    expect(siteOf('https://www.zhetiaohe.com/a/1.html')).toBe('zhetiaohe.com');
    expect(siteOf('http://m.163.com/x')).toBe('163.com');
    expect(siteOf(null)).toBe('');
    const items = loadRealItems();
    const sides = new Map<string, Set<string>>();
    for (const it of items) sides.set(it.site, (sides.get(it.site) ?? new Set()).add(it.split));
    expect([...sides.values()].every((s) => s.size === 1)).toBe(true);
  });

  it('keeps the split written down in the closing note: 300 items, 108 of them test', () => {
    const items = loadRealItems();
    expect(items).toHaveLength(300);
    expect(items.filter((it) => it.split === 'test')).toHaveLength(108);
    expect(splitOf('')).toBe('train');
  });
});
