import { describe, it, expect } from 'vitest';
import { VERB_RE } from '../../src/core/quotes/lexicon';
import { hasVerb, verbHits } from '../../src/core/quotes/speakers';

describe('verbHits', () => {
  // verbHits matches lower-cased text case-sensitively; it must find what the case-insensitive
  // VERB_RE finds, including around letters whose case mapping and case folding differ.
  const cases = [
    'He said it was over, she told reporters, and they later added more.',
    'HE SAID IT. Also Said, Then Told.',
    '„Das reicht“, SAGTE der Minister; er fügte hinzu.',
    '« Non », a DÉCLARÉ le maire. «Sí», dijo ella; HA DICHO que no.',
    'ſaid the clerk', 'the ſaid', // long s folds to s but does not lower-case to it
    'İsaid and İ said', // İ lower-cases to two characters
    'Ksaid, saidK, said_x, sagte5, xsagte', // Kelvin sign is a word character under /iu
    'ẞ said Σ SAID ς', // sharp s and sigma
    '',
  ];

  it('finds exactly the matches of VERB_RE', () => {
    for (const s of cases) {
      const expected = [...s.matchAll(VERB_RE)].map((m) => ({ index: m.index, text: m[0] }));
      expect(verbHits(s), s).toEqual(expected);
      expect(hasVerb(s), s).toBe(new RegExp(VERB_RE.source, 'iu').test(s));
    }
    expect(verbHits(cases[0]).map((h) => h.text.trim())).toEqual(['said', 'told', 'later added']);
  });
});
