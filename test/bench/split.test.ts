import { describe, expect, it } from 'vitest';
import { publisherKey, sideOf } from './split';

describe('the bench split by publisher', () => {
  it('keys a page by its registrable host, and a page without a real address by its id', () => {
    expect(publisherKey('https://www.bbc.co.uk/news/x', 'a')).toBe('bbc.co.uk');
    expect(publisherKey('https://edition.cnn.com/x', 'b')).toBe(publisherKey('https://www.cnn.com/y', 'c'));
    // Dragnet gives pages without an address a placeholder under .invalid: each is its own site.
    expect(publisherKey('https://example.invalid/dn-R1', 'dn-R1')).toBe('page:dn-R1');
    expect(publisherKey('https://example.invalid/dn-R2', 'dn-R2')).not.toBe(publisherKey('https://example.invalid/dn-R1', 'dn-R1'));
    expect(publisherKey(undefined, 'p')).toBe('page:p');
  });

  it('puts a publisher on one side in every set, and the always-checked ones on the check side', () => {
    const sides = ['a.com', 'b.org', 'c.net', 'd.de', 'e.fr', 'f.es', 'g.it', 'h.nl'].map((p) => sideOf(p, new Set()));
    expect(new Set(sides)).toEqual(new Set(['tune', 'check']));
    const tuned = ['a.com', 'b.org', 'c.net', 'd.de', 'e.fr', 'f.es', 'g.it', 'h.nl'].find((p) => sideOf(p, new Set()) === 'tune')!;
    expect(sideOf(tuned, new Set([tuned]))).toBe('check');
  });
});
