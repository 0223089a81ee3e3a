// The small browser-driver interface the shared e2e scenarios are written against, so that one
// suite definition runs in Chromium (playwright-core over the DevTools protocol, ./chromium.ts)
// and in Firefox (puppeteer-core over WebDriver BiDi, ./firefox.ts). It offers only what the
// scenarios need; browser-specific suites (fight-back, limits…) keep using playwright directly.
//
// Functions passed to evaluate/waitFor/inReader are serialized (fn.toString()) and run in the
// browser, so they must not close over anything: pass what they need as `arg`, JSON-safe.
import type { Analysis } from '../../../src/core/types';
import type { BackgroundRequest, ReaderState, ToggleResult } from '../../../src/shared/messages';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** Something that shows a document: a test page's tab or an extension page. */
export interface Surface {
  /** Runs `fn(arg)` in the document's own world and returns its (JSON-safe) result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the document until it is truthy, or fails after `timeout` ms. */
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  /** Clicks (trusted input, like a person) the `nth` element matching `selector`. */
  click(selector: string, nth?: number): Promise<void>;
  /** Clicks the button whose accessible name matches `name`; exactly one must match. */
  clickButton(name: RegExp): Promise<void>;
  /** Presses a key (trusted input) in this document; bring it to the front first. */
  press(key: 'Escape' | 'Enter' | 'Tab'): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string, opts?: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<void>;
  /** Viewport size in CSS pixels. */
  viewport(): Promise<{ width: number; height: number }>;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** A test page in its own tab. */
export interface TestTab extends Surface {
  /** The browser's tab id (tabs API), as the extension sees it. */
  tabId: number;
  url: string;
  /** Runs `fn(root, arg)` in the page's world with the reader's closed shadow root, which the page
   *  itself cannot reach (Chromium: DevTools DOM with pierce; Firefox: BiDi includeShadowTree).
   *  Rejects when there is no reader. */
  inReader<A, R>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R>;
  /** The reader's markup (its shadow root's children), '' when there is no reader. */
  readerHtml(): Promise<string>;
  /** A trusted mouse click at viewport coordinates. */
  mouseClick(x: number, y: number): Promise<void>;
}

/** The popup, opened as a tab on `popup.html?tab=ID` (the popup accepts an explicit tab id). */
export interface Popup extends Surface {
  /** The analysis the popup got, asked of the background with the popup's own request. */
  analysis: Analysis;
  /** The popup's visible text once it shows the analysis. */
  text: string;
}

/** One request seen leaving (or about to leave) the browser, with who made it. */
export interface SeenRequest {
  url: string;
  /** Who asked: the extension (background or an extension page), its content script, a page or
   *  the browser itself (its own updates, favicons…). */
  source: 'extension' | 'content-script' | 'page' | 'browser';
  /** The document, worker or principal it came from, for failure messages. */
  from: string;
  /** A document load of a tab or frame (the tests' own navigations). */
  navigation: boolean;
}

export interface NetworkRecorder {
  /** What this recorder can see and what it cannot, for failure messages and the report. */
  readonly covers: string;
  /** Everything seen since launch (or since the last `clear`). */
  requests(): Promise<SeenRequest[]>;
}

export interface LedeDriver {
  name: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  /** Opens `url` in a new tab, waits for its load and finds its tab id. */
  openTab(url: string): Promise<TestTab>;
  /** Opens the popup for `tabId` in a popup-sized tab and waits until it shows the result. */
  openPopup(tabId: number, size?: { width: number; height: number }): Promise<Popup>;
  /** Opens one of the extension's own pages (path inside the package) in a new tab. */
  openExtensionPage(path: string): Promise<Surface>;
  /** Sends a background request from an extension page (the background answers only its own). */
  askBackground(request: BackgroundRequest): Promise<Analysis | ToggleResult>;
  /** Asks the content script in `tabId`, through the background's own channel, whether the
   *  reader is open. */
  readerState(tabId: number): Promise<ReaderState>;
  /** The registered keyboard commands (commands.getAll()). */
  commands(): Promise<Array<{ name?: string; shortcut?: string }>>;
  network: NetworkRecorder;
  /** Errors and warnings of Lede's own contexts (background, extension pages, content script)
   *  and of its manifest, as the browser logged them; one line each. Firefox cannot say who made
   *  a console.error/warn call (see ./firefox.ts), so there those of the pages count too. */
  ledeConsoleProblems(): Promise<string[]>;
  /** Real (not recorded) alert/confirm/prompt dialogs that opened anywhere, dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface DriverOptions {
  /** A function run in every document (page and extension page) before its own scripts. */
  initScript?: () => void;
  /** Abort requests to anything but 127.0.0.1 and the extension's own files (hostile pages point
   *  at the outside world; nothing may leave the machine in a test). */
  blockRemote?: boolean;
  /** Attribute page requests to the content script too (Chromium: a DevTools session per page,
   *  about 10% slower over hundreds of pages). Default true. */
  contentScriptRequests?: boolean;
  /** Files added to the test copy of the extension, name → text (the bench's bare popup). */
  extraFiles?: Record<string, string>;
}

/** Launches `name` with a test copy of dist/ (the copy adds host access to http://127.0.0.1/*,
 *  which headless runs need because they cannot make the gesture that grants activeTab). */
export async function launchDriver(name: BrowserName, opts: DriverOptions = {}): Promise<LedeDriver> {
  if (name === 'chromium') return (await import('./chromium')).launchChromiumDriver(opts);
  return (await import('./firefox')).launchFirefoxDriver(opts);
}

/** What the page looks like to someone who wants it back exactly: scroll position, the inline
 *  declarations of <html> and <body> (cssText, so "a: b" and "a: b;" compare equal: the reader
 *  restores declarations, and the browser re-serializes the attribute) and computed overflow. */
export function pageState(tab: Surface) {
  return tab.evaluate(() => ({
    scrollY: window.scrollY,
    htmlHasStyle: document.documentElement.hasAttribute('style'),
    htmlStyle: document.documentElement.style.cssText,
    bodyStyle: document.body.style.cssText,
    htmlOverflow: getComputedStyle(document.documentElement).overflow,
    bodyOverflow: getComputedStyle(document.body).overflow,
    readerHosts: document.querySelectorAll('lede-reader').length,
    bodyChildren: document.body.children.length,
    activeIsReader: document.activeElement?.localName === 'lede-reader',
  }));
}

/** Waits until the popup's status line (role=status) contains `text`. */
export function waitForStatus(popup: Surface, text: RegExp | string, timeout = 5_000): Promise<void> {
  const source = typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source;
  return popup.waitFor(
    (re) => [...document.querySelectorAll('[role="status"]')].some((n) => new RegExp(re, 'i').test(n.textContent ?? '')),
    source,
    timeout,
  );
}

/** Press the popup's Copy and return the Markdown it wrote. Reading the clipboard back needs a
 *  permission extension origins cannot be granted here, so a pass-through wrapper records what
 *  the popup hands to the real writeText ("Copied" shows only once that resolved). */
export async function copyMarkdown(popup: Surface): Promise<string> {
  await popup.evaluate(() => {
    const clip = navigator.clipboard;
    const write = clip.writeText.bind(clip);
    const written: string[] = ((window as unknown as { __written: string[] }).__written = []);
    clip.writeText = (text: string) => (written.push(text), write(text));
  });
  await popup.clickButton(/^copy$/i);
  await waitForStatus(popup, 'Copied as Markdown.');
  return popup.evaluate(() => (window as unknown as { __written: string[] }).__written.join('\n'));
}

/** Waits for the popup to show the analysis: its title and, once they came, its quotes for a
 *  story; else the end of loading. */
export async function waitForPopup(popup: Surface, analysis: Analysis): Promise<void> {
  if (analysis.status === 'ok') {
    // The story, and the quotes that follow its first answer (no busy region left).
    await popup.waitFor((title) => document.body?.innerText.includes(title) && !document.querySelector('[aria-busy="true"]'), analysis.title, 10_000);
  } else {
    await popup.waitFor(() => document.body?.innerText.trim().length > 0 && !document.querySelector('[aria-busy="true"]'), undefined, 10_000);
  }
}

/** The name a person (and a screen reader) knows a button by: aria-label, else its text. Used
 *  where the driver has no accessibility tree to ask (Firefox over BiDi). */
export function buttonsNamed(re: { source: string; flags: string }): number[] {
  const pattern = new RegExp(re.source, re.flags);
  const out: number[] = [];
  document.querySelectorAll('button, [role="button"]').forEach((b, i) => {
    const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (pattern.test(name)) out.push(i);
  });
  return out;
}

/** One line per request, for an assertion message. */
export function describeSeen(list: readonly SeenRequest[]): string {
  return list.map((r) => `${r.source} ${r.url} (from ${r.from})`).join('\n');
}

/** Requests no test should see: anything an extension context or the content script asked for
 *  beyond the extension's own package, and anything a page loaded that the test did not serve. */
export function unexpectedRequests(seen: readonly SeenRequest[], own: string, allowedPages: readonly string[]): SeenRequest[] {
  const pages = new Set(allowedPages);
  return seen.filter((r) => {
    if (r.url.startsWith(`${own}/`) || /^(data|blob|about):/.test(r.url)) return false;
    if (r.source === 'extension' || r.source === 'content-script') return true;
    if (r.source === 'browser') return false; // the browser's own traffic, not Lede's (see `covers`)
    return !pages.has(r.url);
  });
}
