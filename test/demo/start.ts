// `npm start`: see Lede work on a bundled sample news page.
//   - With a display ($DISPLAY): opens Chromium with Lede loaded on the sample page and leaves it
//     to you (click the Lede button or press the shortcut); ends when you close the browser.
//   - Without one: runs headless, writes screenshots of the popup and the reader view to
//     .lede-out/, prints the title, summary and quotes, and exits.
// Options: --headless (even with a display), --out DIR (screenshot folder).
// Runs after `npm run build` (the start script does both).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { keyQuotes } from '../../src/core/key-quotes';
import { isArticle, type Analysis } from '../../src/core/types';
import { assertBuilt, DIST_DIR, launchTestExtension, launchWithExtension, REPO_ROOT } from '../e2e/lib/extension';
import { openPopup, readerState, tabIdFor } from '../e2e/lib/popup';
import { servePages } from '../e2e/lib/server';
import { ensurePackages } from '../tools/system-deps';

const SAMPLE_PATH = '/2021/11/03/former-afghan-officers-joining-is.html';

/** Debian's Chromium, installed on the spot when we are root and apt is there. */
function ensureChromium(): boolean {
  const result = ensurePackages(['chromium']);
  if (!result.ok) console.error(`Lede's demo needs Chromium: ${result.reason}. Or point LEDE_CHROMIUM at another Chromium build.`);
  return result.ok;
}

function printAnalysis(a: Analysis): void {
  if (!isArticle(a)) {
    console.log(`\nLede found no story: ${a.status}: ${a.message}`);
    return;
  }
  console.log(`\nTitle:   ${a.title}`);
  if (a.site || a.byline) console.log(`Source:  ${[a.site, a.byline].filter(Boolean).join(' · ')}`);
  console.log(`Length:  ${a.wordCount} words, ${a.readingMinutes} min read; ${a.removed.length} block(s) of clutter removed`);
  console.log('\nSummary:');
  a.summary.forEach((s, i) => console.log(`  ${i + 1}. ${s}`));
  console.log('\nKey quotes:');
  for (const q of keyQuotes(a.quotes)) console.log(`  “${q.text}”\n      — ${q.speaker ?? 'unattributed'}${q.role ? `, ${q.role}` : ''}`);
}

async function headless(sampleHtml: string, outDir: string): Promise<number> {
  const server = await servePages({ [SAMPLE_PATH]: sampleHtml });
  const browser = await launchTestExtension();
  try {
    const url = server.url(SAMPLE_PATH);
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdFor(browser, url);
    const { page: popup, analysis } = await openPopup(browser, tabId);
    mkdirSync(outDir, { recursive: true });
    const popupShot = join(outDir, 'popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true });
    printAnalysis(analysis);
    const shots = [popupShot];
    if (isArticle(analysis)) {
      await popup.getByRole('button', { name: /reader view/i }).click();
      await tab.waitForFunction(() => document.querySelector('lede-reader') !== null, undefined, { timeout: 10_000 });
      if (!(await readerState(browser, tabId)).open) throw new Error('the reader view did not report itself open');
      await tab.bringToFront();
      const readerShot = join(outDir, 'reader.png');
      await tab.screenshot({ path: readerShot });
      shots.push(readerShot);
    }
    console.log(`\nScreenshots: ${shots.map((s) => relative(process.cwd(), s) || s).join(', ')}`);
    console.log('(No display found, so this ran headless. With a display, `npm start` opens the browser for you.)');
    return isArticle(analysis) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function headed(sampleHtml: string): Promise<number> {
  const server = await servePages({ [SAMPLE_PATH]: sampleHtml });
  // The real package, unchanged: with a display you make the user gesture that grants activeTab.
  const browser = await launchWithExtension({ extensionDir: DIST_DIR, headless: false, viewport: null });
  const url = server.url(SAMPLE_PATH);
  const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
  await tab.goto(url);
  console.log(`\nChromium is open with Lede loaded, on a sample news page:\n  ${url}\n`);
  console.log('Try it:');
  console.log('  1. Click the puzzle-piece (Extensions) button in the toolbar and pin Lede, then click Lede:');
  console.log('     the popup shows the title, a 3–5 sentence summary and the key quotes with their speakers.');
  console.log('  2. Press "Reader view" in the popup, or Alt+Shift+Y on the page, for the story alone;');
  console.log('     Esc or the same shortcut brings the page back, scrolled where you left it.');
  console.log('  3. Note what is missing: the "Opinion" and "Editorial" teasers, "Published in Dawn…",');
  console.log('     the share bar, the newsletter box and the "Most read" list.');
  console.log('  Open any other http(s) page in this window to try Lede there.\n');
  console.log('Close the browser window (or press Ctrl+C here) to finish.');
  const finished = new Promise<void>((done) => {
    browser.context.once('close', () => done());
    process.once('SIGINT', () => done());
  });
  await finished;
  await browser.close();
  await server.close();
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { headless: { type: 'boolean', default: false }, out: { type: 'string', default: '.lede-out' } },
  });
  try {
    assertBuilt();
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  if (!ensureChromium()) return 1;
  const sampleHtml = readFileSync(join(import.meta.dirname, 'sample.html'), 'utf8');
  const withDisplay = Boolean(process.env.DISPLAY) && !values.headless;
  return withDisplay ? headed(sampleHtml) : headless(sampleHtml, resolve(REPO_ROOT, values.out!));
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`npm start failed: ${(err as Error)?.stack ?? err}`);
    process.exit(1);
  },
);
