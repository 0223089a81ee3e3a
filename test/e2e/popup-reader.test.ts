// The built extension in both browsers, one suite definition run against each (./lib/driver.ts):
// the popup on a seed-shaped news page (story, then "Published in Dawn…" and "Opinion"/"Editorial"
// rails inside the story's own container), the reader view opened from the popup and closed with
// Esc and with the keyboard command's toggle, the page restored exactly, a removed block brought
// back, a quote clicked in the popup opening the reader at it, Copy as Markdown, the no-article
// state, no network traffic from the extension, and no Lede error in the browser's console.
// Needs `npm run build`, /usr/bin/chromium and /usr/bin/firefox-esr (`npm run test:all` installs them).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyQuotes } from '../../src/core/key-quotes';
import type { Analysis } from '../../src/core/types';
import {
  BROWSERS,
  copyMarkdown,
  describeSeen,
  launchDriver,
  pageState,
  unexpectedRequests,
  waitForStatus,
  type BrowserName,
  type LedeDriver,
  type TestTab,
} from './lib/driver';
import { REPO_ROOT } from './lib/extension';
import { servePages, type PageServer } from './lib/server';

const page = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
/** Text of the rails and end matter; none of it may reach the popup. */
const RAIL_TEXT = ['IMF scrutiny', 'Published in Dawn', 'Updated 04 Mar', 'Editorial', 'Opinion', 'Is all well?', 'Cold world'];
const CONSOLE_PROBE = 'lede-e2e console probe';
/** The test pages, by path: the home page at the site's root, as home pages are. */
const PAGES = {
  '/story.html': page('seed-article.html'),
  '/signin.html': page('no-article.html'),
  '/': page('home.html'),
  '/consent.html': page('consent-wall.html'),
  '/stub.html': page('paywall-stub.html'),
};

describe.each(BROWSERS)('Lede in %s', (name: BrowserName) => {
  const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots', name);
  let driver: LedeDriver;
  let server: PageServer;
  const readerOpen = (tab: TestTab) => tab.waitFor(() => document.querySelector('lede-reader') !== null, undefined, 10_000);
  const readerGone = (tab: TestTab) => tab.waitFor(() => document.querySelector('lede-reader') === null, undefined, 5_000);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await servePages(PAGES);
    driver = await launchDriver(name);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('shows the story, its summary and quotes in the popup, and no rail text', async () => {
    const tab = await driver.openTab(server.url('/story.html'));
    const popup = await driver.openPopup(tab.tabId);
    await popup.screenshot(join(SHOTS, 'popup-article.png'), { fullPage: true });
    const { analysis, text } = popup;

    expect(analysis.status).toBe('ok');
    if (analysis.status !== 'ok') return;
    expect(analysis.title).toContain('Former Afghan intelligence officers');
    expect(text).toContain(analysis.title);
    expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
    expect(analysis.summary.length).toBeLessThanOrEqual(5);
    // Every summary sentence is on screen (whitespace may be laid out differently).
    const flat = text.replace(/\s+/g, ' ');
    for (const sentence of analysis.summary) expect(flat).toContain(sentence.replace(/\s+/g, ' '));
    expect(await popup.evaluate(() => document.querySelectorAll('ul.summary > li').length)).toBe(analysis.summary.length);

    const speakers = keyQuotes(analysis.quotes).map((q) => q.speaker);
    expect(speakers).toContain('Gen Frank McKenzie');
    expect(speakers).toContain('Rahmatullah Nabil');
    expect(flat).toContain('Gen Frank McKenzie');
    expect(flat).toContain('Rahmatullah Nabil');

    // The popup's own type, not the browser's: Chromium gives extension pages' <body> a font of
    // its own at 75%, which made the Copy button 10.5px there and 14px in Firefox.
    const fonts = await popup.evaluate(() =>
      ['html', 'body', 'button.secondary'].map((sel) => getComputedStyle(document.querySelector(sel)!).font.replace(/^\d+ /, '')),
    );
    expect(fonts[1], 'body font').toBe(fonts[0]);
    expect(fonts[2], 'Copy button font').toBe(fonts[0]);

    // Nowhere in the popup: visible text, hidden text or attributes.
    const markup = await popup.evaluate(() => document.body.outerHTML);
    for (const rail of RAIL_TEXT) {
      expect(text, `popup text shows "${rail}"`).not.toContain(rail);
      expect(markup, `popup markup carries "${rail}"`).not.toContain(rail);
    }
    for (const item of [...analysis.summary, ...analysis.quotes.map((q) => q.text), analysis.text]) {
      for (const rail of RAIL_TEXT) expect(item).not.toContain(rail);
    }
    await popup.close();
    await tab.close();
  });

  it('opens the reader from the popup; Esc, and the command path, restore the page exactly', async () => {
    const tab = await driver.openTab(server.url('/story.html'));
    await tab.evaluate(() => window.scrollTo(0, 600));
    const before = await pageState(tab);
    expect(before.scrollY).toBe(600);
    expect(before.readerHosts).toBe(0);

    // The keyboard command is registered with a shortcut (neither protocol can press it).
    const command = (await driver.commands()).find((c) => c.name === 'toggle-reader');
    expect(command?.shortcut, 'toggle-reader has a shortcut').toBeTruthy();

    const popup = await driver.openPopup(tab.tabId);
    await popup.clickButton(/^reader view$/i);
    await readerOpen(tab);
    // The popup got {open: true} back from the background and says so.
    await popup.waitFor(() => [...document.querySelectorAll('button')].some((b) => /close reader view/i.test(b.textContent ?? '')), undefined, 5_000);
    await waitForStatus(popup, /reader view is open/);
    expect(await driver.readerState(tab.tabId)).toEqual({ open: true });
    const opened = await pageState(tab);
    expect(opened.readerHosts).toBe(1);
    expect(opened.htmlOverflow).toBe('hidden'); // the page underneath does not scroll
    // The reader's story is in its closed shadow root, out of the page's reach.
    expect(await tab.evaluate(() => document.querySelector('lede-reader')?.shadowRoot ?? null)).toBeNull();
    expect(await tab.readerHtml()).toContain('Former Afghan intelligence officers');
    await tab.bringToFront();
    await tab.screenshot(join(SHOTS, 'reader.png'));

    // Esc, pressed like a person (trusted key event), closes it and gives the page back.
    await tab.press('Escape');
    await readerGone(tab);
    expect(await pageState(tab)).toEqual(before);
    expect(await tab.readerHtml()).toBe('');
    expect(await driver.readerState(tab.tabId)).toEqual({ open: false });

    // Open and close again through the background's toggle, the function the keyboard command
    // calls.
    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: tab.tabId })).toEqual({ open: true });
    await readerOpen(tab);
    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: tab.tabId })).toEqual({ open: false });
    await readerGone(tab);
    expect(await pageState(tab)).toEqual(before);
    if (!popup.isClosed()) await popup.close();
    await tab.close();
  });

  it('brings a removed block back into the story in the reader', async () => {
    const tab = await driver.openTab(server.url('/story.html'));
    const analysis = (await driver.askBackground({ type: 'lede/get-analysis', tabId: tab.tabId })) as Analysis;
    expect(analysis.status).toBe('ok');
    if (analysis.status !== 'ok') return;
    const first = analysis.removed.findIndex((b) => b.html);
    expect(first, 'a removed block from the story carries HTML').toBeGreaterThanOrEqual(0);
    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: tab.tabId })).toEqual({ open: true });
    await readerOpen(tab);
    await tab.bringToFront();

    // Click inside the closed shadow root like a person: find the box from the test's side, then
    // a trusted mouse click there (the page itself could do neither).
    const clickInReader = async (selector: string, nth = 0) => {
      const box = await tab.inReader(
        (root, { selector, nth }) => {
          const el = root.querySelectorAll(selector)[nth];
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        },
        { selector, nth },
      );
      expect(box, `${selector} #${nth} in the reader`).not.toBeNull();
      await tab.mouseClick(box!.x, box!.y);
    };
    const textOf = (selector: string) => tab.inReader((root, s) => [...root.querySelectorAll(s)].map((n) => n.textContent ?? ''), selector);

    await clickInReader('footer.removed summary');
    await clickInReader('footer.removed li button.bring-back', first);
    expect((await textOf('footer.removed li button.bring-back'))[first]).toBe('Remove again');
    const restored = await textOf('.story .restored');
    expect(restored).toHaveLength(1);
    expect(restored[0]).toContain('Restored');
    expect(restored[0].replace(/\s+/g, ' ')).toContain(analysis.removed[first].text.split('\n')[0]);
    await tab.screenshot(join(SHOTS, 'reader-restored.png'));

    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: tab.tabId })).toEqual({ open: false });
    await tab.close();
  });

  it('opens the reader at a quote clicked in the popup, marked, and copies the story as Markdown', async () => {
    const tab = await driver.openTab(server.url('/story.html'));
    const popup = await driver.openPopup(tab.tabId);
    const { analysis } = popup;
    expect(analysis.status).toBe('ok');
    if (analysis.status !== 'ok') return;

    // Copy: the popup writes Markdown with the real clipboard API.
    const markdown = await copyMarkdown(popup);
    expect(markdown.startsWith(`# ${analysis.title}`)).toBe(true);
    expect(markdown).toContain(`<${server.url('/story.html')}>`);
    expect(markdown).toContain('## Key quotes');
    expect(markdown).toContain('Rahmatullah Nabil');
    for (const rail of RAIL_TEXT) expect(markdown).not.toContain(rail);

    // The last quote the popup shows: far enough down the story that the reader must scroll.
    const shown = keyQuotes(analysis.quotes);
    const index = shown.length - 1;
    const quote = shown[index];
    await popup.click('button.quote', index);
    await readerOpen(tab);
    await tab.bringToFront();
    const marked = await tab.inReader((root) =>
      [...root.querySelectorAll('.story .quote-target')].map((n) => {
        const r = n.getBoundingClientRect();
        return { text: (n.textContent ?? '').replace(/\s+/g, ' '), top: r.top, bottom: r.bottom };
      }),
    );
    expect(marked.length).toBeGreaterThanOrEqual(1);
    const opening = quote.text.split(' … ')[0].split(/\s+/).slice(0, 4).join(' ');
    expect(marked[0].text).toContain(opening);
    // Scrolled to: the marked block is inside the viewport, and the reader did scroll to get there.
    const { height } = await tab.viewport();
    expect(marked[0].top).toBeGreaterThanOrEqual(0);
    expect(marked[0].bottom).toBeLessThanOrEqual(height);
    expect(await tab.inReader((root) => root.querySelector('.scroller')?.scrollTop ?? 0)).toBeGreaterThan(0);
    await tab.screenshot(join(SHOTS, 'reader-quote.png'));

    // Another quote while the reader is open: the reader stays and the mark moves.
    await popup.bringToFront();
    await popup.click('button.quote', 0);
    await waitForStatus(popup, /reader view is open/);
    expect(await driver.readerState(tab.tabId)).toEqual({ open: true });
    const firstOpening = shown[0].text.split(' … ')[0].split(/\s+/).slice(0, 4).join(' ');
    const markedNow = () => tab.inReader((root) => [...root.querySelectorAll('.story .quote-target')].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ')).join(' '));
    await expect.poll(markedNow, { timeout: 5_000 }).toContain(firstOpening);

    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: tab.tabId })).toEqual({ open: false });
    if (!popup.isClosed()) await popup.close();
    await tab.close();
  });

  it('shows the no-article state on a page without a story', async () => {
    const tab = await driver.openTab(server.url('/signin.html'));
    const popup = await driver.openPopup(tab.tabId);
    await popup.screenshot(join(SHOTS, 'popup-no-article.png'), { fullPage: true });
    expect(popup.analysis.status).toBe('no-article');
    expect(popup.text).toMatch(/couldn.t find a story/i);
    expect(await popup.evaluate(() => document.querySelectorAll('ul.summary, ul.quotes').length)).toBe(0);
    expect(await popup.evaluate(() => [...document.querySelectorAll('button')].filter((b) => /reader view/i.test(b.textContent ?? '')).length)).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('says what a page is when it is not a story: a home page, a consent wall', async () => {
    for (const [path, kind, shot, words] of [
      ['/', 'home', 'popup-home.png', /home page/i],
      ['/consent.html', 'consent-wall', 'popup-consent-wall.png', /cookie consent/i],
    ] as const) {
      const tab = await driver.openTab(server.url(path));
      const popup = await driver.openPopup(tab.tabId);
      await popup.screenshot(join(SHOTS, shot), { fullPage: true });
      expect(popup.analysis.status, path).toBe('no-article');
      if (popup.analysis.status !== 'ok') expect(popup.analysis.kind, path).toBe(kind);
      expect(popup.text, path).toMatch(words);
      // What to do next, not the general advice for a page without a story.
      expect(popup.text, path).toMatch(kind === 'home' ? /open one of its stories/i : /consent dialog/i);
      expect(await popup.evaluate(() => document.querySelectorAll('ul.summary, ul.quotes').length)).toBe(0);
      await popup.close();
      await tab.close();
    }
  });

  it('shows a paywall stub’s opening, marked as only the opening', async () => {
    const tab = await driver.openTab(server.url('/stub.html'));
    const popup = await driver.openPopup(tab.tabId);
    await popup.screenshot(join(SHOTS, 'popup-paywall-stub.png'), { fullPage: true });
    expect(popup.analysis.status).toBe('ok');
    if (popup.analysis.status !== 'ok') return;
    expect(popup.analysis.kind).toBe('teaser-only');
    expect(popup.text).toContain('Inside the quiet race to rebuild');
    expect(popup.text).toMatch(/only the opening of this story/i);
    await popup.clickButton(/^reader view$/i);
    await readerOpen(tab);
    // The popup has its answer from the background before anything else happens to it.
    await popup.waitFor(() => [...document.querySelectorAll('button')].some((b) => /close reader view/i.test(b.textContent ?? '')), undefined, 5_000);
    expect(await tab.inReader((root) => root.querySelector('.teaser')?.textContent ?? '')).toMatch(/only the opening of this story/i);
    await tab.bringToFront();
    await tab.screenshot(join(SHOTS, 'reader-paywall-stub.png'));
    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: tab.tabId })).toEqual({ open: false });
    if (!popup.isClosed()) await popup.close();
    await tab.close();
  });

  it('made no network request beyond the test pages and its own files', async () => {
    const seen = await driver.network.requests();
    // The test pages load nothing of their own, so any other request, from anyone, is unexpected.
    const unexpected = unexpectedRequests(seen, driver.extensionOrigin, Object.keys(PAGES).map((p) => server.url(p)));
    expect(unexpected, `${describeSeen(unexpected)}\n(the recorder sees: ${driver.network.covers})`).toEqual([]);
    // Firefox asks for /favicon.ico for its tab strip; nothing else may reach the server.
    expect(server.requested.filter((p) => !Object.hasOwn(PAGES, p) && p !== '/favicon.ico')).toEqual([]);
    // The recorder did see traffic (the pages themselves).
    expect(seen.some((r) => r.url === server.url('/story.html'))).toBe(true);
  });

  it('logged no error or warning of its own in the browser console', async () => {
    const problems = (await driver.ledeConsoleProblems()).filter((p) => !p.includes(CONSOLE_PROBE));
    expect(problems).toEqual([]);
  });

  // The two checks above pass on silence, so show that they can see what they look for: an
  // extension page that logs an error and one that loads a page of the server.
  it('the console and network checks do see an extension page that errs or reaches out', async () => {
    const ext = await driver.openExtensionPage('popup.html?tab=-1');
    await ext.evaluate((probe) => console.error(probe), CONSOLE_PROBE);
    await expect.poll(async () => (await driver.ledeConsoleProblems()).some((p) => p.includes(CONSOLE_PROBE)), { timeout: 5_000 }).toBe(true);

    const probe = server.url('/probe.html');
    await ext.evaluate((url) => void (location.href = url), probe).catch(() => {});
    await expect
      .poll(async () => unexpectedRequests(await driver.network.requests(), driver.extensionOrigin, []).some((r) => r.url === probe && r.source === 'extension'), {
        timeout: 5_000,
      })
      .toBe(true);
    if (!ext.isClosed()) await ext.close();
  });
});
