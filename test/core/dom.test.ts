import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { normSpace, textPrefixRelation } from '../../src/core/dom';

describe('textPrefixRelation', () => {
  const el = (html: string) => {
    const doc = parseHtml(`<!doctype html><html><body><div id="x">${html}</div></body></html>`);
    return doc.getElementById('x')!;
  };

  it('tells the same text, a longer one that starts with it, and any other, as normSpace(textContent) would', () => {
    expect(textPrefixRelation(el('  <b>Related</b>\n '), 'Related')).toBe('same');
    expect(textPrefixRelation(el('<h2>Related</h2>\n<ul><li><a>One</a></li></ul>'), 'Related')).toBe('longer');
    expect(textPrefixRelation(el('<h2>Related</h2><p>One</p>'), 'RelatedOne')).toBe('same'); // textContent glues blocks
    expect(textPrefixRelation(el('Rel<!-- x -->ated&nbsp;\u200b stories'), 'Related stories')).toBe('same');
    expect(textPrefixRelation(el('<p>Story</p><h2>Related</h2>'), 'Related')).toBe('other');
    expect(textPrefixRelation(el('Relate'), 'Related')).toBe('other');
  });

  it('agrees with normSpace on random whitespace and markup', () => {
    const pieces = [' ', '\n', '\u00a0', '\u200b', '\u2003', 'a', 'b', 'ab', '<b>', '</b>', '<!-- c -->'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let t = 0; t < 500; t++) {
      let html = '';
      for (let i = 0, n = 1 + rnd(8); i < n; i++) html += pieces[rnd(pieces.length)];
      const x = el(html);
      const full = normSpace(x.textContent);
      for (const p of ['a', 'a b', 'ab', 'b']) {
        expect(textPrefixRelation(x, p), JSON.stringify(html)).toBe(full === p ? 'same' : full.startsWith(p) ? 'longer' : 'other');
      }
    }
  });
});
