// Driving Lede's popup and background from outside, the way the e2e suite and the demo need it.
// The popup is opened as a tab (`popup.html?tab=ID`: a test cannot click the toolbar button, and
// the popup accepts an explicit tab id for that); the analysis it shows is read
// back through the same typed message the popup sends, from an extension page (the background
// answers only its own pages), so that checks compare what the popup *shows* with what it *got*.
import type { Page } from 'playwright-core';
import type { Analysis, Failure } from '../../../src/core/types';
import type { BackgroundRequest, ReaderState, ToggleResult } from '../../../src/shared/messages';
import type { LedeBrowser } from './extension';

/** chrome.* inside evaluate() callbacks: they run in the browser, where `chrome` exists. */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(tabId: number, msg: unknown, opts?: object): Promise<unknown> };
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string; description?: string }>> };
};

/** The tab id of the one tab showing `url`, asked of the extension's service worker. Two tabs
 *  on the same URL would make the answer a guess, so that is an error (close tabs after use). */
export async function tabIdFor(b: LedeBrowser, url: string): Promise<number> {
  const tabs = await b.worker.evaluate(() => chrome.tabs.query({}));
  const matching = tabs.filter((t) => t.url === url);
  if (matching.length !== 1 || matching[0].id === undefined) {
    throw new Error(`expected one tab on ${url}, found ${matching.length}; tabs: ${tabs.map((t) => t.url).join(', ')}`);
  }
  return matching[0].id;
}

/** The active tab's id. For the shipped manifest, whose tabs.query hides URLs (no "tabs" or host
 *  permission), this is the only way to find a tab; bring the page to the front first. */
export async function activeTabId(b: LedeBrowser): Promise<number> {
  const [tab] = await b.worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** Sends a background request from an extension page (the sender check wants one of ours). */
export async function askBackground(extensionPage: Page, request: BackgroundRequest): Promise<Analysis | ToggleResult> {
  return extensionPage.evaluate((msg) => chrome.runtime.sendMessage(msg) as Promise<Analysis | ToggleResult>, request);
}

export interface OpenPopup {
  page: Page;
  analysis: Analysis;
  /** The popup's visible text once it shows the analysis. */
  text: string;
}

/** Opens the popup for `tabId` in a popup-sized tab and waits until it shows the result. */
export async function openPopup(b: LedeBrowser, tabId: number, size = { width: 420, height: 720 }): Promise<OpenPopup> {
  const page = await b.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${b.extensionOrigin}/popup.html?tab=${tabId}`);
  // Same request the popup makes; the background caches per tab, so both see one analysis.
  const analysis = (await askBackground(page, { type: 'lede/get-analysis', tabId })) as Analysis;
  if (analysis.status === 'ok') {
    // The story, and the quotes that follow its first answer (no busy region left).
    await page.waitForFunction((title) => document.body.innerText.includes(title) && !document.querySelector('[aria-busy="true"]'), analysis.title, { timeout: 10_000 });
  } else {
    // A failure: wait for the popup to leave its loading state (no busy region, some text shown).
    await page.waitForFunction(
      () => document.body.innerText.trim().length > 0 && !document.querySelector('[aria-busy="true"]'),
      undefined,
      { timeout: 10_000 },
    );
  }
  return { page, analysis, text: await page.evaluate(() => document.body.innerText) };
}

/** Asks the content script in `tabId` (through the background's own channel) whether the reader is open. */
export async function readerState(b: LedeBrowser, tabId: number): Promise<ReaderState> {
  return b.worker.evaluate(
    ({ tabId }) => chrome.tabs.sendMessage(tabId, { type: 'lede/reader-state' }, { frameId: 0 }) as Promise<ReaderState>,
    { tabId },
  );
}

/** The registered keyboard command for the reader toggle, as Chromium reports it. */
export async function toggleCommand(b: LedeBrowser): Promise<{ name?: string; shortcut?: string } | undefined> {
  const commands = await b.worker.evaluate(() => chrome.commands.getAll());
  return commands.find((c) => c.name === 'toggle-reader');
}

export function isFailure(a: Analysis | ToggleResult): a is Failure {
  return 'status' in a && a.status !== 'ok';
}

/** The reader's markup, read from its closed shadow root with the DevTools protocol's own DOM
 *  (no JavaScript runs, so nothing the page rewrote in its world is involved). '' when absent. */
export async function readerHtml(b: LedeBrowser, tab: Page): Promise<string> {
  const cdp = await b.context.newCDPSession(tab);
  try {
    type CdpNode = { nodeId: number; localName?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      if (n.localName === 'lede-reader') hosts.push(n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    if (hosts.length > 1) throw new Error(`${hosts.length} reader hosts`);
    const shadow = hosts[0]?.shadowRoots?.[0];
    if (!shadow) return '';
    const parts = await Promise.all((shadow.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })));
    return parts.map((p) => p.outerHTML).join('');
  } finally {
    await cdp.detach();
  }
}
