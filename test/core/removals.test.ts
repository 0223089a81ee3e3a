// Removed blocks that stood in the story carry their sanitized HTML and their place among the
// kept paragraphs, so the reader view can bring them back where they were.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import { textBlocks } from '../../src/core/dom';
import { markerPositions, Removals } from '../../src/core/isolate/removals';
import { isArticle, type Article } from '../../src/core/types';

const URL_ = 'https://news.example/city/2024/04/tram-extension';
const P = [
  'The tram line will be extended to the harbour, the council decided on Thursday evening by 41 votes to 18.',
  'The cost is estimated at 96 million euros, of which the federal and state governments are to pay about three quarters.',
  '“The harbour quarter is growing faster than any other district, and a bus every twenty minutes is all it has,” the transport senator said.',
  'The opposition criticised above all the timetable: building is to start in 2027, with the first trams running at the end of 2030.',
  '“Whoever moves into the quarter today waits six years for a solution,” the leader of the opposition group said in the debate.',
  'The administration will now prepare the planning approval, and residents can file objections at a public display in the autumn.',
];

function page(between: string): string {
  return `<!doctype html><html lang="en"><head><title>Tram line to reach the harbour | City Post</title></head><body>
  <header><a href="/">City Post</a><nav><ul><li><a href="/local">Local</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main><article>
    <h1>Tram line to reach the harbour</h1>
    <div class="article-body">
      <p>${P[0]}</p>
      <p>${P[1]}</p>
      ${between}
      <p>${P[2]}</p>
      <p>${P[3]}</p>
      <p>${P[4]}</p>
      <p>${P[5]}</p>
    </div>
  </article></main>
  <footer><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
  </body></html>`;
}

const RAIL = `<section class="related">
  <h2>Read more</h2>
  <ul>
    <li><a href="/city/2024/03/bus-lane" onclick="track(1)">Bus lane on Harbour Street: residents sue over parking ban</a></li>
    <li><a href="javascript:alert(1)">New trams arrive a year late</a></li>
    <li><a href="/city/2023/11/ticket">Monthly ticket: passenger numbers up twelve per cent</a></li>
  </ul>
  <script>document.title = 'pwned'</script>
  <img src="x" onerror="alert(1)" alt="">
</section>`;

function analyzed(html: string): Article {
  const result = analyze(parseHtml(html), { url: URL_ });
  if (!isArticle(result)) throw new Error(`no article: ${result.status}`);
  return result;
}

describe('removed blocks in the story', () => {
  it('places a rail between the second and third paragraphs after paragraph 1, with sanitized HTML', () => {
    const article = analyzed(page(RAIL));
    expect(article.paragraphs.slice(0, 3)).toEqual(P.slice(0, 3));
    const rail = article.removed.find((b) => b.text.startsWith('Read more'));
    expect(rail, JSON.stringify(article.removed)).toBeDefined();
    expect(rail!.after).toBe(1);
    expect(article.paragraphs[rail!.after!]).toBe(P[1]);
    const html = rail!.html!;
    expect(html).toContain('<h2>Read more</h2>');
    expect(html).toContain('href="https://news.example/city/2024/03/bus-lane"');
    expect(html).toContain('New trams arrive a year late');
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|pwned/i);
    // The markers are gone from the story.
    expect(article.html).not.toContain('<!--');
    expect(article.html).not.toContain('lede-removed');
  });

  it('places a block before the first paragraph at -1', () => {
    const html = page('').replace('<div class="article-body">', `<div class="article-body">${RAIL}`);
    const rail = analyzed(html).removed.find((b) => b.text.startsWith('Read more'));
    expect(rail?.after).toBe(-1);
    expect(rail?.html).toContain('Read more');
  });

  it('lists blocks from outside the story (site navigation, footer) as text only', () => {
    const article = analyzed(page(RAIL));
    const outside = article.removed.filter((b) => !b.text.startsWith('Read more'));
    for (const block of outside) {
      expect(block.html, block.text).toBeUndefined();
      expect(block.after, block.text).toBeUndefined();
    }
  });
});

describe('Removals', () => {
  function story(html: string): { doc: Document; content: Element } {
    const doc = parseHtml(`<!doctype html><html><body><div id="story">${html}</div></body></html>`);
    return { doc, content: doc.getElementById('story')! };
  }
  const NONE = new Set<string>();

  it('counts positions the way textBlocks does, loose text and skipped blocks included', () => {
    const { content } = story(
      '<p>One.</p><div>Loose two <b>bold</b><aside id="a">Ad one</aside> still two</div>' +
        '<figure><figcaption>Caption<span id="b">Ad two</span></figcaption></figure>' +
        '<ul><li>Three <span id="c">Ad three</span></li><li> </li></ul><div id="d">Ad four</div><p>Four.</p>',
    );
    const removals = new Removals();
    removals.beginStory();
    for (const id of ['a', 'b', 'c', 'd']) removals.drop(content.querySelector(`#${id}`)!, 'promo');
    const skip = new Set(['figure']);
    const paragraphs = textBlocks(content, skip);
    expect(paragraphs).toEqual(['One.', 'Loose two bold still two', 'Three', 'Four.']);
    removals.settle(content, { skip, paragraphs: paragraphs.length });
    expect(removals.blocks.map((b) => [b.text, b.after])).toEqual([
      ['Ad one', 1], // inside the loose run of paragraph 1
      ['Ad two', 1], // in a skipped figure after paragraph 1
      ['Ad three', 2], // inside paragraph 2's list item
      ['Ad four', 2],
    ]);
    expect(removals.blocks.map((b) => b.html)).toEqual(['<aside>Ad one</aside>', '<span>Ad two</span>', '<span>Ad three</span>', '<div>Ad four</div>']);
    expect(content.innerHTML).not.toContain('<!--');
  });

  it('keeps the HTML but no place for a story block whose surroundings a later rule removed', () => {
    const { content } = story('<p>One.</p><div id="wrap"><p>Inner.</p><div id="ad">Sponsored</div></div><p>Two.</p>');
    const removals = new Removals();
    removals.beginStory();
    removals.drop(content.querySelector('#ad')!, 'promo');
    removals.drop(content.querySelector('#wrap')!, 'link-list');
    removals.settle(content, { skip: NONE, paragraphs: 2 });
    expect(removals.blocks[0]).toEqual({ reason: 'promo', text: 'Sponsored', html: '<div>Sponsored</div>' });
    expect(removals.blocks[1]).toMatchObject({ reason: 'link-list', text: 'Inner.', after: 0, html: '<div><p>Inner.</p></div>' });
  });

  it('gives page-stage blocks outside the story neither HTML nor place', () => {
    const doc = parseHtml('<!doctype html><html><body><nav id="n"><a href="/a">Home</a></nav><div id="story"><p>One.</p><div id="x">Promo</div></div></body></html>');
    const removals = new Removals();
    removals.drop(doc.getElementById('n')!, 'link-list');
    removals.drop(doc.getElementById('x')!, 'promo');
    const content = doc.getElementById('story')!;
    removals.settle(content, { skip: NONE, paragraphs: 1 });
    expect(removals.blocks).toEqual([
      { reason: 'link-list', text: 'Home' },
      { reason: 'promo', text: 'Promo', after: 0, html: '<div>Promo</div>' },
    ]);
  });

  it('records one block for dropAll, its elements in order, and drops positions when the count disagrees', () => {
    const { content } = story('<p>One.</p><div id="a">Card A</div><p>Two.</p><div id="b">Card B</div>');
    const removals = new Removals();
    removals.beginStory();
    removals.dropAll([content.querySelector('#a')!, content.querySelector('#b')!], 'teaser-cards');
    removals.settle(content, { skip: NONE, paragraphs: 3 }); // textBlocks found 2: do not trust
    expect(removals.blocks).toEqual([{ reason: 'teaser-cards', text: 'Card A\nCard B', html: '<div>Card A</div><div>Card B</div>' }]);
  });

  it('lists a huge block as text only', () => {
    const big = `<div id="big">${'<p>Lorem ipsum dolor sit amet. </p>'.repeat(1000)}</div>`;
    const { content } = story(`<p>One.</p>${big}`);
    const removals = new Removals();
    removals.beginStory();
    removals.drop(content.querySelector('#big')!, 'promo');
    removals.settle(content, { skip: NONE, paragraphs: 1 });
    expect(removals.blocks[0].html).toBeUndefined();
    expect(removals.blocks[0].text.length).toBeLessThanOrEqual(600);
  });
});

describe('marker positions on the golden pages', () => {
  const pagesDir = join(import.meta.dirname ?? join(process.cwd(), 'test', 'core'), '..', 'pages');
  const slugs = readdirSync(pagesDir).filter((s) => existsSync(join(pagesDir, s, 'source.html')));
  it.each(slugs)('%s: every placed block points at a kept paragraph', (slug) => {
    const expected = JSON.parse(readFileSync(join(pagesDir, slug, 'expected.json'), 'utf8')) as { url: string };
    const result = analyze(parseHtml(readFileSync(join(pagesDir, slug, 'source.html'), 'utf8')), { url: expected.url });
    if (!isArticle(result)) return;
    for (const block of result.removed) {
      if (block.after !== undefined) expect(block.after).toBeGreaterThanOrEqual(-1);
      if (block.after !== undefined) expect(block.after).toBeLessThan(result.paragraphs.length);
      if (block.html) expect(block.html).not.toMatch(/<script|<style|<iframe|\son\w+=|javascript:/i);
    }
  });

  it('counts the same blocks as textBlocks on every golden page body', () => {
    for (const slug of slugs) {
      const doc = parseHtml(readFileSync(join(pagesDir, slug, 'source.html'), 'utf8'));
      const skip = new Set(['h1', 'h2', 'figure', 'table']);
      expect(markerPositions(doc.body, 'none-', skip).count, slug).toBe(textBlocks(doc.body, skip).length);
    }
  });
});
