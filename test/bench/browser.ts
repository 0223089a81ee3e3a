// The popup in a real browser: how long a person waits, from asking for the popup to the frame
// that shows the story's title and summary, against a bare Readability popup measured in the same
// run on the same pages (issue 22's measurement). Chromium, with the built extension (a test copy
// of dist/ that may read http://127.0.0.1, as the e2e suites load it).
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
// the tab is asked for (the Node clock) to a task after the frame in which the popup's answer was
// put in its DOM (the page's clock; both are the machine's clock): requestAnimationFrame runs
// before that frame's paint, and the task after it runs once the frame is out.
import { copyFile, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, DIST_DIR, launchWithExtension, makeTestCopy } from '../e2e/lib/extension';
import { tabIdFor } from '../e2e/lib/popup';
import { servePages } from '../e2e/lib/server';

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

/** Marks, in Lede's popup, the end of the frame that first shows an answer (a story or a
 *  failure). Source text, not a function: the test runner's transform would name the function's
 *  inner closures with a helper the browser does not have. */
export const MARK_ANSWER_SHOWN = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  const watch = new MutationObserver(() => {
    if (!document.querySelector('main.state.article, main.state.failure')) return;
    watch.disconnect();
    window.__quotesPending = !!document.querySelector('[aria-busy="true"]');
    requestAnimationFrame(() => setTimeout(() => (window.__shownAt = performance.timeOrigin + performance.now())));
  });
  watch.observe(document, { subtree: true, childList: true });
})();`;

/** The bare popup: Readability in the page, the title in the popup. */
const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bare</title></head><body><h1>…</h1><script src="bench-bare.js"></script></body></html>`;
const BARE_JS = `(async () => {
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  await chrome.scripting.executeScript({ target: { tabId }, files: ['bench-readability.js'] });
  const [{ result }] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => {
      const article = new Readability(document.cloneNode(true)).parse();
      return article ? { title: article.title, excerpt: article.excerpt } : null;
    },
  });
  document.querySelector('h1').textContent = (result && result.title) || 'No story';
  requestAnimationFrame(() => setTimeout(() => (window.__shownAt = performance.timeOrigin + performance.now())));
})();`;

async function openAndTime(newPage: () => Promise<Page>, url: string, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  const page = await newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: timeoutMs, polling: 10 });
    const shownAt = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
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

export async function runBrowserBench(opts: { pagesDir: string; step: number; repoRoot: string }): Promise<BrowserRun> {
  if (!existsSync(CHROMIUM_PATH)) throw new BrowserSkipped(`no Chromium at ${CHROMIUM_PATH} (npm run test:all installs it)`);
  if (!existsSync(join(DIST_DIR, 'content.js'))) throw new BrowserSkipped('dist/ is not built (npm run build)');

  const pages = samplePages(opts.pagesDir, opts.step);
  const server = await servePages(Object.fromEntries(pages.map((p) => [`/${p.name}`, p.html])));
  const extensionDir = await makeTestCopy();
  await writeFile(join(extensionDir, 'bench-bare.html'), BARE_HTML);
  await writeFile(join(extensionDir, 'bench-bare.js'), BARE_JS);
  await copyFile(join(opts.repoRoot, 'node_modules/@mozilla/readability/Readability.js'), join(extensionDir, 'bench-readability.js'));
  const b = await launchWithExtension({ extensionDir, headless: true, removeExtensionDir: true });
  const run: BrowserRun = { browser: `Chromium ${b.context.browser()?.version() ?? ''}`.trim(), pages: 0, first: [], second: [], bare: [], problems: [] };
  try {
    await b.context.addInitScript({ content: MARK_ANSWER_SHOWN });
    // Nothing leaves the machine: the pages' own requests to the outside are refused at once.
    await b.context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/, (route) => route.abort());
    const newPage = () => b.context.newPage();
    // Warm-up: the browser's and the extension's first start are nobody's first click.
    const warm = await newPage();
    await warm.goto(server.url(`/${pages[0].name}`));
    const warmTab = await tabIdFor(b, warm.url());
    await openAndTime(newPage, `${b.extensionOrigin}/popup.html?tab=${warmTab}`, 20_000).catch(() => 0);
    await openAndTime(newPage, `${b.extensionOrigin}/bench-bare.html?tab=${warmTab}`, 20_000).catch(() => 0);
    await warm.close();

    for (const [i, p] of pages.entries()) {
      const tab = await newPage();
      try {
        await tab.goto(server.url(`/${p.name}`), { waitUntil: 'load', timeout: 15_000 });
        const tabId = await tabIdFor(b, tab.url());
        const lede = async () => {
          const first = await openAndTime(newPage, `${b.extensionOrigin}/popup.html?tab=${tabId}`, 20_000);
          const second = await openAndTime(newPage, `${b.extensionOrigin}/popup.html?tab=${tabId}`, 20_000);
          run.first.push(first);
          run.second.push(second);
        };
        const bare = async () => run.bare.push(await openAndTime(newPage, `${b.extensionOrigin}/bench-bare.html?tab=${tabId}`, 20_000));
        if (i % 2 === 0) {
          await lede();
          await bare();
        } else {
          await bare();
          await lede();
        }
        run.pages++;
      } catch (err) {
        run.problems.push(`${p.name}: ${String(err).split('\n')[0]}`);
      } finally {
        await tab.close().catch(() => {});
      }
    }
  } finally {
    await b.close();
    await server.close();
  }
  return run;
}
