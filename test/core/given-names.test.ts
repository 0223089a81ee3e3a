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
