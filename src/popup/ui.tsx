// The popup's UI, loaded by main.ts once the first request is on its way: the only popup file
// that touches the extension API through the polyfill. Everything it renders is in components/
// (pure) and controller.ts (the logic, with `send` injected).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './components/App';
import type { PopupDeps, Send } from './controller';
import { localizeDocument } from './document';
import type { EarlyRequest } from './early';
import { tabFromSearch } from './tab';

export function mount(early: EarlyRequest): void {
  localizeDocument(document);
  const explicitTab = tabFromSearch(location.search);
  const deps: PopupDeps = {
    send: ((request) => browser.runtime.sendMessage(request)) as Send,
    resolveTabId: () => early.tabId,
    firstAnswer: early.firstAnswer,
    // Opened as a tab (?tab=ID, for tests) the page stays, so its result can be checked.
    closeWindow: explicitTab === undefined ? () => window.close() : undefined,
    // A click in the popup is a user gesture: writeText needs no clipboard permission then.
    copyText: navigator.clipboard ? (text) => navigator.clipboard.writeText(text) : undefined,
  };
  render(<App deps={deps} />, document.getElementById('app')!);
}
