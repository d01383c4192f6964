/** The LRU forgets the least recently used entry first and never grows past its capacity. */
import { describe, expect, it } from 'vitest';
import { PLAN_DATA } from '../server/plan-data.ts';
import { createEngine } from './engine.ts';
import { createLru } from './lru.ts';

describe('lru', () => {
  it('evicts the least recently used key, counting a read as a use', () => {
    const lru = createLru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('with capacity 0 remembers nothing', () => {
    const lru = createLru<number>(0);
    lru.set('a', 1);
    expect(lru.get('a')).toBeUndefined();
  });
});

describe('engine result cache', () => {
  it('answers a repeated question as the uncached engine does, and a caller editing its hits does not touch the cache', async () => {
    const cached = createEngine(PLAN_DATA);
    const uncached = createEngine(PLAN_DATA, { cacheSize: 0 });
    const q = '低保户没房子住能申请公租房吗';
    const first = await cached.search(q, 5);
    first[0]!.sentences.length = 0;
    first.reverse();
    expect(await cached.search(q, 3)).toEqual(await uncached.search(q, 3));
    expect(await cached.search(q, 5)).toEqual(await uncached.search(q, 5));
  });
});
