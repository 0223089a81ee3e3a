// The popup's entry: the only popup file that touches the extension API. Everything it renders
// is in components/ (pure) and controller.ts (the logic, with `send` injected).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './components/App';
import { tabFromSearch, type PopupDeps, type Send } from './controller';
import { localizeDocument } from './document';
import './popup.css';

localizeDocument(document);

const explicitTab = tabFromSearch(location.search);

const deps: PopupDeps = {
  send: ((request) => browser.runtime.sendMessage(request)) as Send,
  resolveTabId: async () => {
    if (explicitTab !== undefined) return explicitTab;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  // Opened as a tab (?tab=ID, for tests) the page stays, so its result can be checked.
  closeWindow: explicitTab === undefined ? () => window.close() : undefined,
  // A click in the popup is a user gesture: writeText needs no clipboard permission then.
  copyText: navigator.clipboard ? (text) => navigator.clipboard.writeText(text) : undefined,
};

render(<App deps={deps} />, document.getElementById('app')!);
