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
    // ASCII and General Punctuation only (VERB_ASCII): every verb, ASCII or not, in context.
    '“Enough,” SAGTE der Chef; sagten\u2009sie, sagt_x, xsagt, dit-il, a  dit, A\u2009DIT, ont dit, avait averti, ha dicho, Ha Detto, aveva spiegato, ha\u2028detto.',
    'He also said — “then told” — was quoted as saying: zei, zegt, aldus, dodaje, powiedzieli, dijo, sostuvo, disse, spiega; hasn’t said, had said’s',
  ];

  it('finds exactly the matches of VERB_RE', () => {
    for (const s of cases) {
      const expected = [...s.matchAll(VERB_RE)].map((m) => ({ index: m.index, text: m[0] }));
      expect(verbHits(s), s).toEqual(expected);
      expect(hasVerb(s), s).toBe(new RegExp(VERB_RE.source, 'iu').test(s));
    }
    expect(verbHits(cases[0]).map((h) => h.text.trim())).toEqual(['said', 'told', 'later added']);
  });

  it('finds every verb of VERB_RE in text of ASCII letters as in text with other letters', () => {
    // VERB_RE's own source lists every verb; " é" sends a text down the VERB_LOWER path.
    const verbs = VERB_RE.source.match(/[\p{L}]+/gu)!.filter((w) => w.length > 1 && w !== 'u');
    for (const text of [verbs.join(' '), verbs.join(', ').toUpperCase(), 'a ' + verbs.join(' ha '), verbs.join('x ')]) {
      const asciiPart = text.replace(/[^\x00-\x7f]+/g, ' ');
      expect(verbHits(asciiPart)).toEqual(verbHits(asciiPart + ' é'));
      expect(verbHits(asciiPart)).toEqual([...asciiPart.matchAll(VERB_RE)].map((m) => ({ index: m.index, text: m[0] })));
    }
  });
});
