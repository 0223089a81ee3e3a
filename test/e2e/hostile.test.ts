// The hostile corpus in the browser: DOMPurify's payloads that call alert, served as news pages
// (test/hostile/pages.ts), analysed by the built extension, shown in the popup and opened in the
// reader view. What matters is what Lede RENDERS: the page itself is hostile before Lede runs, and
// its own payload may call alert on load or when focus moves. So alert, confirm, prompt and print
// are replaced in every page and frame of the profile (extension pages included) by a recorder
// that notes, for each call, whether a page event on a light-DOM element of the page caused it.
// After Lede acts (analysis, popup, reader), a call that no such page event explains (a script
// or handler inside the reader's shadow root, where window.event is hidden, or a call with the
// reader in its event path) fails the test, as does any call at all in an extension page and any
// real dialog. Every request from extension contexts is recorded: there must be none.
// One definition for both browsers: Chromium runs every page, Firefox an even sample of them
// (the same payloads in the same places; the whole set would take several minutes more there).
// Needs `npm run build`, /usr/bin/chromium and /usr/bin/firefox-esr (see .ci/run).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { hostilePages, type HostilePage, type Position } from '../hostile/pages';
import { describeSeen, launchDriver, type BrowserName, type LedeDriver, type Surface } from './lib/driver';
import { servePages, type PageServer } from './lib/server';

/** Which pages: every payload that calls alert, in the story, the title (shown in the popup)
 *  and the caption. */
const POSITIONS: Position[] = ['paragraph', 'title', 'caption'];
const PAGES = hostilePages({ positions: POSITIONS, payloads: (p) => p.includes('alert') });
/** Firefox's share: every 14th page, about 30, spread over the three places and the payloads. */
const FIREFOX_SAMPLE = PAGES.filter((_, i) => i % 14 === 0);
const RUNS: Array<{ name: BrowserName; pages: HostilePage[]; parallel: number }> = [
  // Tabs worked on at once: the browser is one process per tab, the runner has two cores.
  { name: 'chromium', pages: PAGES, parallel: 3 },
  { name: 'firefox', pages: FIREFOX_SAMPLE, parallel: 2 },
];

interface AlertCall {
  kind: string;
  /** A trusted or page-dispatched event on a light-DOM element of the page caused it. */
  pageEvent: boolean;
  /** The reader's host was in the event's path. */
  viaReader: boolean;
  /** Where the call came from, for the failure message. */
  stack: string;
}

/** Runs in every frame's main world before any of its scripts. */
function recordAlerts() {
  const calls: AlertCall[] = [];
  Object.defineProperty(window, '__ledeAlerts', { value: calls });
  for (const kind of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, kind, {
      configurable: false,
      writable: false,
      value: () => {
        // window.event is undefined while a handler inside a shadow tree runs (DOM spec), and
        // for scripts and timers; for a page element's own handler it is the event.
        const ev = (window as unknown as { event?: Event }).event;
        const path = ev?.composedPath?.() ?? [];
        calls.push({
          kind,
          pageEvent: !!ev && path.length > 0,
          viaReader: path.some((n) => (n as Element).localName === 'lede-reader'),
          stack: (new Error().stack ?? '').split('\n').slice(2, 5).join(' | '),
        });
        return kind === 'confirm' ? false : null;
      },
    });
  }
}

describe.each(RUNS)('hostile pages in $name', ({ name, pages, parallel }) => {
  let driver: LedeDriver;
  let server: PageServer;
  const problems: string[] = [];
  const tolerated: string[] = [];
  let analysed = 0;
  let readerOpened = 0;
  let popupsShown = 0;
  /** Calls the pages' own payloads made while loading, before Lede acted: the recorder works. */
  let callsOnLoad = 0;
  const titlePages = pages.filter((p) => p.position === 'title').length;

  beforeAll(async () => {
    server = await servePages(Object.fromEntries(pages.map((p) => [`/${p.name}.html`, p.html])));
    // Nothing leaves the machine in this test: payloads point at example.org, html5sec.org…
    // Only the extension's own contexts are checked for requests here (see the last test).
    driver = await launchDriver(name, { initScript: recordAlerts, blockRemote: true, contentScriptRequests: false });
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function alertsIn(page: Surface): Promise<AlertCall[]> {
    return page.evaluate(() => [...((window as unknown as { __ledeAlerts?: AlertCall[] }).__ledeAlerts ?? [])]).catch(() => []);
  }

  /** One page through Lede; what went wrong with it. */
  async function tryPage(p: HostilePage): Promise<string[]> {
    const mine: string[] = [];
    let tab: Surface | undefined;
    try {
      const opened = await driver.openTab(server.url(`/${p.name}.html`));
      tab = opened;
      const { tabId } = opened;
      // Drivers inject helpers on first use, and one payload (a setter on Object.prototype)
      // calls alert when such a helper runs in the page's world: use the page once before the
      // baseline, so that what is counted after is what Lede did.
      await tab.waitFor(() => true);
      const before = (await alertsIn(tab)).length;
      callsOnLoad += before;

      const analysis = (await driver.askBackground({ type: 'lede/get-analysis', tabId })) as Analysis;
      analysed++;
      if (p.position === 'title' && analysis.status === 'ok') {
        // The real popup for this tab: the hostile headline on screen.
        const popup = await driver.openPopup(tabId);
        popupsShown++;
        // Firefox runs no init script in moz-extension documents (BiDi preload scripts skip them),
        // so there the popup rests on its CSP (script-src 'self'), the markup check below and the
        // real-dialog listener; Chromium records calls in the popup too, and must.
        if (name === 'chromium' && !(await popup.evaluate(() => '__ledeAlerts' in window))) mine.push(`${p.name}: no alert recorder in the popup`);
        const calls = await alertsIn(popup);
        if (calls.length) mine.push(`${p.name}: ${calls.length} alert calls in the popup`);
        if (await popup.evaluate(() => document.querySelectorAll('img, iframe, svg, script:not([src]), [onerror], [onload]').length)) {
          mine.push(`${p.name}: page markup in the popup`);
        }
        await popup.close();
      }
      if (analysis.status === 'ok') {
        const toggled = await driver.askBackground({ type: 'lede/toggle-reader', tabId });
        if (!('open' in toggled) || !toggled.open) mine.push(`${p.name}: reader did not open (${JSON.stringify(toggled)})`);
        await tab.waitFor(() => document.querySelector('lede-reader') !== null, undefined, 10_000);
        readerOpened++;
        // Let images in the reader fail to load and any handler that survived run.
        await new Promise((r) => setTimeout(r, 300));
      }
      const after = (await alertsIn(tab)).slice(before);
      for (const call of after) {
        if (call.pageEvent && !call.viaReader) tolerated.push(`${p.name}: the page's own ${call.kind} on a page event`);
        else mine.push(`${p.name}: ${call.kind} ${call.viaReader ? 'through the reader' : 'outside any page event'} after Lede acted (${call.stack})`);
      }
    } catch (err) {
      mine.push(`${p.name}: ${String(err).split('\n')[0]}`);
    } finally {
      await tab?.close().catch(() => {});
    }
    return mine;
  }

  /** A page whose own markup navigated it away mid-check (seen once in Chromium, a payload's
   *  form, 1 run in 4) is tried again in a fresh tab; twice in a row is a problem like any other. */
  const retried: string[] = [];
  async function tryPageTwice(p: HostilePage): Promise<void> {
    let mine = await tryPage(p);
    if (mine.length === 1 && /Execution context was destroyed/.test(mine[0])) {
      retried.push(p.name);
      mine = await tryPage(p);
    }
    problems.push(...mine);
  }

  it(`analyses, shows and opens in the reader ${pages.length} hostile pages without running their script`, async () => {
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        for (let p = queue.shift(); p; p = queue.shift()) await tryPageTwice(p);
      }),
    );
    if (retried.length) console.log(`hostile e2e (${name}): tried again after the page navigated itself: ${retried.join(', ')}`);
    console.log(
      `hostile e2e (${name}): ${pages.length} pages (${POSITIONS.join(', ')}), ${analysed} analysed, ${popupsShown} popups of ${titlePages} title pages, ` +
        `${readerOpened} readers opened, ${callsOnLoad} alert calls by the payloads on load, ` +
        `${tolerated.length} by the pages' own handlers after Lede acted (focus moves to the reader)`,
    );
    expect(problems).toEqual([]);
    expect(driver.dialogs).toEqual([]);
    expect(readerOpened).toBeGreaterThan(pages.length * 0.9);
    // A hostile headline still makes a story, shown in the popup.
    expect(popupsShown).toBeGreaterThan(titlePages * 0.9);
    // The recorder works: the pages' own payloads did call it while they loaded.
    expect(callsOnLoad).toBeGreaterThan(0);
  }, 600_000);

  it('made no request from extension contexts', async () => {
    // The background and extension pages only: the reader shows the article's own images (the
    // page already loaded them), and both browsers may file those loads under the content script.
    const fromExtension = (await driver.network.requests()).filter((r) => r.source === 'extension' && !r.url.startsWith(`${driver.extensionOrigin}/`));
    expect(fromExtension, describeSeen(fromExtension)).toEqual([]);
  });
});
