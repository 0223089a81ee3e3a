// The background's logic, with the browser passed in: which messages it answers, how it injects
// the content script and talks to it, and how failures become values. main.ts wires it to the
// real `browser`; tests hand it a fake, so all of this runs in Node.
import type { Analysis, Failure } from '../core/types';
import { isArticle } from '../core/types';
import {
  isBackgroundRequest,
  isFromOwnExtensionPage,
  type BackgroundRequest,
  type ContentRequest,
  type SenderLike,
  type ToggleResult,
} from '../shared/messages';
import { AnalysisCache } from './cache';
import { errorText, injectionFailure, restrictedFailure } from '../shared/restricted';

/** The slice of the WebExtension API the background uses (structural, so a fake satisfies it). */
export interface BrowserLike {
  runtime: { id: string; getURL(path: string): string };
  tabs: {
    get(tabId: number): Promise<{ id?: number; url?: string }>;
    query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: ContentRequest, options?: { frameId?: number }): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
}

export const CONTENT_SCRIPT = 'content.js';
/** The quote finder (src/content/quotes-main.ts): injected after the first answer when the popup
 *  asked for one, with the content script otherwise. */
export const QUOTES_SCRIPT = 'quotes.js';

/** How long an injection may take. Chromium never settles executeScript on a source view whose
 *  address it hides from us (found by test/e2e/restricted.test.ts): without a bound the popup
 *  waits for its own timeout and blames the page. Injecting takes milliseconds once a page loaded. */
export const INJECT_TIMEOUT_MS = 5_000;

export interface BackgroundOptions {
  injectTimeoutMs?: number;
}

export interface Background {
  /** runtime.onMessage: the answer for our own pages' requests, undefined (not ours) otherwise. */
  handleMessage(message: unknown, sender: SenderLike): Promise<Analysis | ToggleResult> | undefined;
  /** `first`: the first answer (an Article may come with `quotesPending`; the full one follows,
   *  and a later request without `first` gets it without asking the page again). */
  getAnalysis(tabId: number, refresh?: boolean, first?: boolean): Promise<Analysis>;
  toggleReader(tabId: number, quote?: number): Promise<ToggleResult>;
  /** The keyboard command: the same toggle, on the active tab of the current window. */
  onCommand(command: string, tab?: { id?: number }): Promise<ToggleResult | undefined>;
  cache: AnalysisCache;
}

const noTab = (): Failure => ({ status: 'internal', code: 'no-tab', message: 'Lede could not find the tab to read.' });

function failed(error: unknown, code: 'read-failed' | 'open-reader-failed'): Failure {
  const message = code === 'read-failed' ? 'Lede could not read this page.' : 'Lede could not open the reader view.';
  return { status: 'internal', code, message, detail: errorText(error) };
}

/** The content script answers with a plain object; check the shape before passing it on. */
function isAnalysis(value: unknown): value is Analysis {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string';
}

export function createBackground(browser: BrowserLike, options: BackgroundOptions = {}): Background {
  const injectTimeoutMs = options.injectTimeoutMs ?? INJECT_TIMEOUT_MS;
  const cache = new AnalysisCache();
  const ownOrigin = browser.runtime.getURL('');

  async function tabUrl(tabId: number): Promise<string | undefined> {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  }

  /** Inject the content script (it ignores a second injection), with the quote finder unless
   *  `first` (a first answer comes before the quotes), or explain why we cannot. */
  async function inject(tabId: number, url: string | undefined, first = false): Promise<Failure | null> {
    const known = restrictedFailure(url);
    if (known) return known;
    return injectFiles(tabId, url, first ? [CONTENT_SCRIPT] : [CONTENT_SCRIPT, QUOTES_SCRIPT]);
  }

  /** executeScript with a bound: null once `files` ran, else why not (a failure, or a timeout). */
  async function injectFiles(tabId: number, url: string | undefined, files: string[]): Promise<Failure | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), injectTimeoutMs)));
      const done = browser.scripting.executeScript({ target: { tabId }, files });
      if ((await Promise.race([done, hung])) !== 'hung') return null;
      // A page we may read but that is still loading answers late; one whose address the browser
      // hides from us is one it will not let us into.
      const detail = `the browser did not finish injecting ${files[0]} in ${injectTimeoutMs} ms`;
      if (url === undefined) return { ...injectionFailure(new Error('Cannot access contents of the page.'), url), detail };
      return { status: 'timeout', code: 'inject-timeout', message: 'The page did not let Lede in in time.', detail };
    } catch (error) {
      return injectionFailure(error, url);
    } finally {
      clearTimeout(timer);
    }
  }

  async function send(tabId: number, message: ContentRequest): Promise<unknown> {
    // frameId 0: the content script runs in the top frame only; never ask subframes.
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  }

  /** Ask the content script for the analysis (the first answer, or the full one). */
  async function ask(tabId: number, first: boolean): Promise<Analysis> {
    try {
      const answer = await send(tabId, first ? { type: 'lede/analyze', first: true } : { type: 'lede/analyze' });
      if (!isAnalysis(answer)) return { status: 'internal', code: 'no-answer', message: 'The page did not answer Lede.', detail: `answer: ${typeof answer}` };
      return answer;
    } catch (error) {
      return failed(error, 'read-failed');
    }
  }

  async function getAnalysis(tabId: number, refresh = false, first = false): Promise<Analysis> {
    const url = await tabUrl(tabId);
    if (url !== undefined && !refresh) {
      const cached = cache.get(tabId, url);
      if (cached) return cached;
      // The full answer after a first one, already asked for: wait for it, do not ask again (a
      // popup opened again meanwhile gets the first answer again; the quotes follow).
      const coming = cache.pending(tabId, url);
      if (coming) return first ? coming.first : coming.full;
    }
    const blocked = await inject(tabId, url, first);
    if (blocked) return blocked;
    const answer = await ask(tabId, first);
    if (!isArticle(answer) || !answer.quotesPending) {
      if (isArticle(answer) && url !== undefined) cache.set(tabId, url, answer);
      return answer;
    }
    // The quotes are still to be found: hand the page the quote finder now, and ask for the full
    // answer (the content script hands over the analysis under way), so that it is on its way
    // before the popup asks for it. A finder that cannot be injected, or not in time, leaves the
    // story without quotes (the content script stops waiting for it); the full answer is asked
    // for all the same.
    const full = injectFiles(tabId, url, [QUOTES_SCRIPT]).then(() => ask(tabId, false));
    if (url !== undefined) cache.setPending(tabId, url, answer, full);
    return answer;
  }

  /** Toggle the reader, or with `quote`, open it at that quote (see ContentRequest). */
  async function toggleReader(tabId: number, quote?: number): Promise<ToggleResult> {
    const url = await tabUrl(tabId);
    const blocked = await inject(tabId, url);
    if (blocked) return blocked;
    try {
      const message: ContentRequest = quote === undefined ? { type: 'lede/toggle-reader' } : { type: 'lede/show-quote', quote };
      const answer = await send(tabId, message);
      if (typeof answer === 'object' && answer !== null) {
        if (typeof (answer as { open?: unknown }).open === 'boolean') return { open: (answer as { open: boolean }).open };
        if (isAnalysis(answer) && !isArticle(answer)) return answer;
      }
      return { status: 'internal', code: 'no-answer', message: 'The page did not answer Lede.', detail: `answer: ${JSON.stringify(answer) ?? 'undefined'}` };
    } catch (error) {
      return failed(error, 'open-reader-failed');
    }
  }

  function route(request: BackgroundRequest): Promise<Analysis | ToggleResult> {
    switch (request.type) {
      case 'lede/get-analysis':
        return getAnalysis(request.tabId, request.refresh, request.first);
      case 'lede/toggle-reader':
        return toggleReader(request.tabId);
      case 'lede/show-quote':
        return toggleReader(request.tabId, request.quote);
    }
  }

  return {
    cache,
    getAnalysis,
    toggleReader,
    handleMessage(message, sender) {
      if (!isFromOwnExtensionPage(sender, browser.runtime.id, ownOrigin)) return undefined;
      if (!isBackgroundRequest(message)) return undefined;
      return route(message);
    },
    async onCommand(command, tab) {
      if (command !== 'toggle-reader') return undefined;
      let tabId = tab?.id;
      if (tabId === undefined || tabId < 0) {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        tabId = active?.id;
      }
      if (tabId === undefined) return noTab();
      return toggleReader(tabId);
    },
  };
}
