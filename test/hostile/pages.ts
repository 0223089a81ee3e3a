// The hostile corpus: every payload of DOMPurify's XSS test data (./dompurify-expect.mjs) put
// into a real-looking news article, one place at a time, in every place a page can put it: the
// story, the title, the byline, JSON-LD, a link, an image, a caption, a rail. The page around it
// is an ordinary story (headline, byline, date, eight paragraphs with quotes, a figure, a rail
// of teasers), so the payload goes through the whole pipeline, not just through the sanitizer.
// Deterministic: the same list every run, shared by the Node test and the browser e2e.
import entries from './dompurify-expect.mjs';

export interface DomPurifyEntry {
  title?: string;
  payload: string;
  expected: string | string[];
}

export const PAYLOADS: readonly string[] = (entries as DomPurifyEntry[]).map((e) => e.payload);

/** Where the payload goes. Each is a place real pages put text a stranger wrote. */
export const POSITIONS = [
  'paragraph', // inside a story paragraph
  'title', // every source of the title, as a site does with a headline a user wrote: <title>,
  //          raw (a payload with </title> breaks out), og:title, JSON-LD, the <h1> as text
  'headline', // the <h1>, as markup
  'byline', // the byline element, raw, and <meta name="author">, as an attribute value
  'jsonld', // headline and author of the JSON-LD, escaped so it stays inside the script's JSON
  'jsonld-breakout', // the same, unescaped: a payload with </script> ends the script early
  'link-text', // the text of a link in the story
  'link-href', // the href of a link in the story (attribute value)
  'img-attr', // src and alt of the lead image (attribute values)
  'img-around', // markup around an <img> in the story's figure
  'caption', // the lead image's <figcaption>
  'rail', // a teaser in the "Most read" rail beside the story
] as const;
export type Position = (typeof POSITIONS)[number];

export interface HostilePage {
  /** `${position}-${payloadIndex}`, unique. */
  name: string;
  position: Position;
  payloadIndex: number;
  html: string;
}

/** Where the corpus pretends to live (the real address Lede is given, never taken from the page). */
export const PAGE_URL = 'https://harbour-post.example/news/2024/05/14/flood-barrier-vote';

const HEADLINE = 'Harbour council approves flood barrier after a decade of delays';
const AUTHOR = 'Mara Kessel';
const PUBLISHED = '2024-05-14T08:30:00Z';

/** For payloads as attribute values: the attribute holds the payload, whole. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** For payloads shown as text, the way a site prints a headline a user wrote. */
function text(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function jsonLd(headline: string, author: string, escape: boolean): string {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: PUBLISHED,
    author: { '@type': 'Person', name: author },
    publisher: { '@type': 'Organization', name: 'The Harbour Post' },
  });
  // Escaped as a careful site would (and as JSON allows): "<" never closes the script.
  return escape ? json.replace(/</g, '\\u003c') : json;
}

/** One article page with `payload` in `position`. */
export function hostilePage(position: Position, payload: string): string {
  const at = (p: Position) => (p === position ? payload : '');
  const title = position === 'title' ? `${HEADLINE} ${payload}` : HEADLINE;
  const ld =
    position === 'jsonld' || position === 'jsonld-breakout'
      ? jsonLd(`${HEADLINE} ${payload}`, `${AUTHOR} ${payload}`, position === 'jsonld')
      : jsonLd(title, AUTHOR, true);
  const href = position === 'link-href' ? attr(payload) : 'https://harbour-post.example/news/2014/03/02/storm-surge-report';
  const img =
    position === 'img-attr'
      ? `<img src="${attr(payload)}" alt="${attr(payload)}" width="1200" height="800">`
      : '<img src="/images/2024/05/barrier-model.jpg" alt="A model of the planned barrier at the harbour mouth" width="1200" height="800">';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | The Harbour Post</title>
<meta name="author" content="${position === 'byline' ? attr(`${AUTHOR} ${payload}`) : AUTHOR}">
<meta property="og:site_name" content="The Harbour Post">
<meta property="og:title" content="${attr(title)}">
<meta name="description" content="Councillors voted 9-4 to fund the tidal barrier that engineers first proposed after the 2014 storm surge.">
<script type="application/ld+json">${ld}</script>
</head>
<body>
<header class="masthead"><a href="/">The Harbour Post</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main>
<article class="story">
<h1 class="headline">${position === 'headline' ? `${HEADLINE} ${payload}` : position === 'title' ? text(title) : title}</h1>
<p class="byline">By <a rel="author" href="/authors/mara-kessel">${AUTHOR}</a> ${at('byline')}</p>
<p class="dateline"><time datetime="${PUBLISHED}">14 May 2024</time></p>
<figure class="lead">
${at('img-around')}${img}${at('img-around')}
<figcaption>The barrier would close the harbour mouth on the highest tides. ${at('caption')}</figcaption>
</figure>
<div class="story-body">
<p>The harbour council has approved a tidal flood barrier for the old port, ending a decade of studies, consultations and postponed votes that began after the storm surge of March 2014 flooded more than four hundred homes along the quay.</p>
<p>Councillors voted nine to four on Tuesday evening to borrow the first £38 million of the cost, with the rest expected from the national coastal defence fund. Construction could begin next spring and would take about three years, according to the council's own timetable.</p>
<p>“We have studied this barrier for ten years, and the sea has not waited for us,” said Councillor Ines Marlowe, who chairs the council's infrastructure committee. “Tonight we finally stopped studying and started building.” ${at('paragraph')}</p>
<p>The design, drawn up by engineers at the regional water authority, uses two steel gates that rest on the harbour floor and rise only when forecasters expect the tide to top the quay wall. Fishing boats and the island ferry would pass over the gates the rest of the year.</p>
<p>Opponents argued that the cost had nearly doubled since the first estimate and that the council had not ruled out cheaper options, such as raising the quay wall and paying for flood doors on the most exposed streets. Read the <a href="${href}">${position === 'link-text' ? payload : 'storm surge report'}</a> that started the debate.</p>
<p>“Nobody on this council wants another flood, but nobody has shown me why this has to be the most expensive answer,” said Councillor Tomas Reyne, who voted against the plan. He said residents would pay for the loan through higher charges for at least twenty years.</p>
<p>Shopkeepers on the quay, many of whom lost stock in 2014 and again in a smaller flood two winters ago, welcomed the vote. Insurance for businesses near the water has become hard to find, and several premises have stood empty since the last flood.</p>
<p>The council will now seek planning consent and run a public tender for the construction contract over the summer. A final decision on the contractor is expected in the autumn, officials said, with a public exhibition of the design planned at the harbour museum in June.</p>
</div>
</article>
<aside class="rail">
<h2>Most read</h2>
<ul>
<li><a href="/news/2024/05/13/ferry-timetable">Island ferry adds a late sailing for the summer</a></li>
<li><a href="/news/2024/05/12/market-square">Market square reopens after repaving</a> ${at('rail')}</li>
<li><a href="/news/2024/05/11/lifeboat">Lifeboat crew rescues two kayakers off the point</a></li>
<li><a href="/news/2024/05/10/school-roof">School roof repairs to finish before September</a></li>
</ul>
</aside>
</main>
<footer><p>© 2024 The Harbour Post. All rights reserved.</p></footer>
</body>
</html>
`;
}

/** The whole corpus: every payload in every position (POSITIONS.length × PAYLOADS.length pages),
 *  or only the positions and payloads asked for. */
export function hostilePages(opts: { positions?: readonly Position[]; payloads?: (payload: string, index: number) => boolean } = {}): HostilePage[] {
  const out: HostilePage[] = [];
  for (const position of opts.positions ?? POSITIONS) {
    PAYLOADS.forEach((payload, payloadIndex) => {
      if (opts.payloads && !opts.payloads(payload, payloadIndex)) return;
      out.push({ name: `${position}-${payloadIndex}`, position, payloadIndex, html: hostilePage(position, payload) });
    });
  }
  return out;
}
