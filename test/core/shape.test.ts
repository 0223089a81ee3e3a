import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { looksLikeTeasers, shapeOf } from '../../src/core/isolate/shape';

const body = (html: string) => parseHtml(`<!DOCTYPE html><html><body><div id="r">${html}</div></body></html>`).getElementById('r')!;

const card = (title: string, href: string) =>
  `<div class="teaser"><article><header><h3>${title}</h3></header><a href="${href}"><img src="/i.jpg" alt=""></a></article></div>`;

describe('shapeOf', () => {
  it('counts an overlay card (unlinked headline, picture linking to the story) as a headline', () => {
    const s = shapeOf(body(card('Auction: a barn-find Lancia fetches twice its estimate', '/a') + card('Museum opens a hall for forgotten carmakers', '/b')));
    expect(s.headlineLinks).toBe(2);
    expect(looksLikeTeasers(s)).toBe(true);
  });
  it('does not count a card twice when its headline is a link too', () => {
    const s = shapeOf(body('<article><h3><a href="/a">Hill climb moves to August this year</a></h3><a href="/a"><img src="/i.jpg"></a></article>'));
    expect(s.headlineLinks).toBe(1);
  });
  it('an <article> holding a story is not a card', () => {
    const prose = 'The organisers shortened the special stages to keep average speeds down, a condition set by the police after complaints from villages along the route. '.repeat(3);
    const s = shapeOf(body(`<article><h2>Why the stages were shorter this year</h2><p>${prose}</p><p><a href="/rules">The rules</a> changed again.</p></article>`));
    expect(s.headlineLinks).toBe(0);
  });
});
