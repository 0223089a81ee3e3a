import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/core/match-all';

const same = (re: RegExp, s: string) => {
  const want = [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
  expect(matchesOf(re, s).map((m) => [m.index, ...m])).toEqual(want);
};

describe('matchesOf', () => {
  it('gives what matchAll gives: every match, its index and groups', () => {
    same(/(\p{Lu}\p{Ll}+) (said|says)/gu, 'Ann Lee said so. Then Bo Li says no, and Cy said yes.');
    same(/x/g, 'no match here');
    same(/\p{L}+/gu, 'Élise a dit : « oui » — 東京 too');
  });

  it('moves past empty matches by a whole code point, as matchAll does', () => {
    same(/(?:)/gu, 'a😀b');
    same(/\d*/g, 'a1b22c');
  });

  it('leaves the regex reusable: lastIndex is back at 0, also when a caller runs it again while reading', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of matchesOf(re, '1 22 333')) {
      seen.push(m[0]);
      expect(re.test('x 9')).toBe(true); // moves lastIndex, which the collected matches do not feel
      re.lastIndex = 0;
    }
    expect(seen).toEqual(['1', '22', '333']);
    expect(re.lastIndex).toBe(0);
  });
});
