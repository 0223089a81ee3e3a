// The built extension in Debian's Chromium: the popup on a seed-shaped news page (story, then
// "Published in Dawn…" and "Opinion"/"Editorial" rails inside the story's own container), the
// reader view toggled from the popup and closed through the background's toggle, the page
// restored exactly, no network traffic from the extension, and the no-article state.
// Needs `npm run build` and /usr/bin/chromium (see .ci/run).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { launchTestExtension, REPO_ROOT, type LedeBrowser } from './lib/extension';
import { describeRequests, recordNetwork, type NetworkLog } from './lib/network';
import { askBackground, copyMarkdown, openPopup, readerState, tabIdFor, toggleCommand } from './lib/popup';
import { servePages, type PageServer } from './lib/server';

const page = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
/** Text of the rails and end matter; none of it may reach the popup. */
const RAIL_TEXT = ['IMF scrutiny', 'Published in Dawn', 'Updated 04 Mar', 'Editorial', 'Opinion', 'Is all well?', 'Cold world'];

let browser: LedeBrowser;
let server: PageServer;
let network: NetworkLog;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages({ '/story.html': page('seed-article.html'), '/signin.html': page('no-article.html') });
  browser = await launchTestExtension();
  // Every request of this profile, with who made it: the worker, an extension page, the content
  // script (by its initiator) or the page.
  network = recordNetwork(browser);
});

afterAll(async () => {
  await network?.stop();
  await browser?.close();
  await server?.close();
});

async function openTestPage(path: string): Promise<{ tab: Page; tabId: number }> {
  const tab = await browser.context.newPage();
  await tab.goto(server.url(path));
  return { tab, tabId: await tabIdFor(browser, server.url(path)) };
}

/** What the page looks like to someone who wants it back exactly: scroll position, the inline
 *  declarations of <html> and <body> (cssText, so "a: b" and "a: b;" compare equal: the reader
 *  restores declarations, and the browser re-serializes the attribute) and computed overflow. */
function pageState(tab: Page) {
  return tab.evaluate(() => ({
    scrollY: window.scrollY,
    htmlHasStyle: document.documentElement.hasAttribute('style'),
    htmlStyle: document.documentElement.style.cssText,
    bodyStyle: document.body.style.cssText,
    htmlOverflow: getComputedStyle(document.documentElement).overflow,
    bodyOverflow: getComputedStyle(document.body).overflow,
    readerHosts: document.querySelectorAll('lede-reader').length,
  }));
}

/** Queries and clicks inside the reader's closed shadow root, through the DevTools protocol
 *  (DOM.getDocument with pierce: true sees closed roots; clicks go through the real mouse). */
async function closedShadow(tab: Page) {
  const cdp = await browser.context.newCDPSession(tab);
  await cdp.send('DOM.enable');
  type CdpNode = { nodeId: number; localName?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (n: CdpNode): CdpNode | undefined => {
    if (n.localName === 'lede-reader') return n.shadowRoots?.[0];
    for (const c of n.children ?? []) {
      const hit = find(c);
      if (hit) return hit;
    }
    return undefined;
  };
  const shadowRoot = find(root);
  if (!shadowRoot) throw new Error('no reader shadow root');
  const all = async (selector: string, from = shadowRoot.nodeId) => (await cdp.send('DOM.querySelectorAll', { nodeId: from, selector })).nodeIds;
  const within = async (from: number, selector: string) => (await cdp.send('DOM.querySelector', { nodeId: from, selector })).nodeId;
  const resolve = async (target: number | string) => (typeof target === 'number' ? target : (await all(target))[0]);
  return {
    all: (selector: string) => all(selector),
    within,
    async text(target: number | string): Promise<string> {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId: await resolve(target) });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
      return String(result.value ?? '');
    },
    /** The border box [x1, y1, x2, y2, x3, y3, x4, y4] in viewport pixels, where it is laid out. */
    async box(target: number | string): Promise<number[] | null> {
      const nodeId = await resolve(target);
      return (await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null))?.model.border ?? null;
    },
    async click(target: number | string): Promise<void> {
      const nodeId = await resolve(target);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const [x1, y1, , , x3, y3] = model.border;
      await tab.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    },
    detach: () => cdp.detach(),
  };
}

describe('Lede in Chromium', () => {
  it('shows the story, its summary and quotes in the popup, and no rail text', async () => {
    const { tab, tabId } = await openTestPage('/story.html');
    const { page: popup, analysis, text } = await openPopup(browser, tabId);
    await popup.screenshot({ path: join(SHOTS, 'popup-article.png'), fullPage: true });

    expect(analysis.status).toBe('ok');
    if (analysis.status !== 'ok') return;
    expect(analysis.title).toContain('Former Afghan intelligence officers');
    expect(text).toContain(analysis.title);
    expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
    expect(analysis.summary.length).toBeLessThanOrEqual(5);
    // Every summary sentence is on screen (whitespace may be laid out differently).
    const flat = text.replace(/\s+/g, ' ');
    for (const sentence of analysis.summary) expect(flat).toContain(sentence.replace(/\s+/g, ' '));
    expect(await popup.locator('ul.summary > li').count()).toBe(analysis.summary.length);

    const speakers = analysis.quotes.slice(0, 5).map((q) => q.speaker);
    expect(speakers).toContain('Gen Frank McKenzie');
    expect(speakers).toContain('Rahmatullah Nabil');
    expect(flat).toContain('Gen Frank McKenzie');
    expect(flat).toContain('Rahmatullah Nabil');

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

  it('opens the reader from the popup and restores the page exactly when the command path closes it', async () => {
    const { tab, tabId } = await openTestPage('/story.html');
    await tab.evaluate(() => window.scrollTo(0, 600));
    const before = await pageState(tab);
    expect(before.scrollY).toBe(600);
    expect(before.readerHosts).toBe(0);

    // The keyboard command is registered with a shortcut (CDP cannot press it).
    const command = await toggleCommand(browser);
    expect(command?.shortcut, 'toggle-reader has a shortcut').toBeTruthy();

    const { page: popup } = await openPopup(browser, tabId);
    await popup.getByRole('button', { name: /^reader view$/i }).click();
    await tab.waitForFunction(() => document.querySelector('lede-reader') !== null, undefined, { timeout: 10_000 });
    // The popup got {open: true} back from the background and says so.
    await popup.getByRole('button', { name: /close reader view/i }).waitFor({ timeout: 5_000 });
    expect(await popup.getByRole('status').filter({ hasText: /reader view is open/i }).count()).toBe(1);
    expect(await readerState(browser, tabId)).toEqual({ open: true });
    const opened = await pageState(tab);
    expect(opened.readerHosts).toBe(1);
    expect(opened.htmlOverflow).toBe('hidden'); // the page underneath does not scroll
    await tab.bringToFront();
    await tab.screenshot({ path: join(SHOTS, 'reader.png') });

    // Close it through the background's toggle, the function the keyboard command calls. The
    // popup may have closed itself after the click, so ask from a fresh extension page.
    const extPage = await browser.context.newPage();
    await extPage.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
    expect(await askBackground(extPage, { type: 'lede/toggle-reader', tabId })).toEqual({ open: false });
    await tab.waitForFunction(() => document.querySelector('lede-reader') === null, undefined, { timeout: 5_000 });
    expect(await pageState(tab)).toEqual(before);
    expect(await readerState(browser, tabId)).toEqual({ open: false });
    await extPage.close();
    if (!popup.isClosed()) await popup.close();
    await tab.close();
  });

  it('brings a removed block back into the story in the reader', async () => {
    const { tab, tabId } = await openTestPage('/story.html');
    const extPage = await browser.context.newPage();
    await extPage.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
    const analysis = (await askBackground(extPage, { type: 'lede/get-analysis', tabId })) as Analysis;
    expect(analysis.status).toBe('ok');
    if (analysis.status !== 'ok') return;
    const first = analysis.removed.findIndex((b) => b.html);
    expect(first, 'a removed block from the story carries HTML').toBeGreaterThanOrEqual(0);
    expect(await askBackground(extPage, { type: 'lede/toggle-reader', tabId })).toEqual({ open: true });
    await tab.waitForFunction(() => document.querySelector('lede-reader') !== null, undefined, { timeout: 10_000 });
    await tab.bringToFront();

    // The reader lives in a closed shadow root: reach it through the DevTools protocol and click
    // like a person (trusted mouse events), as the page itself never could.
    const shadow = await closedShadow(tab);
    await shadow.click('footer.removed summary');
    const buttons = await shadow.all('footer.removed li');
    const button = await shadow.within(buttons[first], 'button.bring-back');
    expect(await shadow.text(button)).toBe('Bring back');
    await shadow.click(button);
    const restored = await shadow.all('.story .restored');
    expect(restored).toHaveLength(1);
    const restoredText = await shadow.text(restored[0]);
    expect(restoredText).toContain('Restored');
    expect(restoredText.replace(/\s+/g, ' ')).toContain(analysis.removed[first].text.split('\n')[0]);
    expect(await shadow.text(button)).toBe('Remove again');
    await tab.screenshot({ path: join(SHOTS, 'reader-restored.png') });

    expect(await askBackground(extPage, { type: 'lede/toggle-reader', tabId })).toEqual({ open: false });
    await shadow.detach();
    await extPage.close();
    await tab.close();
  });

  it('opens the reader at a quote clicked in the popup, marked, and copies the story as Markdown', async () => {
    const { tab, tabId } = await openTestPage('/story.html');
    const { page: popup, analysis } = await openPopup(browser, tabId);
    expect(analysis.status).toBe('ok');
    if (analysis.status !== 'ok') return;

    // Copy: the popup writes Markdown with the real clipboard API.
    const markdown = await copyMarkdown(popup);
    expect(markdown.startsWith(`# ${analysis.title}`)).toBe(true);
    expect(markdown).toContain(`<${server.url('/story.html')}>`);
    expect(markdown).toContain('## Key quotes');
    for (const rail of RAIL_TEXT) expect(markdown).not.toContain(rail);

    // The last quote the popup shows: far enough down the story that the reader must scroll.
    const shown = analysis.quotes.slice(0, 5);
    const index = shown.length - 1;
    const quote = shown[index];
    await popup.locator('button.quote').nth(index).click();
    await tab.waitForFunction(() => document.querySelector('lede-reader') !== null, undefined, { timeout: 10_000 });
    await tab.bringToFront();
    const shadow = await closedShadow(tab);
    const marked = await shadow.all('.story .quote-target');
    expect(marked.length).toBeGreaterThanOrEqual(1);
    const markedText = (await shadow.text(marked[0])).replace(/\s+/g, ' ');
    const opening = quote.text.split(' … ')[0].split(/\s+/).slice(0, 4).join(' ');
    expect(markedText).toContain(opening);
    // Scrolled to: the marked block is inside the reader's viewport.
    const visible = await shadow.box(marked[0]);
    const viewport = tab.viewportSize()!;
    expect(visible, 'the marked quote has a box').toBeTruthy();
    expect(visible![1]).toBeGreaterThanOrEqual(0);
    expect(visible![5]).toBeLessThanOrEqual(viewport.height);
    await tab.screenshot({ path: join(SHOTS, 'reader-quote.png') });

    // Another quote while the reader is open: the reader stays and the mark moves.
    await popup.bringToFront();
    await popup.locator('button.quote').nth(0).click();
    await popup.getByRole('status').filter({ hasText: /reader view is open/i }).waitFor({ timeout: 5_000 });
    expect(await readerState(browser, tabId)).toEqual({ open: true });
    await shadow.detach();

    const extPage = await browser.context.newPage();
    await extPage.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
    expect(await askBackground(extPage, { type: 'lede/toggle-reader', tabId })).toEqual({ open: false });
    await extPage.close();
    await popup.close();
    await tab.close();
  });

  it('shows the no-article state on a page without a story', async () => {
    const { tab, tabId } = await openTestPage('/signin.html');
    const { page: popup, analysis, text } = await openPopup(browser, tabId);
    await popup.screenshot({ path: join(SHOTS, 'popup-no-article.png'), fullPage: true });
    expect(analysis.status).toBe('no-article');
    expect(text).toMatch(/couldn.t find a story/i);
    expect(await popup.locator('ul.summary, ul.quotes').count()).toBe(0);
    expect(await popup.getByRole('button', { name: /reader view/i }).count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('made no network request beyond the test pages and its own files', () => {
    // The test pages load nothing of their own, so any other request, from anyone, is unexpected.
    const unexpected = network.unexpected({ pages: [server.url('/story.html'), server.url('/signin.html')] });
    expect(unexpected, describeRequests(unexpected)).toEqual([]);
    expect(server.requested.filter((p) => p !== '/story.html' && p !== '/signin.html')).toEqual([]);
    // The recorder did see traffic (the pages themselves).
    expect(network.requests.some((r) => r.url === server.url('/story.html'))).toBe(true);
  });
});
