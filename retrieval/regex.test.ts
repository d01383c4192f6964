/** execAll finds what String#matchAll finds, empty matches and surrogate pairs included. */
import { describe, expect, it } from 'vitest';
import { execAll } from './regex.ts';

const same = (re: RegExp, text: string) => expect(execAll(re, text).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));

describe('execAll', () => {
  it('gives the matches matchAll gives, and leaves the expression ready for the next text', () => {
    const re = /(\d+)(岁)?/g;
    same(re, '我59岁，老伴62，孩子3岁');
    same(re, '没有数字');
    expect(re.lastIndex).toBe(0);
    same(/x*/g, 'axxb');
    same(/(?:)/gu, 'a𠮷b');
    same(/(?:)/g, 'a𠮷b');
    same(/(?:)/gu, '\uD800a\uDC00b');
    same(/[我你]/g, '');
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
