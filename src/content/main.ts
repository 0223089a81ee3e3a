// The content script (a classic IIFE, isolated world), injected by the background on demand.
// Thin: the request logic is in controller.ts, the analysis in the core, the view in src/reader.
import browser from 'webextension-polyfill';
import { analyzeInSlicesWith } from '../core/pipeline';
import { isContentRequest, isFromOwnBackground } from '../shared/messages';
import { openReader } from '../reader/reader';
import { builtin } from '../core/safe-dom';
import { pdfFailure } from '../shared/restricted';
import { pageCopy } from './clone';
import { createContentController, installOnce, settle } from './controller';
import { quoteFinder } from './quote-finder';

installOnce(globalThis, '__ledeContentScriptInstalled', () => {
  const controller = createContentController({
    // A copy: Readability mutates what it parses, and the page must stay untouched. The copy
    // carries open shadow roots, where web components keep their text, and makes paragraphs of
    // a text file (clone.ts).
    analyze: async (onFirstAnswer) => {
      // Through the prototypes: the page's <img name="contentType"> is no answer (safe-dom.ts).
      if (builtin(document, 'contentType') === 'application/pdf') return pdfFailure();
      const copy = pageCopy(document);
      await yieldToPage();
      return analyzeInSlicesWith(() => quoteFinder(QUOTES_WAIT_MS), copy, { url: location.href }, yieldToPage, onFirstAnswer);
    },
    currentUrl: () => location.href,
    openReader: (article, onClosed, scrollToQuote, restore) =>
      openReader(document, article, { onClose: onClosed, scrollToQuote, ...restore }),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isContentRequest(message) || !isFromOwnBackground(sender, browser.runtime.id)) return undefined;
    return controller.handle(message).then((answer) => settle(answer, controller));
  });
});

/** How long the analysis waits for quotes.js after its first answer: the background injects it
 *  then (or with this script, when nobody asked for a first answer); past this, no quotes. */
const QUOTES_WAIT_MS = 5_000;

/** Give the page's thread back for one task. A timer lets the page's own timers, input and
 *  painting run first; in a hidden tab (a shortcut pressed as the tab goes to the back), where
 *  the browser holds timers back for up to a second each and nobody sees the page, a message on
 *  a channel of our own, out of the page's reach, runs at once. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (!builtin(document, 'hidden')) {
      setTimeout(resolve, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
