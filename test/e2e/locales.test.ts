// The built extension in Debian's Chromium started in Arabic, German and Urdu: the popup and the
// reader speak the browser's language (messages from dist/_locales), the right-to-left popups and the
// reader's controls are laid out right to left while the English story stays left to right, and
// the manifest's command description is localised. Screenshots in test-results/screenshots/.
// Needs `npm run build` and /usr/bin/chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, launchTestExtension, REPO_ROOT, type LedeBrowser } from './lib/extension';
import { askBackground, openPopup, tabIdFor } from './lib/popup';
import { servePages, type PageServer } from './lib/server';

/** chrome.* inside evaluate() callbacks: they run in the browser, where `chrome` exists. */
declare const chrome: {
  i18n: { getUILanguage(): string };
  commands: { getAll(): Promise<Array<{ name?: string; description?: string }>> };
};

const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(DIST_DIR, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

let server: PageServer;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const page = (name: string) => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
  server = await servePages({ '/story.html': page('seed-article.html'), '/signin.html': page('no-article.html') });
});
afterAll(async () => {
  await server?.close();
});

describe.each([
  ['ar', 'rtl'],
  ['de', 'ltr'],
  ['ur', 'rtl'],
])('Chromium in %s', (locale, dir) => {
  let browser: LedeBrowser;
  const words = messages(locale);
  beforeAll(async () => {
    browser = await launchTestExtension(DIST_DIR, locale);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`shows the popup in ${locale}, laid out ${dir}, the story in its own language`, async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/story.html'));
    const tabId = await tabIdFor(browser, server.url('/story.html'));
    const { page: popup, analysis } = await openPopup(browser, tabId);
    expect(analysis.status).toBe('ok');
    const state = await popup.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      ui: chrome.i18n.getUILanguage(),
      title: document.title,
      titleLang: document.querySelector('h1.title')?.getAttribute('lang'),
      buttonSide: (() => {
        const b = document.querySelector('button.primary')!.getBoundingClientRect();
        const c = document.querySelector('button.secondary')!.getBoundingClientRect();
        return b.left < c.left ? 'primary-left' : 'primary-right';
      })(),
    }));
    expect(state).toMatchObject({ dir, lang: locale, titleLang: 'en' });
    expect(state.ui.startsWith(locale)).toBe(true);
    // The primary button comes first in reading order: on the right in Arabic.
    expect(state.buttonSide).toBe(dir === 'rtl' ? 'primary-right' : 'primary-left');
    await popup.getByRole('button', { name: words.reader_open_button.message }).waitFor();
    await popup.getByRole('heading', { name: words.summary_heading.message }).waitFor();
    await popup.screenshot({ path: join(SHOTS, `popup-${locale}.png`), fullPage: true });

    // The reader: its controls in the user's language and direction, the story in its own.
    expect(await askBackground(popup, { type: 'lede/toggle-reader', tabId })).toEqual({ open: true });
    await tab.bringToFront();
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: join(SHOTS, `reader-${locale}.png`) });
    // The end of the story: the removed list, Lede's words in the user's language and direction.
    await tab.keyboard.press('End');
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: join(SHOTS, `reader-${locale}-end.png`) });
    expect(await askBackground(popup, { type: 'lede/toggle-reader', tabId })).toEqual({ open: false });
    await tab.close();
    await popup.close();
  });

  it(`says “no story here”, what the page is and what to do in ${locale}`, async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/signin.html'));
    const { page: popup, analysis } = await openPopup(browser, await tabIdFor(browser, server.url('/signin.html')));
    expect(analysis.status).toBe('no-article');
    // A sign-in page (kind.ts): the page's kind and what to do about it, in the UI's language.
    await popup.getByRole('heading', { name: words.status_no_article_heading.message }).waitFor();
    expect(await popup.locator('.reason').innerText()).toBe(words.failure_login_page.message);
    expect(await popup.locator('.advice').innerText()).toBe(words.failure_login_page_advice.message);
    await popup.setViewportSize({ width: 380, height: 260 });
    await popup.screenshot({ path: join(SHOTS, `popup-${locale}-no-story.png`) });
    await tab.close();
    await popup.close();
  });

  it(`names the keyboard command in ${locale}`, async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-reader')?.description).toBe(words.command_toggle_reader.message);
  });
});
