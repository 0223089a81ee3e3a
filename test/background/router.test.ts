import { describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/router';
import type { Article, Failure } from '../../src/core/types';
import type { ContentRequest } from '../../src/shared/messages';
import { fakeBrowser, OWN_ID, OWN_ORIGIN, popupSender } from './fake-browser';

const STORY = 'https://www.dawn.com/news/1655396';

const article: Article = {
  status: 'ok', title: 'Afghan intelligence officers joining IS', site: 'Dawn', text: 'x', paragraphs: ['x'], html: '<p>x</p>',
  wordCount: 1, readingMinutes: 1, summary: ['x'], quotes: [], removed: [], timings: {},
};

function setup(answer: (m: ContentRequest) => unknown = () => article) {
  const fake = fakeBrowser(answer);
  fake.urls.set(7, STORY);
  return { fake, bg: createBackground(fake) };
}

describe('message routing', () => {
  it('answers get-analysis from its own popup: injects content.js into the top frame, asks for the analysis', async () => {
    const { fake, bg } = setup();
    const result = await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7 }, popupSender);
    expect(result).toEqual(article);
    expect(fake.injected).toEqual([7]);
    // The full analysis: the quote finder goes in with the content script.
    expect(fake.files).toEqual([['content.js', 'quotes.js']]);
    expect(fake.sent).toEqual([{ tabId: 7, message: { type: 'lede/analyze' }, options: { frameId: 0 } }]);
  });

  it('accepts the popup opened as a tab (popup.html?tab=ID)', async () => {
    const { bg } = setup();
    const sender = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html?tab=7`, tab: { id: 3 } };
    await expect(bg.handleMessage({ type: 'lede/get-analysis', tabId: 7 }, sender)).resolves.toEqual(article);
  });

  it.each([
    ['a content script (page URL, a tab)', { id: OWN_ID, url: STORY, tab: { id: 7 } }],
    ['another extension', { id: 'otherextension', url: 'chrome-extension://otherextension/popup.html' }],
    ['a look-alike origin', { id: OWN_ID, url: `https://evil.example/${OWN_ORIGIN}` }],
    ['no sender URL', { id: OWN_ID }],
  ])('ignores messages from %s', (_name, sender) => {
    const { fake, bg } = setup();
    expect(bg.handleMessage({ type: 'lede/get-analysis', tabId: 7 }, sender)).toBeUndefined();
    expect(fake.injected).toEqual([]);
  });

  it('ignores malformed or unknown requests even from its own pages', () => {
    const { bg } = setup();
    for (const msg of [null, 'lede/get-analysis', { type: 'lede/get-analysis' }, { type: 'lede/get-analysis', tabId: -1 }, { type: 'lede/analyze' }, { type: 'other', tabId: 7 }]) {
      expect(bg.handleMessage(msg, popupSender)).toBeUndefined();
    }
  });
});

describe('the first answer, then the full one', () => {
  it('passes the first answer on at once, asks for the full one right away, and keeps only that', async () => {
    const full: Article = { ...article, quotes: [{ text: 'We will build it, and soon.', speaker: 'Ann Lee', paragraph: 0 }] };
    const first: Article = { ...article, quotesPending: true };
    // The page finds its quotes when the test says so.
    let quotesFound!: () => void;
    const found = new Promise<void>((resolve) => (quotesFound = resolve));
    const { fake, bg } = setup((m) => (m.type === 'lede/analyze' && m.first ? first : found.then(() => full)));
    expect(await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7, first: true }, popupSender)).toEqual(first);
    // The full answer is already on its way (after the quote finder's injection settles, a few
    // microtasks on); the popup's second request waits for it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.sent.map((s) => s.message)).toEqual([{ type: 'lede/analyze', first: true }, { type: 'lede/analyze' }]);
    // A popup opened again before the quotes came gets the first answer again, not a new request.
    expect(await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7, first: true }, popupSender)).toEqual(first);
    quotesFound();
    expect(await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7 }, popupSender)).toEqual(full);
    expect(fake.sent).toHaveLength(2);
    // The content script first; the quote finder once the first answer is out.
    expect(fake.files).toEqual([['content.js'], ['quotes.js']]);
    // Only the full answer is cached: the next popup gets it at once, quotes included.
    expect(await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7, first: true }, popupSender)).toEqual(full);
    expect(fake.sent).toHaveLength(2);
  });

  it('still asks for the full answer when the quote finder cannot be injected', async () => {
    const first: Article = { ...article, quotesPending: true };
    const { fake, bg } = setup((m) => (m.type === 'lede/analyze' && m.first ? first : article));
    await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7, first: true }, popupSender);
    fake.injectError = new Error('Frame with ID 0 was removed.');
    expect(await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7 }, popupSender)).toEqual(article);
  });

  it('asks for the full answer after the injection bound when the quote finder never settles in', async () => {
    const first: Article = { ...article, quotesPending: true };
    const fake = fakeBrowser((m) => (m.type === 'lede/analyze' && m.first ? first : article));
    fake.urls.set(7, STORY);
    fake.hangOn = 'quotes.js';
    const bg = createBackground(fake, { injectTimeoutMs: 20 });
    await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7, first: true }, popupSender);
    expect(await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7 }, popupSender)).toEqual(article);
    expect(fake.sent.map((s) => s.message)).toEqual([{ type: 'lede/analyze', first: true }, { type: 'lede/analyze' }]);
  });

  it('does not keep a full answer for a page the tab left meanwhile', async () => {
    const first: Article = { ...article, quotesPending: true };
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const { fake, bg } = setup((m) => (m.type === 'lede/analyze' && m.first ? first : later.then(() => article)));
    await bg.handleMessage({ type: 'lede/get-analysis', tabId: 7, first: true }, popupSender);
    bg.cache.onTabUpdated(7, { status: 'loading' });
    release();
    await later;
    await Promise.resolve();
    expect(bg.cache.size).toBe(0);
    expect(fake.sent).toHaveLength(2);
  });
});

/** Every request the background answers, with the tab it would act on. */
const REQUESTS = [
  { type: 'lede/get-analysis', tabId: 7 },
  { type: 'lede/get-analysis', tabId: 7, refresh: true },
  { type: 'lede/toggle-reader', tabId: 7 },
  { type: 'lede/show-quote', tabId: 7, quote: 0 },
] as const;

/** Senders that are not one of Lede's own extension pages, each a way a request could be forged. */
const FORGED = [
  ['another extension', { id: 'otherextensionotherextensionothe', url: 'chrome-extension://otherextensionotherextensionothe/popup.html' }],
  ['another extension claiming our URL', { id: 'otherextensionotherextensionothe', url: `${OWN_ORIGIN}popup.html` }],
  ['a web page (externally_connectable shape)', { url: 'https://evil.example/page.html', tab: { id: 7 }, frameId: 0 }],
  ['a web page naming our id', { id: OWN_ID, url: 'https://evil.example/page.html', origin: 'https://evil.example' }],
  ['our content script in the same tab', { id: OWN_ID, url: STORY, tab: { id: 7 }, frameId: 0 }],
  ['our content script in another tab asking for tab 7', { id: OWN_ID, url: 'https://other.example/', tab: { id: 8 }, frameId: 0 }],
  ['our content script in a subframe', { id: OWN_ID, url: 'https://ads.example/frame', tab: { id: 7 }, frameId: 3 }],
  ['a page whose URL embeds our origin', { id: OWN_ID, url: `https://evil.example/?${OWN_ORIGIN}`, tab: { id: 7 } }],
  ['a look-alike scheme', { id: OWN_ID, url: `chrome-extension://${OWN_ID}x/popup.html` }],
  ['an empty sender', {}],
] as const;

describe('forged requests', () => {
  it.each(FORGED)('refuses every request type from %s, before touching any tab', (_name, sender) => {
    for (const request of REQUESTS) {
      const { fake, bg } = setup();
      fake.urls.set(8, 'https://other.example/');
      expect(bg.handleMessage(request, sender), JSON.stringify(request)).toBeUndefined();
      expect(fake.injected).toEqual([]);
      expect(fake.sent).toEqual([]);
    }
  });

  it('a content script cannot redirect a request to another tab by naming it in the body', () => {
    // The background never takes a tab from a content script at all: no request type is open to
    // them, so a body tabId that differs from sender.tab.id gets nowhere (nor does a matching one).
    const { fake, bg } = setup();
    fake.urls.set(8, 'https://other.example/');
    for (const request of REQUESTS) {
      for (const tabId of [7, 8]) {
        expect(bg.handleMessage({ ...request, tabId }, { id: OWN_ID, url: STORY, tab: { id: 7 }, frameId: 0 })).toBeUndefined();
      }
    }
    expect(fake.injected).toEqual([]);
  });

  it('the same requests from the popup are answered (the refusals above are the sender check)', async () => {
    for (const request of REQUESTS) {
      const { fake, bg } = setup((m) => (m.type === 'lede/analyze' ? article : { open: true }));
      await expect(bg.handleMessage(request, popupSender)).resolves.toBeDefined();
      expect(fake.injected).toEqual([7]);
    }
  });
});

describe('getAnalysis', () => {
  it('serves the cached article for the same URL, and re-reads after navigation or on refresh', async () => {
    const { fake, bg } = setup();
    await bg.getAnalysis(7);
    await bg.getAnalysis(7);
    expect(fake.sent).toHaveLength(1);
    await bg.getAnalysis(7, true);
    expect(fake.sent).toHaveLength(2);
    bg.cache.onTabUpdated(7, { status: 'loading' });
    fake.urls.set(7, 'https://www.dawn.com/news/other');
    await bg.getAnalysis(7);
    expect(fake.sent).toHaveLength(3);
  });

  it('does not cache failures (a page still loading is worth a retry)', async () => {
    const noArticle: Failure = { status: 'no-article', message: 'No story here.' };
    const { fake, bg } = setup(() => noArticle);
    expect(await bg.getAnalysis(7)).toEqual(noArticle);
    await bg.getAnalysis(7);
    expect(fake.sent).toHaveLength(2);
  });

  it('refuses browser pages without trying to inject', async () => {
    const { fake, bg } = setup();
    fake.urls.set(8, 'chrome://extensions/');
    const result = await bg.getAnalysis(8);
    expect(result.status).toBe('restricted-page');
    expect(fake.injected).toEqual([]);
  });

  it('turns an injection refusal into restricted-page, other errors into internal', async () => {
    const { fake, bg } = setup();
    fake.injectError = new Error('Cannot access contents of the page. Extension manifest must request permission.');
    expect((await bg.getAnalysis(7)).status).toBe('restricted-page');
    fake.injectError = new Error('Frame with ID 0 was removed.');
    expect(await bg.getAnalysis(7)).toMatchObject({ status: 'internal', detail: 'Frame with ID 0 was removed.' });
  });

  it('reports a content script that does not answer or throws', async () => {
    const silent = setup(() => undefined);
    expect((await silent.bg.getAnalysis(7)).status).toBe('internal');
    const throwing = setup(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await throwing.bg.getAnalysis(7)).toMatchObject({ status: 'internal', detail: expect.stringMatching(/Receiving end/) });
  });
});

describe('toggleReader and the keyboard command', () => {
  it('injects, sends the toggle, and returns the reader state', async () => {
    const { fake, bg } = setup((m) => (m.type === 'lede/toggle-reader' ? { open: true } : article));
    expect(await bg.handleMessage({ type: 'lede/toggle-reader', tabId: 7 }, popupSender)).toEqual({ open: true });
    expect(fake.injected).toEqual([7]);
    expect(fake.sent[0].message).toEqual({ type: 'lede/toggle-reader' });
  });

  it('forwards a quote clicked in the popup as show-quote to the tab', async () => {
    const { fake, bg } = setup((m) => (m.type === 'lede/show-quote' ? { open: true } : article));
    expect(await bg.handleMessage({ type: 'lede/show-quote', tabId: 7, quote: 3 }, popupSender)).toEqual({ open: true });
    expect(fake.sent[0].message).toEqual({ type: 'lede/show-quote', quote: 3 });
  });

  it('passes on a failure from the content script (no article: no empty reader)', async () => {
    const { bg } = setup(() => ({ status: 'no-article', message: 'No story here.' }));
    expect(await bg.toggleReader(7)).toEqual({ status: 'no-article', message: 'No story here.' });
  });

  it('the command toggles the tab it was pressed in, or the active tab', async () => {
    const { fake, bg } = setup(() => ({ open: false }));
    fake.urls.set(9, STORY);
    fake.activeTab = 9;
    expect(await bg.onCommand('toggle-reader', { id: 7 })).toEqual({ open: false });
    expect(await bg.onCommand('toggle-reader')).toEqual({ open: false });
    expect(fake.sent.map((s) => s.tabId)).toEqual([7, 9]);
    expect(await bg.onCommand('something-else', { id: 7 })).toBeUndefined();
  });

  it('the command on a restricted page returns the failure', async () => {
    const { fake, bg } = setup();
    fake.urls.set(4, 'about:preferences');
    expect(await bg.onCommand('toggle-reader', { id: 4 })).toMatchObject({ status: 'restricted-page' });
  });
});

describe('an injection that never finishes', () => {
  it('is a restricted page when the browser hides the address (a source view), a timeout otherwise', async () => {
    const fake = fakeBrowser(() => article);
    fake.scripting.executeScript = () => new Promise(() => undefined);
    const bg = createBackground(fake, { injectTimeoutMs: 20 });
    fake.urls.set(5, undefined as unknown as string); // Chromium: a tab without url
    expect(await bg.getAnalysis(5)).toMatchObject({ status: 'restricted-page', message: expect.stringMatching(/does not let extensions read/), detail: expect.stringMatching(/did not finish/) });
    fake.urls.set(6, STORY);
    expect(await bg.getAnalysis(6)).toMatchObject({ status: 'timeout', detail: expect.stringMatching(/did not finish/) });
    expect(await bg.toggleReader(5)).toMatchObject({ status: 'restricted-page' });
    expect(fake.sent).toEqual([]);
  });
});
