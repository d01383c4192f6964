/** A small least-recently-used map: recent questions' search results (people ask the same things). */

/** Bounded map that forgets the least recently used entry first. */
export interface Lru<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  clear(): void;
  readonly size: number;
}

/** An LRU of at most `capacity` entries (a Map keeps insertion order: re-inserting on use moves a key last). */
export function createLru<V>(capacity: number): Lru<V> {
  const map = new Map<string, V>();
  return {
    get(key) {
      const value = map.get(key);
      if (value !== undefined) {
        map.delete(key);
        map.set(key, value);
      }
      return value;
    },
    set(key, value) {
      if (capacity <= 0) return;
      map.delete(key);
      map.set(key, value);
      if (map.size > capacity) map.delete(map.keys().next().value!);
    },
    clear: () => map.clear(),
    get size() {
      return map.size;
    },
  };
}
