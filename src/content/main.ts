// The content script (a classic IIFE, isolated world), injected by the background on demand.
// Thin: the request logic is in controller.ts, the analysis in the core, the view in src/reader.
import browser from 'webextension-polyfill';
import { analyze } from '../core/analyze';
import { isContentRequest, isFromOwnBackground } from '../shared/messages';
import { openReader } from '../reader/reader';
import { pdfFailure } from '../shared/restricted';
import { pageCopy } from './clone';
import { createContentController, installOnce, settle } from './controller';

installOnce(globalThis, '__ledeContentScriptInstalled', () => {
  const controller = createContentController({
    // A copy: Readability mutates what it parses, and the page must stay untouched. The copy
    // carries open shadow roots, where web components keep their text, and makes paragraphs of
    // a text file (clone.ts).
    analyze: () =>
      document.contentType === 'application/pdf'
        ? pdfFailure()
        : analyze(pageCopy(document), { url: location.href }),
    currentUrl: () => location.href,
    openReader: (article, onClosed, scrollToQuote, restore) =>
      openReader(document, article, { onClose: onClosed, scrollToQuote, ...restore }),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isContentRequest(message) || !isFromOwnBackground(sender, browser.runtime.id)) return undefined;
    return settle(controller.handle(message), controller);
  });
});
