import { describe, expect, it } from 'vitest';
import { injectionFailure, isRestrictedError, pdfFailure, restrictedFailure, restrictedReason } from '../../src/shared/restricted';

describe('restrictedReason', () => {
  it.each([
    'chrome://settings/',
    'edge://extensions/',
    'about:addons',
    'about:blank',
    'chrome-extension://someotherextensionid/page.html',
    'moz-extension://4b1c/options.html',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'view-source:https://example.com/',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
  ])('refuses %s before trying', (url) => {
    expect(restrictedReason(url)).toMatch(/\w.*\./);
    expect(restrictedFailure(url)?.status).toBe('restricted-page');
  });

  it.each(['https://www.dawn.com/news/1655396', 'http://127.0.0.1:8080/story.html', 'file:///home/me/story.html', 'https://chrome.google.com/search'])(
    'lets %s be tried',
    (url) => {
      expect(restrictedReason(url)).toBeNull();
    },
  );

  it('tells the user what to do on each kind of page', () => {
    expect(restrictedReason('view-source:https://a.example/')).toMatch(/Open the page itself/);
    expect(restrictedReason('https://addons.mozilla.org/')).toMatch(/stores/);
    expect(restrictedReason('chrome://newtab/')).toMatch(/browser’s own pages/);
  });

  it('ignores missing and unparsable URLs', () => {
    expect(restrictedReason(undefined)).toBeNull();
    expect(restrictedReason('not a url')).toBeNull();
  });
});

describe('injectionFailure', () => {
  it('recognises the browsers’ refusal messages', () => {
    expect(isRestrictedError(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'))).toBe(true);
    expect(isRestrictedError(new Error('Cannot access a chrome:// URL'))).toBe(true);
    expect(isRestrictedError(new Error('The extensions gallery cannot be scripted.'))).toBe(true);
    expect(isRestrictedError(new Error('Missing host permission for the tab'))).toBe(true);
    expect(isRestrictedError(new Error('No tab with id: 5.'))).toBe(false);
  });

  it('explains file:// without access', () => {
    const f = injectionFailure(new Error('Cannot access contents of url "file:///tmp/a.html".'), 'file:///tmp/a.html');
    expect(f.status).toBe('restricted-page');
    expect(f.message).toMatch(/Allow access to file URLs/);
    expect(f.detail).toMatch(/Cannot access/);
  });

  it('explains a PDF shown in the viewer', () => {
    const f = injectionFailure(new Error('Cannot access contents of the page.'), 'https://example.com/report.pdf');
    expect(f).toMatchObject({ status: 'restricted-page', message: expect.stringMatching(/PDF/) });
  });

  it('falls back to a general sentence when the URL is unknown', () => {
    const f = injectionFailure(new Error('Cannot access contents of the page.'), undefined);
    expect(f).toMatchObject({ status: 'restricted-page', message: expect.stringMatching(/does not let extensions read/) });
  });

  it('turns other errors into internal failures with the detail kept', () => {
    const f = injectionFailure(new Error('No tab with id: 5.'), 'https://example.com/');
    expect(f).toEqual({ status: 'internal', code: 'start-failed', message: expect.any(String), detail: 'No tab with id: 5.' });
  });
});

describe('pdfFailure', () => {
  it('tells the reader to open the web page, not the PDF', () => {
    expect(pdfFailure()).toEqual({ status: 'restricted-page', code: 'pdf', message: expect.stringMatching(/not PDF files/) });
  });
});
