/** The per-instance corrections: at most one store read per period, immediate reload on demand, onChange. */
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../tools/ask/corrections.ts';
import { setLogSink } from '../logger.ts';
import { createCorrectionCache } from './correction-cache.ts';
import type { CorrectionStore } from './feedback-store.ts';

function correction(id: number, question: string): Correction {
  return { id, question, clauseIds: ['5.1.3'], outOfScope: false, note: null, createdAt: '2026-01-01T00:00:00.000Z' };
}

/** A store whose list the test sets, counting reads; `fail` makes the next reads reject. */
function fakeStore(initial: Correction[] = []) {
  const state = { list: initial, reads: 0, fail: false };
  const store: CorrectionStore = {
    async listCorrections() {
      state.reads++;
      if (state.fail) throw new Error('D1 unavailable');
      return state.list;
    },
    addCorrection: () => Promise.reject(new Error('not used')),
    deleteCorrection: () => Promise.reject(new Error('not used')),
  };
  return { store, state };
}

function setup(initial: Correction[] = []) {
  let clock = 1_000_000;
  const changes: number[][] = [];
  const cache = createCorrectionCache({
    normalize: (q) => q.replace(/[？?\s]/g, ''),
    now: () => clock,
    onChange: (list) => changes.push(list.map((c) => c.id)),
  });
  return { cache, changes, ...fakeStore(initial), advance: (ms: number) => (clock += ms) };
}

describe('createCorrectionCache', () => {
  it('reads the store once per 60 s however many requests come, then picks up a change made elsewhere', async () => {
    const { cache, store, state, advance, changes } = setup([correction(1, '失业金怎么领')]);
    const loaded = await Promise.all(Array.from({ length: 20 }, () => cache.current(store)));
    expect(state.reads).toBe(1);
    expect(loaded.every((index) => index.lookup('失业金怎么领？')?.id === 1)).toBe(true);

    state.list = [correction(2, '低保怎么申请'), correction(1, '失业金怎么领')]; // saved on another instance
    advance(59_999);
    expect((await cache.current(store)).lookup('低保怎么申请')).toBeNull();
    expect(state.reads).toBe(1);
    advance(1);
    expect((await cache.current(store)).lookup('低保怎么申请')?.id).toBe(2);
    expect(state.reads).toBe(2);
    expect(changes).toEqual([[1], [2, 1]]);
  });

  it('reloads at once on refresh (a staff edit on this instance) and calls onChange only when the set changed', async () => {
    const { cache, store, state, changes } = setup();
    await cache.current(store);
    expect(changes).toEqual([]);
    state.list = [correction(3, '个税怎么退')];
    expect((await cache.refresh(store)).lookup('个税怎么退')?.id).toBe(3);
    await cache.refresh(store);
    state.list = [];
    expect((await cache.refresh(store)).lookup('个税怎么退')).toBeNull();
    expect(changes).toEqual([[3], []]);
  });

  it('keeps answering with the last list when the store fails, and retries after the period, not per request', async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const { cache, store, state, advance } = setup([correction(1, '失业金怎么领')]);
      await cache.current(store);
      state.fail = true;
      advance(60_000);
      expect((await cache.current(store)).lookup('失业金怎么领')?.id).toBe(1);
      expect((await cache.current(store)).lookup('失业金怎么领')?.id).toBe(1);
      expect(state.reads).toBe(2);
      expect(lines.join('\n')).toContain('corrections could not be loaded');
      state.fail = false;
      state.list = [];
      advance(60_000);
      expect((await cache.current(store)).lookup('失业金怎么领')).toBeNull();
    } finally {
      setLogSink(previous);
    }
  });

  it('is empty and reads nothing without a store', async () => {
    const { cache } = setup();
    expect((await cache.current(undefined)).corrections).toEqual([]);
    expect((await cache.refresh(undefined)).corrections).toEqual([]);
  });

  it('does not wait forever on a read that never settles (a cancelled request on Workers)', async () => {
    const { cache, advance, changes } = setup();
    const stuck: CorrectionStore = {
      listCorrections: () => new Promise(() => {}),
      addCorrection: () => Promise.reject(new Error('not used')),
      deleteCorrection: () => Promise.reject(new Error('not used')),
    };
    void cache.current(stuck);
    const { store, state } = fakeStore([correction(4, '养老金')]);
    advance(4_999);
    void cache.current(store); // joins the first load, still counted as running
    expect(state.reads).toBe(0);
    advance(1);
    expect((await cache.current(store)).lookup('养老金')?.id).toBe(4);
    expect(state.reads).toBe(1);
    expect(changes).toEqual([[4]]);
  });

  it('answers with the previous list, without waiting, while a periodic reload runs', async () => {
    const { cache, store, state, advance } = setup([correction(1, '失业金怎么领')]);
    await cache.current(store);
    let release!: () => void;
    const slow: CorrectionStore = {
      listCorrections: () => new Promise((resolve) => (release = () => resolve([]))),
      addCorrection: () => Promise.reject(new Error('not used')),
      deleteCorrection: () => Promise.reject(new Error('not used')),
    };
    advance(60_000);
    const reloading = cache.current(slow);
    expect((await cache.current(store)).lookup('失业金怎么领')?.id).toBe(1);
    expect(state.reads).toBe(1);
    release();
    expect((await reloading).lookup('失业金怎么领')).toBeNull();
    expect((await cache.current(store)).corrections).toEqual([]);
  });

  it('lets the latest of two overlapping loads win', async () => {
    const { cache, state, changes } = setup();
    let release!: () => void;
    const slow: CorrectionStore = {
      listCorrections: () => new Promise((resolve) => (release = () => resolve([correction(1, '旧')]))),
      addCorrection: () => Promise.reject(new Error('not used')),
      deleteCorrection: () => Promise.reject(new Error('not used')),
    };
    const stale = cache.current(slow);
    state.list = [correction(2, '新')];
    const { store } = fakeStore([correction(2, '新')]);
    await cache.refresh(store);
    release();
    expect((await stale).lookup('旧')).toBeNull();
    expect((await cache.current(store)).lookup('新')?.id).toBe(2);
    expect(changes).toEqual([[2]]);
  });
});
