import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isContentRequest, isFromOwnBackground, isFromOwnExtensionPage } from '../../src/shared/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('message shapes', () => {
  it('accepts the requests the popup sends', () => {
    expect(isBackgroundRequest({ type: 'lede/get-analysis', tabId: 3 })).toBe(true);
    expect(isBackgroundRequest({ type: 'lede/get-analysis', tabId: 3, refresh: true })).toBe(true);
    expect(isBackgroundRequest({ type: 'lede/show-quote', tabId: 0, quote: 2 })).toBe(true);
  });
  it('refuses malformed or unknown requests', () => {
    for (const bad of [null, 'lede/get-analysis', {}, { type: 'lede/get-analysis' }, { type: 'lede/get-analysis', tabId: -1 }, { type: 'lede/get-analysis', tabId: 1.5 }, { type: 'lede/get-analysis', tabId: '3' }, { type: 'lede/get-analysis', tabId: 3, refresh: 'yes' }, { type: 'lede/show-quote', tabId: 3, quote: 'x' }, { type: 'lede/show-quote', tabId: 3 }, { type: 'lede/show-quote', tabId: 3, quote: -1 }, { type: 'lede/analyze' }, { type: 'evil', tabId: 1 }]) {
      expect(isBackgroundRequest(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isContentRequest({ type: 'lede/get-analysis', tabId: 1 })).toBe(false);
    expect(isContentRequest({ type: 'lede/show-quote', quote: 'x' })).toBe(false);
    expect(isContentRequest({ type: 'lede/show-quote', quote: 0 })).toBe(true);
    expect(isContentRequest({ type: 'lede/analyze' })).toBe(true);
  });
});

describe('sender checks', () => {
  it('trusts our own pages, the popup opened as a tab included', () => {
    expect(isFromOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isFromOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html?tab=4`, tab: { id: 9 } }, ID, ORIGIN)).toBe(true);
  });
  it('refuses content scripts, web pages and other extensions', () => {
    // A content script of ours: our id, but the page's URL.
    expect(isFromOwnExtensionPage({ id: ID, url: 'https://news.example/story', tab: { id: 4 } }, ID, ORIGIN)).toBe(false);
    // A page that names our origin in a path cannot pass a prefix check on the real origin.
    expect(isFromOwnExtensionPage({ id: ID, url: `https://evil.example/${ORIGIN}` }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnExtensionPage({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnExtensionPage({ url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isFromOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html` }, ID, '')).toBe(false);
  });
  it('content scripts only obey our background', () => {
    expect(isFromOwnBackground({ id: ID }, ID)).toBe(true);
    expect(isFromOwnBackground({ id: ID, tab: { id: 2 } }, ID)).toBe(false);
    expect(isFromOwnBackground({ id: 'other' }, ID)).toBe(false);
  });
});

describe('forged senders, every request type', () => {
  const background = [
    { type: 'lede/get-analysis', tabId: 1 },
    { type: 'lede/toggle-reader', tabId: 1 },
    { type: 'lede/show-quote', tabId: 1, quote: 0 },
  ];
  const content = [{ type: 'lede/analyze' }, { type: 'lede/toggle-reader' }, { type: 'lede/show-quote', quote: 0 }, { type: 'lede/reader-state' }];
  const notOurPages = [
    { id: 'otherextensionotherextensionothe', url: 'chrome-extension://otherextensionotherextensionothe/popup.html' },
    { id: 'otherextensionotherextensionothe', url: `${ORIGIN}popup.html` },
    { url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 },
    { id: ID, url: 'https://news.example/story', tab: { id: 1 }, frameId: 0 },
    { id: ID, url: 'https://news.example/story', tab: { id: 2 }, frameId: 0 },
    { id: ID, url: `chrome-extension://${ID}evil/popup.html` },
    { id: ID, url: ORIGIN.slice(0, -1) + '.evil.example/' },
    {},
  ];

  it('every background request shape is valid, yet none passes the sender check unless from our pages', () => {
    for (const request of background) {
      expect(isBackgroundRequest(request)).toBe(true);
      for (const sender of notOurPages) expect(isFromOwnExtensionPage(sender, ID, ORIGIN), JSON.stringify(sender)).toBe(false);
    }
  });

  it('content scripts obey only our background: not pages, not other extensions, not our own content scripts', () => {
    for (const request of content) {
      expect(isContentRequest(request)).toBe(true);
      // sender.id is set by the browser, never by the sender: only our own contexts carry ID, and
      // of those only content scripts (which the check refuses) carry a tab.
      const forged = [...notOurPages.filter((s) => s.id !== ID || 'tab' in s), { id: ID, tab: { id: 1 } }, { id: 'otherextensionotherextensionothe' }, { tab: undefined }];
      expect(forged.length).toBeGreaterThan(6);
      for (const sender of forged) {
        expect(isFromOwnBackground(sender, ID), JSON.stringify(sender)).toBe(false);
      }
    }
  });

  it('data a page posts with window.postMessage has no sender at all, so even a perfect shape is refused', () => {
    const posted = { type: 'lede/toggle-reader', analysis: { status: 'ok', title: 'Forged', html: '<img src=x onerror=alert(1)>' } };
    expect(isContentRequest(posted)).toBe(true);
    expect(isFromOwnBackground({}, ID)).toBe(false);
  });
});
