// The given-name list (src/core/quotes/given-names.ts): accents never part of a match, and the
// names the list says it leaves out (worn by men and women alike) tell nothing.
import { describe, it, expect } from 'vitest';
import { givenNameGender } from '../../src/core/quotes/given-names';

describe('givenNameGender', () => {
  it('matches a name with or without its accents, in any case', () => {
    for (const n of ['José', 'Jose', 'JOSÉ', 'Andrés', 'Andres', 'Günter', 'Héctor']) expect(givenNameGender(n), n).toBe('m');
    for (const n of ['Lucía', 'Lucia', 'Beatriz']) expect(givenNameGender(n), n).toBe('f');
  });
  it('tells nothing of names both men and women bear, or of unlisted ones', () => {
    for (const n of ['Jean', 'Andrea', 'Alex', 'Kelly', 'Robin', 'Taylor', 'Zxqv']) expect(givenNameGender(n), n).toBeUndefined();
  });
});

describe('givenNameGender: names beyond English', () => {
  it('knows common French, Spanish, German, Italian, Arabic and Indian names', () => {
    for (const n of ['Céline', 'Hélène', 'Pilar', 'Ulrike', 'Chiara', 'Fatma', 'Priya']) expect(givenNameGender(n), n).toBe('f');
    for (const n of ['Juanma', 'Jürgen', 'Matteo', 'Khaled', 'Rahul', 'Ángel']) expect(givenNameGender(n), n).toBe('m');
  });
  it('leaves out names that are also places or brands a story names alone', () => {
    for (const n of ['Austin', 'Orlando', 'Crystal', 'Santiago', 'Chad']) expect(givenNameGender(n), n).toBeUndefined();
  });
});
