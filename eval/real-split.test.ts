import { describe, expect, it } from 'vitest';
import { createEngine } from '../retrieval/engine.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { goldArticleId, readRegLabels } from './reg-labels.ts';
import { loadFreshItems, loadHeldOutFolder, loadRealItems, loadUnseenItems, siteOf, splitOf, UNSEEN7_FOLDER, UNSEEN8_FOLDER } from './real-split.ts';

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

describe.each([
  ['unseen (session 6)', () => loadUnseenItems(), new URL('reg-labels-unseen.jsonl', import.meta.url), () => [...loadRealItems(), ...loadFreshItems()]],
  ['unseen7 (session 7, eval/unseen7/)', () => loadHeldOutFolder(UNSEEN7_FOLDER, 'unseen7'), new URL('reg-labels.jsonl', UNSEEN7_FOLDER), () => [...loadRealItems(), ...loadFreshItems(), ...loadUnseenItems()]],
  ['unseen8 (session 8, eval/unseen8/)', () => loadHeldOutFolder(UNSEEN8_FOLDER, 'unseen8'), new URL('reg-labels.jsonl', UNSEEN8_FOLDER), () => [...loadRealItems(), ...loadFreshItems(), ...loadUnseenItems(), ...loadHeldOutFolder(UNSEEN7_FOLDER, 'unseen7')]],
] as const)('the %s hold-out: real questions from sites no other item uses', (_name, load, labelFile, loadOthers) => {
  const unseen = load();
  const others = loadOthers();

  it('takes every item from a site no earlier item uses', () => {
    const used = new Set(others.map((it) => it.site));
    expect(unseen.length).toBeGreaterThan(0);
    expect(unseen.filter((it) => it.site === '' || used.has(it.site)).map((it) => it.id)).toEqual([]);
  });

  it('labels every item with its answering articles, each fragment verbatim in that article of a version in force', () => {
    const labels = readRegLabels(labelFile);
    expect(labels.map((l) => l.id)).toEqual(unseen.map((it) => it.id));
    const library = createEngine(PLAN_DATA).documents!;
    const byFile = new Map(library.documents.map((d) => [d.file, d]));
    const wrong: string[] = [];
    for (const l of labels) {
      expect(l.reg_answerable).toBe(l.reg_gold.length > 0);
      for (const g of l.reg_gold) {
        const doc = byFile.get(g.file);
        const article = doc && library.article(goldArticleId(library, g));
        if (!doc || doc.status !== 'in_force' || !article || !article.text.replace(/\n/g, '').includes(g.fragment)) wrong.push(`${l.id} ${g.file} ${g.article}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
