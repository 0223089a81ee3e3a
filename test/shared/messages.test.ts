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
