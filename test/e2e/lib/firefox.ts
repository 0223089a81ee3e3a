// The driver interface (./driver.ts) for Debian's Firefox ESR, over puppeteer-core and WebDriver
// BiDi (no geckodriver). What makes it work, each found the hard way:
// - `--remote-allow-system-access` lets the test open moz-extension:// pages and evaluate in the
//   browser's privileged (chrome) scope; without it navigation to extension pages is refused
//   ("not allowed in this context").
// - The pref extensions.webextensions.uuids pins the moz-extension://UUID host of the add-on.
// - The test copy of dist/ is installed as a temporary add-on (BiDi webExtension.install, like
//   about:debugging); Firefox grants its http://127.0.0.1/* host permission at install.
// - page.goto() loads extension pages but never sees their load event, so they are opened with a
//   raw browsingContext.navigate (wait: none) and polled until loaded.
// - Tab ids differ from run to run: ask browser.tabs.query() from an extension page.
// - The reader's closed shadow root is reached with BiDi script.callFunction and
//   serializationOptions.includeShadowTree 'all'; its sharedId goes back in as an argument.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Analysis } from '../../../src/core/types';
import type { BackgroundRequest, ReaderState, ToggleResult } from '../../../src/shared/messages';
import { buttonsNamed, waitForPopup, type DriverOptions, type LedeDriver, type Popup, type SeenRequest, type Surface, type TestTab } from './driver';
import { makeTestCopy } from './extension';
import { rm } from 'node:fs/promises';

export const FIREFOX_PATH = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
/** Any fixed v4 uuid: the add-on's moz-extension:// host in every run. */
const EXTENSION_UUID = '6c0d5e1f-2a3b-4c4d-8e5f-a6b7c8d9e0f1';

export function assertFirefox(path = FIREFOX_PATH): void {
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}: install it with \`apt-get install -y firefox-esr\` (or set LEDE_FIREFOX).`);
  }
}

/** browser.* inside evaluate() callbacks: they run in extension pages, where `browser` exists. */
declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(tabId: number, msg: unknown, opts?: object): Promise<unknown> };
  runtime: { sendMessage(msg: unknown): Promise<unknown>; getBackgroundPage(): Promise<{ browser: typeof browser } | null> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface BidiCallResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

/** Runs in the browser's chrome scope: records every HTTP(S) channel Firefox opens, anywhere
 *  (the background page has no BiDi browsing context, so the BiDi network events cannot show its
 *  requests), with the principals that asked for it. */
const RECORD_CHANNELS = `() => {
  const log = [];
  const who = (p) => {
    if (!p) return '';
    if (p.isSystemPrincipal) return 'system';
    if (p.isExpandedPrincipal) {
      return 'expanded:' + p.QueryInterface(Ci.nsIExpandedPrincipal).allowlist.map((q) => q.addonId ? 'addon:' + q.addonId : q.spec).join(',');
    }
    return p.addonId ? 'addon:' + p.addonId + ' ' + p.spec : p.spec;
  };
  const observer = {
    observe(subject) {
      try {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const info = channel.loadInfo;
        log.push({
          url: channel.URI.spec,
          triggering: who(info && info.triggeringPrincipal),
          loading: who(info && info.loadingPrincipal),
          type: info ? info.externalContentPolicyType : 0,
          top: (info && info.browsingContext && info.browsingContext.top.currentURI && info.browsingContext.top.currentURI.spec) || '',
        });
      } catch (e) {
        log.push({ url: '(unreadable channel)', triggering: String(e), loading: '', type: 0, top: '' });
      }
    },
  };
  Services.obs.addObserver(observer, 'http-on-opening-request');
  globalThis.__ledeChannels = log;
  return 'recording';
}`;

interface Channel {
  url: string;
  triggering: string;
  loading: string;
  /** nsIContentPolicy external type: 6 document, 7 subdocument. */
  type: number;
  top: string;
}

/** Errors and warnings of the add-on the parent process knows: script errors (Services.console
 *  gathers uncaught errors, unhandled rejections and CSP violations of every process) whose source
 *  or text names its uuid or id, and the manifest warnings Firefox noted at install. Firefox's own
 *  errors (remote settings without internet…) name neither, so they are left out. console.* calls
 *  stay in the content process that made them: see the BiDi log entries in the driver. */
function consoleProblemsFn(uuid: string, id: string): string {
  return `async () => {
    const mine = (s) => typeof s === 'string' && (s.includes(${JSON.stringify(uuid)}) || s.includes(${JSON.stringify(id)}));
    const out = [];
    for (const m of Services.console.getMessageArray()) {
      if (!(m instanceof Ci.nsIScriptError)) { if (mine(m.message)) out.push('message ' + m.message); continue; }
      if (m.flags & Ci.nsIScriptError.infoFlag) continue;
      if (mine(m.sourceName) || mine(m.errorMessage)) out.push((m.flags & Ci.nsIScriptError.warningFlag ? 'warning ' : 'error ') + m.sourceName + ':' + m.lineNumber + ' ' + m.errorMessage);
    }
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    for (const w of ExtensionParent.DebugUtils.getExtensionManifestWarnings(${JSON.stringify(id)})) out.push('manifest warning: ' + w);
    return JSON.stringify(out);
  }`;
}

export async function launchFirefoxDriver(opts: DriverOptions): Promise<LedeDriver> {
  assertFirefox();
  const extensionDir = await makeTestCopy(undefined, opts.extraFiles);
  const geckoId = (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  let b: Browser;
  try {
    b = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      // The same window size as the Chromium runs, so screenshots and scroll checks compare.
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        'devtools.console.stdout.content': true,
        // Nothing may leave the machine in a test: every remote request goes to a closed local
        // port (refused at once); 127.0.0.1 is never proxied. The recorder below still sees each
        // request, because channels are recorded when they open, before the proxy.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': '127.0.0.1',
      },
    });
  } catch (err) {
    await rm(extensionDir, { recursive: true, force: true });
    throw err;
  }
  const conn = (b as unknown as { connection: BidiConnection }).connection;
  // console.error/warn of every content process (extension pages, background, content script
  // and pages alike) reach Firefox's stdout through devtools.console.stdout.content, without
  // saying who logged them: see ledeConsoleProblems.
  const stdoutConsole: string[] = [];
  let partial = '';
  b.process()?.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + String(chunk)).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (/^console\.(error|warn|assert):/.test(line)) stdoutConsole.push(line);
  });
  const dialogs: string[] = [];
  const pages: Page[] = [];

  // The browser's privileged scope (its main window), for the channel recorder and the console.
  const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string }> };
  const chromeContext = tree.contexts[0].context;
  async function inChrome(fn: string): Promise<string> {
    const r = (await conn.send('script.callFunction', { functionDeclaration: fn, awaitPromise: true, target: { context: chromeContext } })).result as unknown as BidiCallResult;
    if (r.type === 'exception') throw new Error(`in Firefox's chrome scope: ${r.exceptionDetails?.text}`);
    return String(r.result?.value ?? '');
  }
  await inChrome(RECORD_CHANNELS);

  const installed = await b.installExtension(extensionDir);
  if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, expected ${geckoId}`);

  async function newPage(): Promise<Page> {
    let page: Page | undefined;
    for (let attempt = 1; !page; attempt++) {
      try {
        page = await b.newPage();
      } catch (err) {
        // Firefox opens a new tab beside the selected one; when a parallel worker has just closed
        // that tab, browsingContext.create fails with "no such frame … BrowsingContext does no
        // longer exist" (seen once in 31 hostile pages, two tabs at a time). A second try works.
        if (attempt >= 3 || !/no such frame/.test(String(err))) throw err;
      }
    }
    pages.push(page);
    page.on('dialog', (d) => (dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`), void d.dismiss().catch(() => {})));
    if (opts.initScript) await page.evaluateOnNewDocument(opts.initScript);
    return page;
  }

  const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

  async function gotoExtensionPage(page: Page, path: string): Promise<void> {
    const url = `${extensionOrigin}/${path}`;
    await conn.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
      if (state === `complete ${url}`) return;
      if (Date.now() > deadline) throw new Error(`${url} did not load (last: ${state || 'no document'})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  let control: Page | undefined;
  async function controlPage(): Promise<Page> {
    if (!control || control.isClosed()) {
      control = await newPage();
      await gotoExtensionPage(control, 'popup.html?tab=-1');
    }
    return control;
  }

  function surface(page: Page): Surface {
    return {
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async waitFor(fn, arg, timeout = 10_000) {
        await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg);
      },
      async click(selector, nth = 0) {
        const all = await page.$$(selector);
        if (!all[nth]) throw new Error(`no element ${nth} for ${selector} in ${page.url()} (${all.length} found)`);
        await all[nth].click();
      },
      async clickButton(name) {
        // No accessibility tree over BiDi here: the name is aria-label, else the button's text.
        const hits = await page.evaluate(buttonsNamed as never, { source: name.source, flags: name.flags }) as number[];
        if (hits.length !== 1) throw new Error(`expected one button named ${name}, found ${hits.length} on ${page.url()}`);
        const buttons = await page.$$('button, [role="button"]');
        await buttons[hits[0]].click();
      },
      press: (key) => page.keyboard.press(key),
      bringToFront: () => page.bringToFront(),
      async screenshot(path, o) {
        await page.screenshot({ path, fullPage: o?.fullPage, clip: o?.clip });
      },
      viewport: () => page.evaluate(() => ({ width: innerWidth, height: innerHeight })),
      isClosed: () => page.isClosed(),
      close: () => page.close(),
    };
  }

  async function callIn(page: Page, fn: string, args: object[] = [], shadow = false): Promise<BidiCallResult> {
    const params: Record<string, unknown> = { functionDeclaration: fn, awaitPromise: true, target: { context: contextOf(page) }, arguments: args };
    if (shadow) params.serializationOptions = { includeShadowTree: 'all', maxDomDepth: 0 };
    return (await conn.send('script.callFunction', params)).result as unknown as BidiCallResult;
  }

  async function readerRoot(page: Page): Promise<string | undefined> {
    const r = await callIn(page, '() => { const hosts = document.querySelectorAll("lede-reader"); if (hosts.length > 1) throw new Error(hosts.length + " reader hosts"); return hosts[0] ?? null; }', [], true);
    if (r.type === 'exception') throw new Error(`reading the reader host: ${r.exceptionDetails?.text}`);
    const value = r.result?.value as { shadowRoot?: { sharedId?: string } | null } | undefined;
    return value?.shadowRoot?.sharedId;
  }

  async function inReader<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> {
    const root = await readerRoot(page);
    if (!root) throw new Error(`no reader shadow root in ${page.url()}`);
    const r = await callIn(page, `(root, json) => JSON.stringify((${fn.toString()})(root, JSON.parse(json)) ?? null)`, [
      { sharedId: root },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ]);
    if (r.type === 'exception') throw new Error(`in the reader: ${r.exceptionDetails?.text}`);
    return JSON.parse(String(r.result?.value)) as R;
  }

  async function tabIdFor(url: string): Promise<number> {
    const tabs = await (await controlPage()).evaluate(() => browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url }))));
    const matching = tabs.filter((t) => t.url === url);
    if (matching.length !== 1 || matching[0].id === undefined) {
      throw new Error(`expected one tab on ${url}, found ${matching.length}; tabs: ${tabs.map((t) => t.url).join(', ')}`);
    }
    return matching[0].id;
  }

  return {
    name: 'firefox',
    extensionOrigin,
    dialogs,
    async openTab(url) {
      const page = await newPage();
      // A tab whose load failed is closed here: a caller that retries (a page that navigates
      // itself can make the browser reject the load) would otherwise find two tabs on the URL.
      let tabId: number;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        tabId = await tabIdFor(page.url());
      } catch (err) {
        await page.close().catch(() => {});
        throw err;
      }
      return {
        ...surface(page),
        tabId,
        url: page.url(),
        inReader: (fn, arg) => inReader(page, fn, arg),
        async readerHtml() {
          if (!(await readerRoot(page))) return '';
          return inReader(page, (root) => [...root.children].map((c) => c.outerHTML).join(''));
        },
        mouseClick: (x, y) => page.mouse.click(x, y),
      } satisfies TestTab;
    },
    async openPopup(tabId, size = { width: 420, height: 720 }) {
      const page = await newPage();
      await page.setViewport(size);
      await gotoExtensionPage(page, `popup.html?tab=${tabId}`);
      const analysis = (await page.evaluate((msg) => browser.runtime.sendMessage(msg), { type: 'lede/get-analysis', tabId } as BackgroundRequest)) as Analysis;
      await waitForPopup(surface(page), analysis);
      return { ...surface(page), analysis, text: await page.evaluate(() => document.body.innerText) } satisfies Popup;
    },
    async openExtensionPage(path) {
      const page = await newPage();
      await gotoExtensionPage(page, path);
      return surface(page);
    },
    async askBackground(request) {
      return (await controlPage()).evaluate((msg) => browser.runtime.sendMessage(msg) as Promise<Analysis | ToggleResult>, request);
    },
    async readerState(tabId) {
      // The content script answers only its background (a message from an extension page in a tab
      // carries that tab), so send it from the background page itself.
      return (await controlPage()).evaluate(async (tabId) => {
        const bg = await browser.runtime.getBackgroundPage();
        if (!bg) throw new Error('no background page');
        return bg.browser.tabs.sendMessage(tabId, { type: 'lede/reader-state' }, { frameId: 0 }) as Promise<ReaderState>;
      }, tabId);
    },
    async commands() {
      return (await controlPage()).evaluate(() => browser.commands.getAll());
    },
    network: {
      covers:
        'every HTTP(S) channel Firefox opens, in any process (http-on-opening-request in the parent), the background page included, ' +
        "classified by its loadInfo principals: the add-on's own principal (background, extension pages) or an expanded principal " +
        'holding it (the content script). Not seen: a request a CSP stopped before any channel opened (Firefox logs it as a console ' +
        'error naming the extension page, which the console check fails on), and non-HTTP traffic (WebRTC, DNS prefetch).',
      async requests(): Promise<SeenRequest[]> {
        const channels = JSON.parse(await inChrome('() => JSON.stringify(globalThis.__ledeChannels)')) as Channel[];
        return channels.map((c) => classify(c, geckoId));
      },
    },
    async ledeConsoleProblems() {
      // Firefox's BiDi log events leave out moz-extension documents, and console.* calls stay in
      // the content process that made them, so console.error/warn come from stdout, unattributed:
      // a suite whose pages log nothing counts every one (Lede's extension code has no console
      // calls; its errors are uncaught errors, which Services.console does attribute).
      return [...stdoutConsole.map((l) => `unattributed ${l}`), ...(JSON.parse(await inChrome(consoleProblemsFn(EXTENSION_UUID, geckoId))) as string[])];
    },
    async close() {
      await b.close().catch(() => {});
      await rm(extensionDir, { recursive: true, force: true });
    },
  };
}

function classify(c: Channel, geckoId: string): SeenRequest {
  const navigation = c.type === 6 || c.type === 7;
  const addon = `addon:${geckoId}`;
  if (c.triggering.startsWith('expanded:') && c.triggering.includes(addon)) return { url: c.url, source: 'content-script', from: c.triggering, navigation };
  if (c.triggering.startsWith(addon) || c.loading.startsWith(addon)) return { url: c.url, source: 'extension', from: c.triggering, navigation };
  // The tests' own navigations (BiDi navigate) carry the system principal, like a typed address.
  if (c.triggering === 'system') return { url: c.url, source: navigation ? 'page' : 'browser', from: 'system', navigation };
  // Firefox asks for a page's /favicon.ico for the tab strip, on the page's principal.
  if (new URL(c.url).pathname === '/favicon.ico' && !c.loading.startsWith('addon:')) return { url: c.url, source: 'browser', from: `favicon for ${c.triggering}`, navigation };
  return { url: c.url, source: 'page', from: c.triggering, navigation };
}
