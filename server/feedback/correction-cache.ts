/**
 * The corrections one process (Node) or isolate (Workers) answers with: loaded from the store at most once
 * per `maxAgeMs` (60 s), not per chat request, so a correction saved on another instance applies within a
 * minute; a staff edit on this instance reloads at once.
 */
import { createCorrectionIndex, type Correction, type CorrectionIndex } from '../../tools/ask/corrections.ts';
import { logError } from '../logger.ts';
import type { CorrectionStore } from './feedback-store.ts';

/** The contract's bound on how late a correction may reach every instance. */
const CORRECTIONS_MAX_AGE_MS = 60_000;

/**
 * How long a reload another request started counts as running. On Workers a request that is cancelled (the
 * client went away) can leave its D1 read unsettled forever; past this, the next request reads afresh.
 */
const SHARED_LOAD_MS = 5_000;

/** How the cache is built. */
export interface CorrectionCacheOptions {
  /** The exact-match key of a question (tools/ask/corrections.ts normalizeQuestion with the engine's table). */
  normalize: (question: string) => string;
  /** Longest time a loaded list is trusted; default 60 s. */
  maxAgeMs?: number;
  /** Milliseconds now; default Date.now (tests move it). */
  now?: () => number;
  /** Called with every correction, newest first, whenever the set loaded differs from the one before. */
  onChange?: (corrections: readonly Correction[]) => void;
}

/** The per-instance corrections. */
export interface CorrectionCache {
  /** The index, reloaded from `store` first when it is older than maxAgeMs; without a store, empty. */
  current(store: CorrectionStore | undefined): Promise<CorrectionIndex>;
  /** Reloads from `store` now (after this instance saved or deleted a correction). */
  refresh(store: CorrectionStore | undefined): Promise<CorrectionIndex>;
}

/** Builds an empty cache; the first `current` call loads. */
export function createCorrectionCache(options: CorrectionCacheOptions): CorrectionCache {
  const maxAgeMs = options.maxAgeMs ?? CORRECTIONS_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  let index = createCorrectionIndex([], options.normalize);
  let signature = '';
  let loadedAt = -Infinity;
  let loading: Promise<CorrectionIndex> | undefined;
  let loadingSince = 0;
  // Loads can overlap (a staff edit while a periodic reload runs): only the latest started may install its list.
  let started = 0;

  const load = (store: CorrectionStore): Promise<CorrectionIndex> => {
    const ticket = ++started;
    const done = store
      .listCorrections()
      .then((corrections) => {
        if (ticket !== started) return index;
        loadedAt = now();
        const next = corrections.map((c) => c.id).join(',');
        index = createCorrectionIndex(corrections, options.normalize);
        if (next !== signature) {
          signature = next;
          options.onChange?.(index.corrections);
        }
        return index;
      })
      .catch((err: unknown) => {
        // Answers go on with the last list; the next reload is tried after maxAgeMs, not on every request.
        if (ticket === started) loadedAt = now();
        logError('corrections could not be loaded', err);
        return index;
      })
      .finally(() => {
        if (loading === done) loading = undefined;
      });
    loading = done;
    loadingSince = now();
    return done;
  };

  return {
    async current(store) {
      if (!store) return index;
      if (now() - loadedAt < maxAgeMs) return index;
      // A reload already running: the first load is waited for (nothing to answer with yet); later ones are
      // not, the list from a minute ago serves until it lands.
      if (loading && now() - loadingSince < SHARED_LOAD_MS) return loadedAt === -Infinity ? loading : index;
      return load(store);
    },
    async refresh(store) {
      return store ? load(store) : index;
    },
  };
}
