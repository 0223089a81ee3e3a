// The web stores' images, made from the real extension in Chromium on the sample article
// (test/e2e/pages/seed-article.html), written to test-results/store/ under the names the
// packaging step copies into the store package:
// - screenshot-popup-1280x800.png: the page with Lede's popup for it at the top right, composed
//   (test/e2e/store/popup-over-page.html) from a real screenshot of the page and one of the popup;
// - screenshot-reader-1280x800.png: the reader view over the page, as the browser shows it;
// - tile-440x280.png: the small promo tile (test/e2e/store/tile.html: icon, name, tagline).
// Needs `npm run build` and /usr/bin/chromium (see .ci/run).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDriver, type LedeDriver, type TestTab } from './lib/driver';
import { REPO_ROOT } from './lib/extension';
import { servePages, type PageServer, type TypedPage } from './lib/server';

const STORE = join(REPO_ROOT, 'test-results', 'store');
const PARTS = join(REPO_ROOT, 'test-results', 'screenshots', 'chromium');
const here = (...p: string[]) => join(import.meta.dirname, ...p);
const png = (path: string): TypedPage => ({ body: readFileSync(path), type: 'image/png' });

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${path} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('store images (Chromium)', () => {
  let driver: LedeDriver;
  let server: PageServer;
  /** Served files; the two screenshots are added once taken (the server reads this at request time). */
  const files: Record<string, string | TypedPage> = {
    '/story.html': readFileSync(here('pages', 'seed-article.html'), 'utf8'),
    '/compose.html': readFileSync(here('store', 'popup-over-page.html'), 'utf8'),
    '/tile.html': readFileSync(here('store', 'tile.html'), 'utf8'),
    '/icon-128.png': png(join(REPO_ROOT, 'public', 'icons', 'icon-128.png')),
  };
  let story: TestTab;

  beforeAll(async () => {
    mkdirSync(STORE, { recursive: true });
    mkdirSync(PARTS, { recursive: true });
    server = await servePages(files);
    driver = await launchDriver('chromium');
    story = await driver.openTab(server.url('/story.html'));
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('screenshot-popup-1280x800.png: the page with the real popup at the top right', async () => {
    // The parts go beside the other screenshots: everything in test-results/store/ is packaged.
    const pageShot = join(PARTS, 'store-part-page.png');
    const popupShot = join(PARTS, 'store-part-popup.png');
    await story.bringToFront();
    await story.screenshot(pageShot);
    // A browser popup is as wide as the popup's body (380 px) and at most 600 px high.
    const popup = await driver.openPopup(story.tabId, { width: 380, height: 600 });
    expect(popup.analysis.status).toBe('ok');
    // The popup focuses its Reader view button; a click in a real popup would not show the ring.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.screenshot(popupShot);
    await popup.close();
    files['/page.png'] = png(pageShot);
    files['/popup.png'] = png(popupShot);

    const compose = await driver.openTab(server.url('/compose.html'));
    await compose.waitFor(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    expect(await compose.evaluate(() => [...document.images].map((i) => `${i.naturalWidth}x${i.naturalHeight}`))).toEqual(['1280x800', '380x600']);
    const out = join(STORE, 'screenshot-popup-1280x800.png');
    await compose.screenshot(out);
    await compose.close();
    expect(pngSize(out)).toEqual({ width: 1280, height: 800 });
  });

  it('screenshot-reader-1280x800.png: the reader view over the page', async () => {
    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: story.tabId })).toEqual({ open: true });
    await story.waitFor(() => document.querySelector('lede-reader') !== null);
    expect(await story.readerHtml()).toContain('Former Afghan intelligence officers');
    await story.bringToFront();
    const out = join(STORE, 'screenshot-reader-1280x800.png');
    await story.screenshot(out);
    expect(pngSize(out)).toEqual({ width: 1280, height: 800 });
    expect(await driver.askBackground({ type: 'lede/toggle-reader', tabId: story.tabId })).toEqual({ open: false });
  });

  it('tile-440x280.png: icon, name and tagline', async () => {
    const tile = await driver.openTab(server.url('/tile.html'));
    await tile.waitFor(() => document.images[0]?.complete && document.images[0].naturalWidth === 128);
    const out = join(STORE, 'tile-440x280.png');
    await tile.screenshot(out, { clip: { x: 0, y: 0, width: 440, height: 280 } });
    await tile.close();
    expect(pngSize(out)).toEqual({ width: 440, height: 280 });
  });

  it('pngSize reads real dimensions and refuses what is not a PNG', () => {
    expect(pngSize(join(REPO_ROOT, 'public', 'icons', 'icon-128.png'))).toEqual({ width: 128, height: 128 });
    expect(() => pngSize(here('store', 'tile.html'))).toThrow(/not a PNG/);
  });
});
