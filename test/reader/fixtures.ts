import type { Article } from '../../src/core/types';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    status: 'ok',
    title: 'Afghan intelligence officers joining IS: report',
    byline: 'Anwar Iqbal',
    site: 'Dawn',
    url: 'https://www.dawn.com/news/1655396',
    lang: 'en',
    dir: 'ltr',
    published: '2021-11-03',
    text: 'WASHINGTON: Former members…',
    paragraphs: ['WASHINGTON: Former members…'],
    html:
      '<h1>Afghan intelligence officers joining IS: report</h1>' +
      '<p>WASHINGTON: Former members of Afghanistan’s US-trained intelligence service are now joining the <a href="https://www.wsj.com/x">militant Islamic State group</a>.</p>' +
      '<figure><img src="https://images.dawn.com/a.jpg" alt="Fighters"><figcaption>Taliban fighters in Kabul.</figcaption></figure>' +
      '<p>“We share a common purpose,” Gen Frank McKenzie said.</p>',
    wordCount: 820,
    readingMinutes: 4,
    summary: ['Former members of Afghanistan’s intelligence service are joining IS.'],
    quotes: [{ text: 'We share a common purpose', speaker: 'Gen Frank McKenzie', paragraph: 1 }],
    removed: [
      { reason: 'end-matter', text: 'Published in Dawn, November 3rd, 2021' },
      { reason: 'rail-heading', text: 'Opinion <img src=x onerror=alert(1)> The price of defiance' },
    ],
    timings: { total: 12 },
    ...overrides,
  };
}
