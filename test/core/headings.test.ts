// Headings that head nothing: dropped; headings with a section, and decks printed as headings, kept.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { removeOrphanHeadings } from '../../src/core/isolate/headings';
import { LeafReader } from '../../src/core/isolate/leaves';
import { Removals } from '../../src/core/isolate/removals';

function kept(body: string): string[] {
  const doc = parseHtml(`<!doctype html><html><body><div id="c">${body}</div></body></html>`);
  const root = doc.getElementById('c')!;
  const removals = new Removals();
  removals.beginStory();
  removeOrphanHeadings(root, removals, new LeafReader(removals));
  return Array.from(root.querySelectorAll('h2, h3')).map((h) => h.textContent ?? '');
}

const P = '<p>The council voted on Tuesday to close the bridge for repairs until the end of the month.</p>';

describe('removeOrphanHeadings', () => {
  it('drops a heading whose section is an empty widget, before the next heading of its level', () => {
    expect(kept(`${P}<h2>Live: minute by minute</h2><div class="widget"></div><h2>The repairs</h2>${P}`)).toEqual(['The repairs']);
  });

  it('drops a heading that ends the story', () => {
    expect(kept(`<h2>The repairs</h2>${P}<h3>More on the bridge</h3>`)).toEqual(['The repairs']);
  });

  it('keeps a heading followed by a subheading: it heads the subsection', () => {
    expect(kept(`<h2>The repairs</h2><h3>What changes for drivers</h3>${P}`)).toEqual(['The repairs', 'What changes for drivers']);
  });

  it('keeps a deck printed as a heading before the first section heading', () => {
    const deck = 'The council closed the bridge for a month of repairs, and drivers face a long detour.';
    expect(kept(`<h2>${deck}</h2><h2>The repairs</h2>${P}`)).toEqual([deck, 'The repairs']);
  });

  it('keeps headings that each title a picture (a gallery post), and drops one over a tracking pixel', () => {
    const card = (n: number) => `<h3>Card ${n}</h3><p><a href="/shot/${n}"><img src="card-${n}.jpg" alt=""></a></p>`;
    expect(kept(`${P}${card(1)}${card(2)}${card(3)}${P}`)).toEqual(['Card 1', 'Card 2', 'Card 3']);
    expect(kept(`${P}<h3>Sponsored</h3><img src="pixel.gif" width="1" height="1"><h3>The repairs</h3>${P}`)).toEqual(['The repairs']);
  });
});
