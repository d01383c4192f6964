/**
 * The plan's own text as the answer pipeline reads it, computed once per engine: the words of a window of a
 * plan sentence, a clause's normalized text. Plan text is a closed set (~300 sentences, their comma windows),
 * so memoising it is bounded; questions are never cached here.
 */
import type { Engine } from '../../retrieval/engine.ts';

/** Entries per table before it starts over: far above the plan's windows, a guard should callers pass other text. */
const MAX_ENTRIES = 20_000;

interface Tables {
  words: Map<string, ReadonlySet<string>>;
  normalized: Map<string, string>;
}
const byEngine = new WeakMap<Engine, Tables>();

function tables(engine: Engine): Tables {
  let t = byEngine.get(engine);
  if (!t) byEngine.set(engine, (t = { words: new Map(), normalized: new Map() }));
  return t;
}

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MAX_ENTRIES) map.clear();
    map.set(key, (value = make()));
  }
  return value;
}

/** The tokens of a piece of plan text (a sentence or a window of one). */
export function planWords(engine: Engine, text: string): ReadonlySet<string> {
  return remember(tables(engine).words, text, () => new Set(engine.segment(text)));
}

/** A piece of plan text (a clause, a phrasing) normalized as search does. */
export function planNormalized(engine: Engine, text: string): string {
  return remember(tables(engine).normalized, text, () => engine.normalize(text));
}
