/** IDF read from the index equals IDF counted by segmenting every sentence (the definition). */
import { describe, expect, it } from 'vitest';
import { PLAN_DATA } from '../server/plan-data.ts';
import { createEngine } from './engine.ts';

describe('idf', () => {
  it('equals log(1 + (n + 0.5) / (df + 0.5)) with df counted over the segmented sentences', () => {
    const engine = createEngine(PLAN_DATA);
    const df = new Map<string, number>();
    for (const s of engine.corpus.sentences) for (const t of new Set(engine.segment(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
    const n = engine.corpus.sentences.length;
    expect(df.size).toBeGreaterThan(3000);
    for (const [token, count] of df) expect(engine.idf(token), token).toBe(Math.log(1 + (n + 0.5) / (count + 0.5)));
    expect(engine.idf('从未出现的词')).toBe(Math.log(1 + (n + 0.5) / 0.5));
  });
});
