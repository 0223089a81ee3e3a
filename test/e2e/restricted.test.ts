// Pages the browser does not let extensions script, in the real Chromium: the popup must say what
// happened and what the user can do, never spin or show a raw error. What Chromium does here (the
// URL it lets Lede see, the error executeScript throws) is what these tests pin; the sentences for
// pages not reachable offline (the web stores) are unit-tested in test/shared/restricted.test.ts.
// Needs `npm run build` and /usr/bin/chromium.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestExtension, type LedeBrowser } from './lib/extension';
import { describeRequests, recordNetwork, type NetworkLog } from './lib/network';
import { activeTabId, openPopup } from './lib/popup';
import { servePages, type PageServer } from './lib/server';

let browser: LedeBrowser;
let network: NetworkLog;
let server: PageServer;
let pdfUrl: string;
let fileDir: string;
let fileUrl: string;

/** The smallest valid one-page PDF, so Chromium opens its viewer. */
const PDF = `%PDF-1.1
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

beforeAll(async () => {
  server = await servePages({
    '/report.pdf': { body: PDF, type: 'application/pdf' },
    '/story.html': '<!doctype html><title>Story</title><h1>A story</h1><p>Its source is what view-source shows.</p>',
  });
  pdfUrl = server.url('/report.pdf');
  fileDir = await mkdtemp(join(tmpdir(), 'lede-file-'));
  await writeFile(join(fileDir, 'story.html'), '<!doctype html><title>A story on disk</title><h1>A story on disk</h1><p>Saved for later.</p>');
  fileUrl = `file://${join(fileDir, 'story.html')}`;
  browser = await launchTestExtension();
  network = recordNetwork(browser);
}, 60_000);

afterAll(async () => {
  await network?.stop();
  await browser?.close();
  await server?.close();
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

/** Opens `url` in a tab in front (the popup reads the active tab, as when the user clicks). */
async function openTab(url: string): Promise<{ tab: Page; tabId: number }> {
  const tab = await browser.context.newPage();
  // Some of these never report a finished navigation to Playwright: wait for the tab, not for that.
  await Promise.race([tab.goto(url).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await tab.bringToFront();
  return { tab, tabId: await activeTabId(browser) };
}

const CASES: Array<[string, () => string, RegExp]> = [
  ['a browser page (chrome://version)', () => 'chrome://version/', /browser’s own pages|does not let extensions read this kind of page/],
  ['the extensions page (chrome://extensions)', () => 'chrome://extensions/', /browser’s own pages|does not let extensions read this kind of page/],
  // Chromium hides the address of a source view from Lede (no permission for it): the general
  // sentence, which also covers a file on disk.
  ['a source view (view-source:)', () => `view-source:${pdfUrl.replace('report.pdf', 'story.html')}`, /source view|does not let extensions read this kind of page/],
  ['a PDF in the browser’s viewer', () => pdfUrl, /PDF/],
  ['a file:// page without “Allow access to file URLs”', () => fileUrl, /Allow access to file URLs/],
];

describe('restricted pages', () => {
  it.each(CASES)('%s: the popup explains and says what to do', async (_name, url, advice) => {
    const { tab, tabId } = await openTab(url());
    const { page: popup, analysis, text } = await openPopup(browser, tabId);
    expect(analysis, JSON.stringify(analysis)).toMatchObject({ status: 'restricted-page' });
    expect(text).toMatch(/Lede can’t read this page/);
    expect(text).toMatch(advice);
    // A sentence for people: what to open instead, or what to switch on.
    expect(text).toMatch(/Open |turn on/);
    // No spinner left, no retry that cannot help, no summary or reader button.
    expect(await popup.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await popup.getByRole('button', { name: /try again|reader view/i }).count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('made no request from any extension context', () => {
    // The browser's own pages and its PDF viewer load their own resources in the tab: none of
    // that is Lede's. Requests from Lede's worker, pages and content script are all that count.
    const unexpected = network.unexpected({ pages: [pdfUrl, fileUrl] }).filter((r) => r.source !== 'page');
    expect(network.requests.some((r) => r.url === pdfUrl)).toBe(true);
    expect(unexpected, describeRequests(unexpected)).toEqual([]);
  });
});
