// The popup in a real browser: how long a person waits, from asking for the popup to the frame
// that shows the story's title and summary, against a bare Readability popup measured in the same
// run on the same pages (issue 22's measurement). Chromium and Firefox ESR, each driven as the
// e2e suites drive them (test/e2e/lib: the built extension's test copy, which may read
// http://127.0.0.1, with the bare popup's files added to it; pages' requests elsewhere refused
// where the driver can refuse them).
//
// Per page, in a tab of its own (the page loaded first, as a reader's is):
//   Lede, first open   a new tab on popup.html?tab=ID; the background injects the content script,
//                      which reads the page; the popup renders the answer.
//   Lede, second open  the same again: the background's cache answers.
//   bare Readability   a new tab on a page added to the test copy only (bench-bare.html): it
//                      injects Readability.js into the page, parses a clone of it there, and shows
//                      the title. No background, no analysis beyond Readability's: the least any
//                      reader-mode popup can do.
// Which of Lede and the bare popup goes first alternates page by page. Time runs from just before
// the tab is asked for (the Node clock) to the popup's own User Timing mark (ANSWER_SHOWN_MARK, on
// the page's clock; both are the machine's clock), set in a task after the frame that first shows
// the answer: requestAnimationFrame runs before that frame's paint, the task after it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchDriver, type BrowserName, type LedeDriver, type TestTab } from '../e2e/lib/driver';
import { CHROMIUM_PATH, DIST_DIR } from '../e2e/lib/extension';
import { FIREFOX_PATH } from '../e2e/lib/firefox';
import { servePages } from '../e2e/lib/server';
import { ANSWER_SHOWN_MARK } from '../../src/popup/marks';

export interface BrowserRun {
  browser: string;
  pages: number;
  first: number[];
  second: number[];
  bare: number[];
  /** Pages where a popup gave no answer in time, with why. */
  problems: string[];
}

/** What the bench says when it cannot run the browser section (no browser, no build). */
export class BrowserSkipped extends Error {}

/** The bare popup: Readability in the page, the title in the popup. */
const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bare</title></head><body><h1>…</h1><script src="bench-bare.js"></script></body></html>`;
const BARE_JS = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  await api.scripting.executeScript({ target: { tabId }, files: ['bench-readability.js'] });
  const [{ result }] = await api.scripting.executeScript({
    target: { tabId },
    func: () => {
      const article = new Readability(document.cloneNode(true)).parse();
      return article ? { title: article.title, excerpt: article.excerpt } : null;
    },
  });
  document.querySelector('h1').textContent = (result && result.title) || 'No story';
  requestAnimationFrame(() => setTimeout(() => performance.mark('${ANSWER_SHOWN_MARK}')));
})();`;

/** Opens `path` (an extension page) in a new tab and returns the time from just before the tab
 *  was asked for to the page's ANSWER_SHOWN_MARK, on the machine's clock. */
async function openAndTime(driver: LedeDriver, path: string, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  const page = await driver.openExtensionPage(path);
  try {
    await page.waitFor((mark) => performance.getEntriesByName(mark).length > 0, ANSWER_SHOWN_MARK, timeoutMs);
    const shownAt = await page.evaluate((mark) => performance.timeOrigin + performance.getEntriesByName(mark)[0].startTime, ANSWER_SHOWN_MARK);
    return shownAt - t0;
  } finally {
    await page.close();
  }
}

/** Every `step`th page of `dir` (a corpus set's pages/ folder), as served HTML. */
function samplePages(dir: string, step: number): Array<{ name: string; html: string }> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  return files.filter((_, i) => i % step === 0).map((f) => ({ name: f, html: readFileSync(join(dir, f), 'utf8') }));
}

const BROWSER_PATHS: Record<BrowserName, string> = { chromium: CHROMIUM_PATH, firefox: FIREFOX_PATH };

export async function runBrowserBench(name: BrowserName, opts: { pagesDir: string; step: number; repoRoot: string }): Promise<BrowserRun> {
  if (!existsSync(BROWSER_PATHS[name])) throw new BrowserSkipped(`no ${name} at ${BROWSER_PATHS[name]} (npm run test:all installs it)`);
  if (!existsSync(join(DIST_DIR, 'content.js'))) throw new BrowserSkipped('dist/ is not built (npm run build)');

  const pages = samplePages(opts.pagesDir, opts.step);
  const server = await servePages(Object.fromEntries(pages.map((p) => [`/${p.name}`, p.html])));
  const driver = await launchDriver(name, {
    blockRemote: true,
    contentScriptRequests: false,
    extraFiles: {
      'bench-bare.html': BARE_HTML,
      'bench-bare.js': BARE_JS,
      'bench-readability.js': readFileSync(join(opts.repoRoot, 'node_modules/@mozilla/readability/Readability.js'), 'utf8'),
    },
  });
  const run: BrowserRun = { browser: name === 'chromium' ? 'Chromium' : 'Firefox ESR', pages: 0, first: [], second: [], bare: [], problems: [] };
  try {
    // Warm-up: the browser's and the extension's first start are nobody's first click.
    const warm = await driver.openTab(server.url(`/${pages[0].name}`));
    await openAndTime(driver, `popup.html?tab=${warm.tabId}`, 20_000).catch(() => 0);
    await openAndTime(driver, `bench-bare.html?tab=${warm.tabId}`, 20_000).catch(() => 0);
    await warm.close();

    for (const [i, p] of pages.entries()) {
      let tab: TestTab | undefined;
      try {
        const url = server.url(`/${p.name}`);
        tab = await driver.openTab(url);
        const tabId = tab.tabId;
        const times: { first?: number; second?: number; bare?: number } = {};
        const lede = async () => {
          times.first = await openAndTime(driver, `popup.html?tab=${tabId}`, 20_000);
          times.second = await openAndTime(driver, `popup.html?tab=${tabId}`, 20_000);
        };
        const bare = async () => void (times.bare = await openAndTime(driver, `bench-bare.html?tab=${tabId}`, 20_000));
        if (i % 2 === 0) {
          await lede();
          await bare();
        } else {
          await bare();
          await lede();
        }
        // A page whose script took it elsewhere meanwhile (to an address refused here, which
        // leaves an error page) was not the same page for both popups: not counted.
        const now = await tab.evaluate(() => location.href);
        if (now !== url) {
          run.problems.push(`${p.name}: the page moved itself to ${now} during the runs, not counted`);
          continue;
        }
        run.first.push(times.first!);
        run.second.push(times.second!);
        run.bare.push(times.bare!);
        run.pages++;
      } catch (err) {
        run.problems.push(`${p.name}: ${String(err).split('\n')[0]}`);
      } finally {
        await tab?.close().catch(() => {});
      }
    }
  } finally {
    await driver.close();
    await server.close();
  }
  return run;
}
