// The driver interface (./driver.ts) for Debian's Chromium, over playwright-core and the DevTools
// protocol, built on the same launch (./extension.ts), popup helpers (./popup.ts) and network
// recorder (./network.ts) the Chromium-only suites use.
import type { ConsoleMessage, Page } from 'playwright-core';
import type { Analysis } from '../../../src/core/types';
import type { BackgroundRequest, ToggleResult } from '../../../src/shared/messages';
import { buttonsNamed, waitForPopup, type DriverOptions, type LedeDriver, type Popup, type SeenRequest, type Surface, type TestTab } from './driver';
import { launchTestExtension } from './extension';
import { recordNetwork } from './network';
import { readerHtml, readerState, tabIdFor } from './popup';

export async function launchChromiumDriver(opts: DriverOptions): Promise<LedeDriver> {
  const b = await launchTestExtension(undefined, undefined, opts.extraFiles);
  const { context, extensionOrigin } = b;
  const own = `${extensionOrigin}/`;
  const problems: string[] = [];
  const dialogs: string[] = [];

  if (opts.initScript) await context.addInitScript(opts.initScript);
  if (opts.blockRemote) {
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/, (route) => route.abort());
  }
  // Console errors and warnings of the worker, of extension pages, and of the content script
  // (its messages are logged in the page, with the script's own URL as their location).
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const where = msg.worker()?.url() ?? msg.page()?.url() ?? '';
    if (where.startsWith(own) || msg.location().url.startsWith(own)) problems.push(`${msg.type()} ${msg.location().url}: ${msg.text()}`);
  };
  context.on('console', onConsole);
  context.on('weberror', (e) => {
    const stack = e.error().stack ?? '';
    const where = e.page()?.url() ?? '';
    if (where.startsWith(own) || stack.includes(own)) problems.push(`uncaught ${where}: ${stack.split('\n').slice(0, 3).join(' | ')}`);
  });
  context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(`${p.url()}: ${d.type()} ${d.message()}`), d.dismiss().catch(() => {}))));
  const network = recordNetwork(b, { initiators: opts.contentScriptRequests !== false });

  // One extension page asks the background on the tests' behalf.
  let control: Page | undefined;
  async function controlPage(): Promise<Page> {
    if (!control || control.isClosed()) {
      control = await context.newPage();
      await control.goto(`${extensionOrigin}/popup.html?tab=-1`);
    }
    return control;
  }

  async function inReader<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> {
    // DOM.getDocument with pierce sees closed shadow roots; resolveNode gives the page's world a
    // handle on it that no script of the page could get.
    const cdp = await context.newCDPSession(page);
    try {
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
      const shadow = find(root);
      if (!shadow) throw new Error(`no reader shadow root in ${page.url()}`);
      const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (json) { return JSON.stringify((${fn.toString()})(this, JSON.parse(json)) ?? null); }`,
        arguments: [{ value: JSON.stringify(arg ?? null) }],
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in the reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return JSON.parse(String(result.value)) as R;
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  return {
    name: 'chromium',
    extensionOrigin,
    dialogs,
    async openTab(url) {
      const page = await context.newPage();
      // A tab whose load failed is closed here: a caller that retries (a page that navigates
      // itself can make the browser reject the load) would otherwise find two tabs on the URL.
      let tabId: number;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        // page.url(): a page may have moved its address (history.pushState) while loading.
        tabId = await tabIdFor(b, page.url());
      } catch (err) {
        await page.close().catch(() => {});
        throw err;
      }
      return {
        ...surface(page),
        tabId,
        url: page.url(),
        inReader: (fn, arg) => inReader(page, fn, arg),
        readerHtml: () => readerHtml(b, page),
        mouseClick: (x, y) => page.mouse.click(x, y),
      } satisfies TestTab;
    },
    async openPopup(tabId, size = { width: 420, height: 720 }) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
      // Same request the popup makes; the background caches per tab, so both see one analysis.
      const analysis = (await page.evaluate((msg) => chrome.runtime.sendMessage(msg), { type: 'lede/get-analysis', tabId } as BackgroundRequest)) as Analysis;
      await waitForPopup(surface(page), analysis);
      return { ...surface(page), analysis, text: await page.evaluate(() => document.body.innerText) } satisfies Popup;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return surface(page);
    },
    async askBackground(request) {
      const page = await controlPage();
      return page.evaluate((msg) => chrome.runtime.sendMessage(msg) as Promise<Analysis | ToggleResult>, request);
    },
    readerState: (tabId) => readerState(b, tabId),
    async commands() {
      return b.worker.evaluate(() => chrome.commands.getAll());
    },
    network: {
      covers:
        "Playwright's context-wide requests (pages, extension pages, the service worker, CSP-blocked attempts included) and, " +
        "per page, the DevTools initiator stack (a content script's fetch names content.js). Not seen: the browser's own traffic.",
      async requests(): Promise<SeenRequest[]> {
        return network.requests.map((r) => ({
          url: r.url,
          source: r.source === 'service-worker' || r.source === 'extension-page' ? 'extension' : r.source,
          from: r.from,
          navigation: r.navigation,
        }));
      },
    },
    async ledeConsoleProblems() {
      return [...problems];
    },
    async close() {
      await network.stop();
      await b.close();
    },
  };
}

/** chrome.* inside evaluate() callbacks: they run in the browser, where `chrome` exists. */
declare const chrome: {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

/** A Playwright page as the driver's Surface (also for the Chromium-only suites, so that they
 *  share the driver's helpers such as copyMarkdown). */
export function surface(page: Page): Surface {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    async waitFor(fn, arg, timeout = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    click: (selector, nth = 0) => page.locator(selector).nth(nth).click(),
    async clickButton(name) {
      // The accessibility tree's name, as a person would find the button.
      const buttons = page.getByRole('button', { name });
      const count = await buttons.count();
      if (count !== 1) {
        const seen = await page.evaluate(buttonsNamed, { source: '.', flags: '' });
        throw new Error(`expected one button named ${name}, found ${count} (${seen.length} buttons on ${page.url()})`);
      }
      await buttons.click();
    },
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    async screenshot(path, o) {
      await page.screenshot({ path, fullPage: o?.fullPage, clip: o?.clip });
    },
    viewport: async () => page.viewportSize() ?? (await page.evaluate(() => ({ width: innerWidth, height: innerHeight }))),
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
}
