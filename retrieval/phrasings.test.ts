/** Everyday phrasings raise their clause, are reported on the hit, are never quoted; the staff overlay comes and goes. */
import { describe, expect, it } from 'vitest';
import { PLAN_DATA } from '../server/plan-data.ts';
import { createEngine } from './engine.ts';
import { parsePhrasingsTsv } from './phrasings.ts';

const rank = (hits: { id: string }[], id: string) => hits.findIndex((h) => h.id === id);

describe('phrasings file', () => {
  it('reads clauseId<TAB>phrasing lines, skipping comments and blank lines', () => {
    expect(parsePhrasingsTsv('# note\n\n5.1.3\t失业金领多久\n6.1.1\t公租房怎么申请\n')).toEqual([
      { clauseId: '5.1.3', text: '失业金领多久' },
      { clauseId: '6.1.1', text: '公租房怎么申请' },
    ]);
    expect(() => parsePhrasingsTsv('5.1.3 no tab here')).toThrow(/bad line/);
  });

  it('is optional: an engine without phrasings searches as before and reports none', async () => {
    const { phrasings: _omitted, ...withoutPhrasings } = PLAN_DATA;
    const engine = createEngine(withoutPhrasings);
    const hits = await engine.search('失业了能领多久的失业金', 3);
    expect(hits[0]!.id).toBe('5.1.3');
    expect(hits.every((h) => h.phrasing === undefined)).toBe(true);
  });
});

describe('a matching phrasing', () => {
  it('is reported on its clause, and the clause quotes only the plan\'s own sentences', async () => {
    const engine = createEngine(PLAN_DATA);
    const hits = await engine.search('读中专要交学费吗', 5);
    const hit = hits.find((h) => h.id === '4.2.2')!;
    expect(hit.phrasing).toBe('读中专要不要交学费');
    const own = engine.corpus.get('4.2.2')!.sentences;
    for (const h of hits) for (const s of h.sentences) expect(engine.corpus.get(h.id)!.sentences).toContain(s.text);
    expect(hit.sentences.map((s) => s.text).every((t) => own.includes(t))).toBe(true);
  });
});

describe('extra phrasings (staff corrections)', () => {
  const question = '家里老人想找个靠谱的保姆';

  it('lift a clause that ranked low to first, and it falls back when the phrasing is removed', async () => {
    const engine = createEngine(PLAN_DATA);
    const before = await engine.search(question, 10);
    // Third with the session 6 ranker (fourth or lower before): not first without the correction.
    expect(rank(before, '13.2.1')).toBeGreaterThan(1);

    engine.setExtraPhrasings([{ clauseId: '13.2.1', text: question }]);
    const corrected = await engine.search(question, 10);
    expect(corrected[0]!.id).toBe('13.2.1');
    expect(corrected[0]!.phrasing).toBe(question);
    // A close rewording benefits too.
    expect((await engine.search('家里的老人想找个靠谱保姆', 1))[0]!.id).toBe('13.2.1');

    engine.setExtraPhrasings([]);
    const after = await engine.search(question, 10);
    expect(after.map((h) => [h.id, h.score])).toEqual(before.map((h) => [h.id, h.score]));
  });

  it('ignore rows for unknown clauses and give the same ranking for the same set in any order and history', async () => {
    const engine = createEngine(PLAN_DATA);
    engine.setExtraPhrasings([{ clauseId: '99.9', text: question }]);
    expect((await engine.search(question, 10)).every((h) => h.id !== '99.9')).toBe(true);
    engine.setExtraPhrasings([{ clauseId: '13.2.1', text: question }, { clauseId: '10.2.1', text: '养老院怎么选' }]);
    const first = await engine.search(question, 10);
    engine.setExtraPhrasings([{ clauseId: '10.2.1', text: '养老院怎么选' }]);
    engine.setExtraPhrasings([{ clauseId: '10.2.1', text: '养老院怎么选' }, { clauseId: '13.2.1', text: question }]);
    expect(await engine.search(question, 10)).toEqual(first);
  });
});
