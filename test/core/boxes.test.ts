// The site's own summary box over the story, and a second story appended after the first:
// whole blocks inside the story's container that are not this story (boxes.ts).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';

const para = (n: number, topic = 'the harbour') =>
  `<p>Paragraph ${n} about ${topic}: the regional council approved the new flood defences on Thursday after months of debate, and work on the embankments along the river is due to begin in the spring, officials said on Friday, adding that the cost will be shared with the state.</p>`;

function analyzed(body: string) {
  const a = analyze(parseHtml(`<!doctype html><html><head><title>Flood defences approved</title></head><body><main>${body}</main></body></html>`), {});
  expect(a.status).toBe('ok');
  return a.status === 'ok' ? a : null;
}

describe('summary boxes', () => {
  it('drops a short "Kort fortalt" box of bullets and its AI disclaimer, and keeps the story', () => {
    const box = `<div class="factbox"><h2>Kort fortalt</h2><div class="fact"><ul><li>Rådet godkjente nye flomvoller torsdag.</li><li>Arbeidet starter til våren.</li><li>Prosjektet koster 40 millioner.</li></ul><hr><p class="ai-disclaimer">Sammendraget er laget av ChatGPT og godkjent av redaksjonen.</p></div></div>`;
    const a = analyzed(`<article><h1>Flood defences approved</h1>${para(1)}${box}${para(2)}${para(3)}</article>`)!;
    expect(a.text).not.toContain('Kort fortalt');
    expect(a.text).not.toContain('Rådet godkjente');
    expect(a.text).not.toContain('ChatGPT');
    expect(a.removed.some((r) => r.reason === 'summary-box')).toBe(true);
    for (const n of [1, 2, 3]) expect(a.text).toContain(`Paragraph ${n} about`);
  });

  it('keeps a "key points" list whose bullets are paragraphs of the story', () => {
    const long = (n: number) => `<li>Point ${n}: the embankments will be raised by a metre along six kilometres of the river, and the council says the work will protect some four thousand homes from the kind of flood that hit the town in the spring.</li>`;
    const a = analyzed(`<article><h1>Flood defences approved</h1>${para(1)}<h2>Key points</h2><ul>${long(1)}${long(2)}${long(3)}</ul>${para(2)}</article>`)!;
    expect(a.text).toContain('Point 2: the embankments');
  });
});

describe('a second story appended after the first', () => {
  const story = (title: string, topic: string) => `<article class="article-entity"><h2>${title}</h2>${[1, 2, 3, 4].map((n) => para(n, topic)).join('')}</article>`;

  it('keeps the first story and drops the one that scrolled in after it', () => {
    const a = analyzed(`<div class="feed">${story('Flood defences approved', 'the harbour')}${story('Manager returns to his old club', 'the football club')}</div>`)!;
    expect(a.text).toContain('Paragraph 4 about the harbour');
    expect(a.text).not.toContain('the football club');
    expect(a.removed.some((r) => r.reason === 'next-story')).toBe(true);
  });

  it('leaves a live blog of many entries alone', () => {
    const entries = [1, 2, 3, 4, 5].map((n) => story(`Update ${n}`, `update ${n}`)).join('');
    const a = analyzed(`<div class="live">${entries}</div>`)!;
    for (const n of [1, 2, 3, 4, 5]) expect(a.text).toContain(`about update ${n}`);
  });
});

describe('a page of several whole stories: the one its address or title names', () => {
  const story = (id: string, title: string, topic: string, href = '') =>
    `<article id="${id}" class="teaser-full"><h2>${href ? `<a href="${href}">${title}</a>` : title}</h2>${[1, 2, 3, 4].map((n) => para(n, topic)).join('')}</article>`;
  const page = (stories: string, title = 'Topic page') =>
    parseHtml(`<!doctype html><html><head><title>${title}</title></head><body><main>${stories}</main></body></html>`);
  const three = story('council-votes-on-budget', 'Council votes on the budget', 'the budget') + story('wir-haben-bereits-die-zusage', 'Wir haben bereits die Zusage', 'the promise') + story('bridge-closed-for-repairs', 'Bridge closed for repairs', 'the bridge');

  it('by the address: its last path segment is the story’s id or its heading’s slug', () => {
    const a = analyze(page(three), { url: 'https://news.example/2020/04/wir-haben-bereits-die-zusage' });
    if (a.status !== 'ok') throw new Error(a.status);
    expect(a.text).toContain('Paragraph 4 about the promise');
    expect(a.text).not.toContain('about the budget');
    expect(a.text).not.toContain('about the bridge');
    expect(a.removed.filter((r) => r.reason === 'next-story')).toHaveLength(2);
  });
  it('by the page’s declared title, or by the heading linking to this very address', () => {
    const byTitle = analyze(page(three, 'Bridge closed for repairs | News Example'), { url: 'https://news.example/topics/city' });
    if (byTitle.status !== 'ok') throw new Error(byTitle.status);
    expect(byTitle.text).toContain('Paragraph 4 about the bridge');
    expect(byTitle.text).not.toContain('about the promise');
    const linked = story('a1', 'Council votes on the budget', 'the budget', '/city/budget-vote-123') + story('a2', 'Bridge closed for repairs', 'the bridge', '/city/bridge-456');
    const byLink = analyze(page(linked), { url: 'https://news.example/city/bridge-456' });
    if (byLink.status !== 'ok') throw new Error(byLink.status);
    expect(byLink.text).toContain('Paragraph 4 about the bridge');
    expect(byLink.text).not.toContain('about the budget');
  });
  it('nothing when the address and title name none of them, or more than one', () => {
    const a = analyze(page(three), { url: 'https://news.example/topics/city' });
    if (a.status !== 'ok') throw new Error(a.status);
    expect(a.removed.filter((r) => r.reason === 'next-story' && /about the (?:promise|bridge)/.test(r.text))).toHaveLength(a.removed.filter((r) => r.reason === 'next-story').length);
    expect(a.text).toContain('about the budget');
  });
});


describe('a page of many whole stories: the one the address’s fragment points at', () => {
  const story = (id: string, title: string, topic: string) => `<article id="${id}" class="teaser-full"><h2>${title}</h2>${[1, 2, 3, 4].map((n) => para(n, topic)).join('')}</article>`;
  const topics = Array.from({ length: 15 }, (_, i) => `topic ${i + 1}`);
  const stories = topics.map((t, i) => story(`story-${i + 1}`, `Story number ${i + 1} of the day`, t)).join('');
  const page = (body: string) => parseHtml(`<!doctype html><html><head><title>Topic page</title></head><body><main>${body}</main></body></html>`);

  it('keeps it among fifteen, also inside an outer <article>', () => {
    for (const body of [stories, `<article class="page">${stories}</article>`]) {
      const a = analyze(page(body), { url: 'https://news.example/themen/city#story-9' });
      if (a.status !== 'ok') throw new Error(a.status);
      expect(a.text).toContain('Paragraph 4 about topic 9:');
      expect(a.text).not.toContain('about topic 8:');
      expect(a.text).not.toContain('about topic 10:');
    }
  });

  it('an anchor right before the article names it too', () => {
    const anchored = topics.map((t, i) => `<a id="a${i + 1}"></a>${story(`s${i + 1}`, `Story number ${i + 1} of the day`, t)}`).join('');
    const a = analyze(page(anchored), { url: 'https://news.example/themen/city#a3' });
    if (a.status !== 'ok') throw new Error(a.status);
    expect(a.text).toContain('Paragraph 4 about topic 3:');
    expect(a.text).not.toContain('about topic 4:');
  });

  it('not a reader’s comment the fragment points at, nor an id that is no story', () => {
    const comment = `<section id="comments"><article id="comment-7"><h3>Reply</h3>${[1, 2, 3].map((n) => para(n, 'a reader view')).join('')}</article></section>`;
    const one = story('main-story', 'Flood defences approved', 'the harbour') + story('second', 'Another story entirely', 'the football club');
    const a = analyze(page(one + comment), { url: 'https://news.example/2020/flood#comment-7' });
    if (a.status !== 'ok') throw new Error(a.status);
    expect(a.text).toContain('about the harbour');
    const b = analyze(page(one), { url: 'https://news.example/2020/flood#top' });
    if (b.status !== 'ok') throw new Error(b.status);
    expect(b.text).toContain('about the harbour');
  });
});
