/** Character keys are one per token, and the table behaves as a map while it grows. */
import { describe, expect, it } from 'vitest';
import { charKey, createCharTable, runKey } from './char-keys.ts';

describe('char keys', () => {
  it('give every one- and two-ideograph token its own key, and none to anything else', () => {
    expect(charKey('养')).toBe(0x517b);
    expect(charKey('养老')).toBe(runKey('养老', 0, 2));
    expect(charKey('老养')).not.toBe(charKey('养老'));
    for (const other of ['', 'a', '养a', '养老院', '85%', '𠮷', '，']) expect(charKey(other)).toBe(-1);
    expect(runKey('我养老', 1, 1)).toBe(charKey('养'));
  });

  it('table answers as a Map does through growth and clearing', () => {
    const table = createCharTable(4);
    const map = new Map<number, number>();
    let seed = 1;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      const a = 0x4e00 + Math.floor(rnd() * 300);
      const key = rnd() < 0.3 ? a : charKey(String.fromCharCode(a, 0x4e00 + Math.floor(rnd() * 300)));
      table.set(key, i);
      map.set(key, i);
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) expect(table.get(key)).toBe(value);
    expect(table.get(charKey('鿿鿿'))).toBe(-1);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get([...map.keys()][0]!)).toBe(-1);
  });
});
