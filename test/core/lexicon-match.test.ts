// The lexicon batteries may run a case-insensitive pattern without its i flag on lower-cased
// text only where that cannot change what it matches.
import { describe, expect, it } from 'vitest';
import { lowerable } from '../../src/core/isolate/endmatter';
import * as lexicon from '../../src/core/isolate/lexicon';

describe('lowerable', () => {
  it('accepts lower-case words and escapes written with capitals', () => {
    expect(lowerable(/\bnewsletter\b\S*/iu)).toBe(true);
    expect(lowerable(/^(read more|weiterlesen)\W*$/i)).toBe(true);
  });
  it('refuses patterns without i, with capital letters, or testing letter case', () => {
    expect(lowerable(/\bnewsletter\b/u)).toBe(false);
    expect(lowerable(/^Read more$/i)).toBe(false);
    expect(lowerable(/^[A-Z]{2,4}$/i)).toBe(false);
    expect(lowerable(/^\p{Lu}\p{L}+:$/iu)).toBe(false);
  });
  it('gives the same verdict on every lexicon pattern for text in any case', () => {
    const lines = ['Subscribe to our NEWSLETTER', 'ALL RIGHTS RESERVED', 'Diese Seite verwendet Cookies', 'Lesen Sie auch:', 'Partager cet article', 'The council voted on Tuesday.'];
    for (const list of Object.values(lexicon)) {
      if (!Array.isArray(list)) continue;
      for (const re of list) {
        if (!(re instanceof RegExp) || !lowerable(re)) continue;
        const plain = new RegExp(re.source, re.flags.replace('i', ''));
        for (const line of lines) expect(plain.test(line.toLowerCase()), `${re} on "${line}"`).toBe(re.test(line));
      }
    }
  });
});
