// What a page is (src/core/kind.ts, issue 21): a story, a paywall stub's opening
// ('teaser-only'), or a page of another kind said as such. Each case is an invented page with the
// signs real pages of that kind carry (the page-kinds-dev set's shapes); the story cases are the
// counterparts each rule must leave alone, since refusing a real story is the worst outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';

const e2ePage = (name: string) => readFileSync(join(import.meta.dirname, '..', 'e2e', 'pages', name), 'utf8');

const PARAS = [
  'The council voted on Monday night to close the old swimming pool at the end of the year, after engineers found that its roof could no longer carry the weight of snow.',
  'Parents and swimming clubs had asked for the decision to be delayed until a new pool opens on the other side of town, which the council expects to happen in two years at the earliest.',
  'The leader of the council said the vote had been the hardest of her time in office, and that the building would be kept and turned into a sports hall once the roof is replaced.',
  'A petition against the closure was signed by more than four thousand people in a week, and a group of swimmers held a protest outside the town hall before the meeting began.',
];

/** A page: head extras, a headline, and a body of paragraphs (the story unless told otherwise). */
function page(opts: { title: string; head?: string; h1?: string; body?: string; paras?: string[] }): string {
  const paras = (opts.paras ?? PARAS).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${opts.title}</title>${opts.head ?? ''}</head><body>
    <header><a href="/">Example Town News</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main>${opts.h1 ? `<h1>${opts.h1}</h1>` : ''}${opts.body ?? `<article>${paras}</article>`}</main>
    <footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

const run = (html: string, url: string): Analysis => analyze(parseHtml(html), { url });
const kindOf = (a: Analysis) => (a.status === 'ok' ? (a.kind ?? 'story') : a.kind ?? a.status);

const OG_ARTICLE = '<meta property="og:type" content="article">';
const NEWS_ARTICLE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pool to close"}</script>';

describe('pages that are not a story say what they are', () => {
  it('a home page at the site root', () => {
    const a = run(e2ePage('home.html'), 'https://riverside.example/');
    expect(kindOf(a)).toBe('home');
    expect(a.status).toBe('no-article');
    if (a.status === 'ok') return;
    expect(a.code).toBe('home-page');
    expect(a.signals).toContain('address: site root');
    expect(a.advice).toMatch(/open one of its stories/i);
  });

  it('a consent wall: the dialog’s wording is all the page has', () => {
    const a = run(e2ePage('consent-wall.html'), 'https://valley.example/news/rail-line');
    expect(kindOf(a)).toBe('consent-wall');
    if (a.status === 'ok') return;
    expect(a.code).toBe('consent-wall');
    expect(a.advice).toMatch(/consent dialog/i);
  });

  it('a paywall stub: the opening is shown and marked as a teaser', () => {
    const a = run(e2ePage('paywall-stub.html'), 'https://valley.example/news/2026/11/30/rail-line-rebuild');
    expect(kindOf(a)).toBe('teaser-only');
    if (a.status !== 'ok') return;
    expect(a.text).toContain('nine hundred of them with orange paint');
    expect(a.kindSignals?.join(' ')).toMatch(/to continue reading/);
  });

  it('paywall stubs in other languages say where the story stops', () => {
    for (const [lang, paras, prompt] of [
      ['fr', ['Le conseil municipal a voté lundi soir la fermeture de la vieille piscine à la fin de l’année, après que des ingénieurs ont constaté que son toit ne supportait plus le poids de la neige.'], 'Il vous reste 80 % de cet article à lire. La suite est réservée aux abonnés.'],
      ['de', ['Der Stadtrat hat am Montagabend beschlossen, das alte Hallenbad zum Jahresende zu schließen, nachdem Ingenieure festgestellt hatten, dass das Dach die Schneelast nicht mehr trägt.'], 'Weiterlesen mit Plus: Alle Artikel frei, einen Monat kostenlos.'],
      ['es', ['El concejo municipal votó el lunes por la noche el cierre de la vieja piscina a fin de año, después de que los ingenieros constataran que su techo ya no soporta el peso de la nieve.'], 'Para seguir leyendo, suscríbase. Este contenido es exclusivo para suscriptores.'],
    ] as const) {
      const body = `<article><h1>Piscine</h1>${paras.map((p) => `<p>${p}</p>`).join('')}<div class="paywall"><p>${prompt}</p><a href="/abo">Abo</a></div></article>`;
      const a = run(page({ title: 'Piscine', head: NEWS_ARTICLE, body }).replace('lang="en"', `lang="${lang}"`), `https://town.example/${lang}/2026/11/30/piscine-fermee`);
      expect(kindOf(a), lang).toBe('teaser-only');
    }
  });

  it('a search page: a query in the address and a list of results', () => {
    const results = [1, 2, 3, 4].map((n) => `<div class="result"><h3><a href="/r/${n}">Result ${n} for swimming pool closure in town</a></h3><p>${PARAS[n - 1]}</p></div>`).join('');
    expect(kindOf(run(page({ title: 'Search results', body: results }), 'https://town.example/?q=swimming+pool'))).toBe('search');
    expect(kindOf(run(page({ title: 'Search results', body: results }), 'https://town.example/search/pool'))).toBe('search');
  });

  it('an error page, whatever its language', () => {
    for (const [title, text] of [
      ['404 – Page not found', 'Sorry, the page you were looking for does not exist. It may have been moved or deleted. Try the search box or go back to the home page to find what you need.'],
      ['Access denied', 'Your request has been blocked because of unusual traffic from your network. If you think this is a mistake, contact the site’s support team with the reference number below.'],
      ['Seite nicht gefunden', 'Die von Ihnen aufgerufene Seite existiert leider nicht mehr. Vielleicht wurde sie verschoben oder gelöscht. Nutzen Sie die Suche oder kehren Sie zur Startseite zurück.'],
    ]) {
      const a = run(page({ title, h1: title, paras: [text] }), 'https://town.example/some/old/address');
      expect(kindOf(a), title).toBe('error');
    }
  });

  it('a sign-in page', () => {
    const form = '<h1>Sign in</h1><form><label>Email <input type="email" name="e"></label><label>Password <input type="password" name="p"></label><button>Sign in</button></form><p>Forgot your password? We will send you a link to reset it by email within a few minutes.</p>';
    expect(kindOf(run(page({ title: 'Sign in – Example Accounts', body: form }), 'https://accounts.example/signin'))).toBe('login');
  });

  it('a product page, a forum thread, a video page, by what they declare or their address', () => {
    const product = '<meta property="og:type" content="product">';
    expect(kindOf(run(page({ title: 'Stainless kettle 1.7 l', head: product, h1: 'Stainless kettle 1.7 l' }), 'https://shop.example/kettles/stainless-kettle'))).toBe('product');
    const thread = PARAS.map((p, i) => `<div class="message"><a class="username" href="/members/u${i}">user${i}</a><div class="message-body">${p}</div></div>`).join('');
    // og:type article alone (forum software sets it on every thread) does not outweigh a thread's address.
    expect(kindOf(run(page({ title: 'Pool closing – what now?', head: OG_ARTICLE, h1: 'Pool closing – what now?', body: thread }), 'https://forum.example/threads/pool-closing-what-now.4521/'))).toBe('forum');
    const video = '<meta property="og:type" content="video.other">';
    expect(kindOf(run(page({ title: 'Watch: the pool’s last day', head: video, h1: 'Watch: the pool’s last day', paras: ['Swimmers said goodbye to the old pool on Sunday afternoon with a last race across the deep end.'] }), 'https://town.example/video/pool-last-day'))).toBe('video');
  });

  it('a shop page that declares nothing but has a cart button', () => {
    const shop = '<h1>Stainless kettle 1.7 l</h1><p class="price">€39.90</p><p>Our classic kettle boils a full litre in under three minutes, switches itself off when the water boils and keeps its handle cool to the touch. The lid opens wide for easy filling and cleaning, and the base turns all the way round.</p><form><select name="colour"><option>Silver</option></select><button type="submit">Add to cart</button></form>';
    const a = run(page({ title: 'Stainless kettle 1.7 l | Example Shop', body: shop }), 'https://shop.example/kettles/stainless-kettle');
    expect(kindOf(a)).toBe('product');
    if (a.status !== 'ok') expect(a.signals).toContain('page: a “add to cart” button');
  });

  it('a section page of teasers', () => {
    const teasers = PARAS.map((p, i) => `<article class="card"><h2><a href="/news/story-${i}">${p.slice(0, 60)}</a></h2><p>${p.slice(0, 120)}</p></article>`).join('');
    expect(kindOf(run(page({ title: 'News – Example Town News', body: teasers }), 'https://town.example/category/news/'))).toBe('listing');
  });
});

describe('stories stay stories', () => {
  it('a story at the site root that names its post in the query ("/?p=123")', () => {
    expect(kindOf(run(page({ title: 'Pool to close at the end of the year', h1: 'Pool to close at the end of the year' }), 'https://town.example/?p=123'))).toBe('story');
  });

  it('a story whose address sits under a section or tag word, with its own slug', () => {
    for (const url of ['https://town.example/news/2026/11/30/pool-to-close', 'https://town.example/topics/pool-to-close-at-the-end-of-the-year', 'https://town.example/archives/2012/08/15/pool-closing']) {
      expect(kindOf(run(page({ title: 'Pool to close at the end of the year', h1: 'Pool to close at the end of the year', head: OG_ARTICLE }), url)), url).toBe('story');
    }
  });

  it('a declared article about an error or a search, and one whose site menu offers a subscription', () => {
    const title = '404 not found: the council’s website went dark for a week';
    expect(kindOf(run(page({ title, h1: title, head: NEWS_ARTICLE }), 'https://town.example/news/council-website-down'))).toBe('story');
    expect(kindOf(run(page({ title: 'Pool to close', h1: 'Pool to close', head: NEWS_ARTICLE }), 'https://town.example/news/pool?q=from-search'))).toBe('story');
    const menu = '<div class="topbar"><a href="/subscribe">Subscribe</a> <a href="/login">Already a subscriber? Sign in</a></div>';
    const withMenu = page({ title: 'Pool to close', h1: 'Pool to close', head: NEWS_ARTICLE }).replace('<main>', `${menu}<main>`);
    expect(kindOf(run(withMenu, 'https://town.example/news/pool-to-close'))).toBe('story');
  });

  it('a review that declares the product it reviews, with the review, is a story', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stainless kettle","review":{"@type":"Review","author":{"@type":"Person","name":"Ana Ruiz"},"reviewRating":{"@type":"Rating","ratingValue":4}}}</script>';
    expect(kindOf(run(page({ title: 'Stainless kettle review', h1: 'Stainless kettle review', head: OG_ARTICLE + ld }), 'https://reviews.example/kettles/stainless-kettle-review'))).toBe('story');
    // The same page without the review is the shop's.
    const shop = ld.replace(/,"review":\{.*\}\}<\/script>/, '}</script>');
    expect(kindOf(run(page({ title: 'Stainless kettle', h1: 'Stainless kettle', head: shop }), 'https://shop.example/kettles/stainless-kettle'))).toBe('product');
  });

  it('a social post that declares itself so, whatever og:type says', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","author":{"@type":"Person","name":"user"},"text":"pool closing"}</script>';
    expect(kindOf(run(page({ title: 'A post about the pool', h1: 'A post about the pool', head: OG_ARTICLE + ld }), 'https://social.example/profile/user/post/3k2'))).toBe('forum');
  });

  it('a short post whose title uses an error page’s word for something else', () => {
    for (const title of ['Forbidden: the garden behind the old mill', 'Unauthorized: a biography nobody asked for', 'A wrong turn on the coast road']) {
      expect(kindOf(run(page({ title, h1: title }), 'https://blog.example/2026/11/a-short-post')), title).toBe('story');
    }
  });

  it('a whole story under a paywall overlay: long enough to be whole, so not a teaser', () => {
    const long = Array.from({ length: 5 }, () => PARAS).flat();
    const overlay = '<div class="paywall-overlay"><p>Subscribe to continue reading. This article is for subscribers.</p></div>';
    const a = run(page({ title: 'Pool to close', h1: 'Pool to close', head: NEWS_ARTICLE, body: `<article>${long.map((p) => `<p>${p}</p>`).join('')}</article>${overlay}` }), 'https://town.example/news/pool-to-close');
    expect(kindOf(a)).toBe('story');
  });

  it('a story a consent dialog hides with aria-hidden (mozilla/readability#766) is read, without the dialog', () => {
    const story = Array.from({ length: 2 }, () => PARAS).flat().map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Pool to close | Town News</title>${OG_ARTICLE}</head><body>
      <div id="page" aria-hidden="true"><header><a href="/">Town News</a></header><main><article><h1>Pool to close</h1>${story}</article></main></div>
      <div role="dialog" aria-modal="true" class="cmp"><h2>We value your privacy</h2><p>We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development.</p><button>Accept all</button><button>Reject all</button></div>
      </body></html>`;
    const a = run(html, 'https://town.example/news/pool-to-close');
    expect(kindOf(a)).toBe('story');
    if (a.status !== 'ok') return;
    expect(a.text).toContain('could no longer carry the weight of snow');
    expect(a.text).not.toContain('store and/or access information');
  });

  it('a review that links to a shop with a “Buy now” button stays a story', () => {
    const review = `<article><h1>The kettle that boils in three minutes</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}<p><button type="button">Buy now</button></p></article>`;
    expect(kindOf(run(page({ title: 'The kettle that boils in three minutes', body: review }), 'https://blog.example/2026/11/kettle-review'))).toBe('story');
  });

  it('a story that discusses cookie consent is not a consent wall', () => {
    const paras = [
      'Regulators said on Tuesday that websites must make it as easy to reject cookies as to accept them, after a year-long review of how consent banners are designed.',
      'The review found that many sites hid the option to refuse behind several clicks, while a bright button invited visitors to accept all cookies at once.',
      'Consumer groups welcomed the ruling, and said they would check the largest sites in the coming months to see whether the banners change.',
    ];
    expect(kindOf(run(page({ title: 'Cookie banners must offer a clear no', h1: 'Cookie banners must offer a clear no', paras, head: NEWS_ARTICLE }), 'https://town.example/news/cookie-banners'))).toBe('story');
  });
});
