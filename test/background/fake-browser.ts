// A scriptable stand-in for the WebExtension API slice the background uses.
import type { BrowserLike } from '../../src/background/router';
import type { ContentRequest } from '../../src/shared/messages';

export const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

export interface FakeBrowser extends BrowserLike {
  urls: Map<number, string>;
  injected: number[];
  /** The files of each injection, in order. */
  files: string[][];
  sent: Array<{ tabId: number; message: ContentRequest; options?: { frameId?: number } }>;
  injectError?: Error;
  /** Injections of these files never settle (as Chromium's on a page it hides from us). */
  hangOn?: string;
  answer: (message: ContentRequest) => unknown;
  activeTab?: number;
}

export function fakeBrowser(answer: (message: ContentRequest) => unknown = () => undefined): FakeBrowser {
  const fake: FakeBrowser = {
    urls: new Map(),
    injected: [],
    files: [],
    sent: [],
    answer,
    runtime: { id: OWN_ID, getURL: (path: string) => OWN_ORIGIN + path },
    tabs: {
      get: async (tabId: number) => {
        if (!fake.urls.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tabId, url: fake.urls.get(tabId) };
      },
      query: async () => (fake.activeTab === undefined ? [] : [{ id: fake.activeTab, url: fake.urls.get(fake.activeTab) }]),
      sendMessage: async (tabId, message, options) => {
        fake.sent.push({ tabId, message, options });
        return fake.answer(message);
      },
    },
    scripting: {
      executeScript: async ({ target, files }) => {
        if (fake.injectError) throw fake.injectError;
        fake.injected.push(target.tabId);
        fake.files.push(files);
        if (fake.hangOn && files.includes(fake.hangOn)) await new Promise(() => undefined);
        return [];
      },
    },
  };
  return fake;
}

export const popupSender = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
