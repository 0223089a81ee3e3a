// The header's facts, rule by rule: the printed headline (title.ts), the byline without
// fragments or the site's name (byline.ts), the date and its checks (published.ts), and what
// JSON-LD declares (jsonld.ts). Golden pages test/pages/header-* show each on a whole page.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { bylineBesidesSite, cleanByline, namesAll } from '../../src/core/isolate/byline';
import { jsonLdStories } from '../../src/core/isolate/jsonld';
import { choosePublished, declaredDates, isoDate, plausible, printedDates, textDates } from '../../src/core/isolate/published';
import { decodeEntities, storyHeading, titleKey, type TitleClues } from '../../src/core/isolate/title';

const NOW = Date.parse('2026-06-01T12:00:00Z');

describe('isoDate: machine dates as ISO 8601', () => {
  it('keeps time and zone, in one form', () => {
    expect(isoDate('2024-04-27T07:39:18.751+0200')).toBe('2024-04-27T07:39:18+02:00');
    expect(isoDate('2024-04-26 20:44')).toBe('2024-04-26T20:44:00');
    expect(isoDate('2024-04-22T15:26:46.863186+00:00')).toBe('2024-04-22T15:26:46+00:00');
    expect(isoDate('2025-03-14T07:05:00Z')).toBe('2025-03-14T07:05:00Z');
    expect(isoDate('2024-08-22')).toBe('2024-08-22');
  });
  it('refuses days that do not exist', () => {
    expect(isoDate('2024-02-30')).toBeUndefined();
    expect(isoDate('2024-13-01')).toBeUndefined();
  });
  it('reads a printed date in a meta', () => {
    expect(isoDate('November 3, 2021')).toBe('2021-11-03');
  });
});

describe('textDates: printed dates in several languages', () => {
  const first = (text: string, lang?: string) => textDates(text, lang)[0]?.iso;
  it('English, German, French, Spanish, Polish, Russian, Japanese', () => {
    expect(first('Published November 3, 2021')).toBe('2021-11-03');
    expect(first('Nov. 3rd 2021')).toBe('2021-11-03');
    expect(first('27. Januar 2026')).toBe('2026-01-27');
    expect(first('26.04.2024, 20:44 Uhr')).toBe('2024-04-26');
    expect(first('Publié le 1er mars 2021')).toBe('2021-03-01');
    expect(first('3 de noviembre de 2021')).toBe('2021-11-03');
    expect(first('3 listopada 2021')).toBe('2021-11-03');
    expect(first('3 ноября 2021 г.')).toBe('2021-11-03');
    expect(first('2021年11月3日')).toBe('2021-11-03');
  });
  it('a year alone, or a month and year, is no date', () => {
    expect(textDates('© 2012 Rheinbote Verlag')).toEqual([]);
    expect(textDates('Mai 2019 – Gründung')).toEqual([]);
  });
  it('a slashed date only when its order is certain', () => {
    expect(first('04/21/2022')).toBe('2022-04-21');
    expect(first('03/11/2021')).toBeUndefined();
    expect(first('03/11/2021', 'en')).toBe('2021-03-11');
    expect(first('03/11/2021', 'fr')).toBe('2021-11-03');
  });
});

describe('plausible', () => {
  it('no date in the future (a day and a half of grace), none before 1995', () => {
    expect(plausible('2026-06-02', NOW)).toBe(true);
    expect(plausible('2026-06-10', NOW)).toBe(false);
    expect(plausible('1970-01-01', NOW)).toBe(false);
    expect(plausible('2012-05-04', NOW)).toBe(true);
  });
});

describe('choosePublished: declared and printed dates cross-checked', () => {
  it('agreeing: the declared date, which has the time', () => {
    expect(choosePublished(['2024-04-26T20:44:00+02:00'], [{ iso: '2024-04-26', kind: 'plain' }], NOW)).toBe('2024-04-26T20:44:00+02:00');
  });
  it('a stale declared date gives way to the one printed by the headline', () => {
    expect(choosePublished(['2012-05-04'], [{ iso: '2026-02-10T08:30:00+01:00', kind: 'plain' }], NOW)).toBe('2026-02-10T08:30:00+01:00');
  });
  it('an update printed after the declared publication keeps the publication', () => {
    expect(choosePublished(['2024-03-01'], [{ iso: '2024-03-09', kind: 'updated' }], NOW)).toBe('2024-03-01');
  });
  it('a printed "Published" beats a printed "Updated"', () => {
    expect(choosePublished([], [{ iso: '2024-03-09', kind: 'updated' }, { iso: '2024-03-01', kind: 'published' }], NOW)).toBe('2024-03-01');
  });
  it('future and pre-web dates are not believed', () => {
    expect(choosePublished(['2030-01-01'], [], NOW)).toBeUndefined();
    expect(choosePublished(['1970-01-01', '2024-01-05'], [], NOW)).toBe('2024-01-05');
  });
});

describe('declaredDates', () => {
  const metas = (html: string) => Array.from(parseHtml(`<html><head>${html}</head><body><p>x</p></body></html>`).querySelectorAll('meta'));
  it('article:published_time, then JSON-LD, then other metas', () => {
    const stories = jsonLdStories(Array.from(parseHtml('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-02T10:00:00Z"}</script>').querySelectorAll('script')));
    expect(declaredDates(metas('<meta name="date" content="2012-05-04"><meta property="article:published_time" content="2024-05-02T10:00:00Z">'), stories)).toEqual(['2024-05-02T10:00:00Z', '2024-05-02T10:00:00Z', '2012-05-04']);
  });
});

describe('printedDates: only what is printed by the headline', () => {
  const doc = (html: string) => parseHtml(`<html><body>${html}</body></html>`);
  it('a <time datetime> in the headline\'s header box, not a teaser\'s above it', () => {
    const d = doc('<ul><li><time datetime="2012-05-04">04.05.2012</time> <a href="/a">Old</a></li></ul><article><header><h1>Stadtwerke senken den Gaspreis</h1><p>Von Jana Roth · <time datetime="2026-02-10T08:30:00+01:00">10. Februar 2026</time></p></header><p>Text.</p></article>');
    expect(printedDates(d.querySelector('h1')!, d.body).map((x) => x.iso)).toEqual(['2026-02-10T08:30:00+01:00']);
  });
  it('a "Published …" line under the headline, with its kind', () => {
    const d = doc('<div><h1>Lake ferry service to resume</h1><p>Martha Lind | Published November 3, 2021 | Updated November 4, 2021</p><p>The passenger ferry across the lake will run again from next spring, the county said on Tuesday, two years after the service was halted when its only boat failed.</p></div>');
    expect(printedDates(d.querySelector('h1')!, d.body)).toEqual([
      { iso: '2021-11-03', kind: 'published' },
      { iso: '2021-11-04', kind: 'updated' },
    ]);
  });
  it('not a date inside the story\'s sentences', () => {
    const d = doc('<div><h1>Council votes on the park</h1><p>The council first discussed the idea on November 3, 2021, and again last spring. It then asked for a new plan.</p></div>');
    expect(printedDates(d.querySelector('h1')!, d.body)).toEqual([]);
  });
});

describe('jsonLdStories', () => {
  const scripts = (json: string) => Array.from(parseHtml(`<script type="application/ld+json">${json}</script>`).querySelectorAll('script'));
  it('the article, not the teasers of a list beside it', () => {
    const stories = jsonLdStories(scripts('[{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Teaser","datePublished":"2020-01-01"}]},{"@type":"NewsArticle","headline":"The story","datePublished":"2024-01-02","publisher":{"name":"Rheinbote"},"author":[{"name":"A B"},{"name":"C D"}]}]'));
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ headline: 'The story', datePublished: '2024-01-02', publisher: 'Rheinbote', authors: ['A B', 'C D'] });
  });
  it('articles in @graph and a WebPage\'s mainEntity; broken JSON skipped', () => {
    expect(jsonLdStories(scripts('{"@graph":[{"@type":"WebSite","name":"S"},{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Post"}}]}')).map((s) => s.headline)).toEqual(['Post', undefined]);
    expect(jsonLdStories(scripts('{"@type": "NewsArticle",'))).toEqual([]);
  });
});

describe('storyHeading: the headline printed on the page', () => {
  const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`);
  const heading = (doc: Document, clues: TitleClues) => storyHeading(Array.from(doc.querySelectorAll('h1')), () => doc.querySelectorAll('h2, h3'), clues)?.textContent?.trim();
  it('the <h1> that og:title repeats, though the JSON-LD headline differs', () => {
    const d = page('<h1>A woman who lost 130 pounds shares 7 changes</h1>');
    expect(heading(d, { declared: ['A woman who lost 130 pounds shares 7 changes', 'Woman who lost 130lb: seven changes'], sites: [] })).toBe('A woman who lost 130 pounds shares 7 changes');
  });
  it('a blog\'s name in the <h1>, linked to its front page, is not the headline: the post\'s <h3> is', () => {
    const d = page('<h1><a href="http://webinknow.example/">Web Ink Now</a></h1><h2>October 02, 2012</h2><h3>Biggest, Fastest, Tallest: Marketing with superlatives</h3>');
    expect(heading(d, { declared: ['Web Ink Now: Biggest, Fastest, Tallest: Marketing with superlatives'], sites: [], url: 'http://webinknow.example/2012/10/superlatives.html' })).toBe('Biggest, Fastest, Tallest: Marketing with superlatives');
  });
  it('an unlinked <h1> that is the lesser part of the title gives way to the heading with the rest', () => {
    const d = page('<h1>Church of the Customer Blog</h1><h3>Preview of my keynote at upcoming WOMMA Summit</h3>');
    expect(heading(d, { declared: ['Preview of my keynote at upcoming WOMMA Summit: Church of the Customer Blog'], sites: [] })).toBe('Preview of my keynote at upcoming WOMMA Summit');
  });
  it('a heading that is the site\'s name never; a title that is only the site\'s name counts for nothing', () => {
    const d = page('<h1>Harbour Herald</h1>');
    expect(heading(d, { declared: ['Harbour Herald'], sites: ['Harbour Herald'] })).toBeUndefined();
  });
  it('a <h2> inside a longer phrase of the title is not a part of it', () => {
    const d = page('<h2>the future</h2>');
    expect(heading(d, { declared: ['Books to understand the future'], sites: [] })).toBeUndefined();
  });
});

describe('decodeEntities and titleKey', () => {
  it('a title escaped twice reads as printed', () => {
    expect(decodeEntities('R&uuml;ckbau von Atomkraftwerk &#8211; Politik &amp; mehr')).toBe('Rückbau von Atomkraftwerk – Politik & mehr');
    expect(decodeEntities('Fish &chips;')).toBe('Fish &chips;');
  });
  it('quote marks, dashes, case and spaces before a colon do not count', () => {
    expect(titleKey('LTE-Patent : Samsung – „Zerstören“')).toBe(titleKey('lte-patent: samsung - "zerstören"'));
  });
});

describe('bylines: whole, without the date or the site', () => {
  it('the date and time printed with the name are cut off', () => {
    expect(cleanByline('Landesspiegel 30. Juni 2025')).toBe('Landesspiegel');
    expect(cleanByline('Idris Mootee on 6 November, 2012')).toBe('Idris Mootee');
    expect(cleanByline('Associated Press12:20pm Jan 7, 2024')).toBe('Associated Press');
    expect(cleanByline("1:54 pm August 9, 2012, by David O'Brien")).toBe("David O'Brien");
    expect(cleanByline('Posted by ZapperZ at 8:13 AM')).toBe('ZapperZ');
  });
  it('a blog\'s "Posted by" and its filing', () => {
    expect(cleanByline('posted by Sofia ● August 6, 2012')).toBe('Sofia');
    expect(cleanByline('Article by Steph, filed under Cities & Urbanism')).toBe('Steph');
    expect(cleanByline('Posted on')).toBeUndefined();
  });
  it('several authors in four languages stay whole', () => {
    expect(cleanByline('By Jane Doe and John Roe')).toBe('Jane Doe and John Roe');
    expect(cleanByline('Von Jana Roth und Ole Brandt')).toBe('Jana Roth und Ole Brandt');
    expect(cleanByline('Por Ana Pérez y Luis Gómez')).toBe('Ana Pérez y Luis Gómez');
    expect(cleanByline('Par Marie Dupont et Paul Martin')).toBe('Marie Dupont et Paul Martin');
  });
  it('no fragments: a number, the tail of a list', () => {
    expect(cleanByline('105092')).toBeUndefined();
    expect(cleanByline('and John Roe')).toBeUndefined();
  });
  it('the visible line wins when it names everyone the declared one names, and more', () => {
    expect(namesAll('Jane Doe and John Roe', 'Jane Doe')).toBe(true);
    expect(namesAll('Jana Roth und Ole Brandt', 'Roth')).toBe(true);
    expect(namesAll('Sina Zehrfeld Landespolitische Korrespondentin', 'Sina Zehrfeld')).toBe(false);
    expect(namesAll('Jane Doe and John Roe', 'Max Muster')).toBe(false);
  });
  it('the site\'s name is shown once, as the site', () => {
    expect(bylineBesidesSite('DER SPIEGEL', 'DER SPIEGEL')).toBeUndefined();
    expect(bylineBesidesSite('Julian Seiferth, t-online', 't-online')).toBe('Julian Seiferth');
    expect(bylineBesidesSite('Redaktion hessenschau.de', 'hessenschau.de')).toBeUndefined();
    expect(bylineBesidesSite('hessenschau.de, Frankfurt, Germany', 'hessenschau.de')).toBeUndefined();
    expect(bylineBesidesSite('The Associated Press', 'National Post')).toBe('The Associated Press');
    expect(bylineBesidesSite('Jane Doe-Herald', 'Herald')).toBe('Jane Doe-Herald');
  });
});
