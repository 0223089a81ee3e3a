// What the content script does with each request from the background, with its dependencies
// passed in (the analysis, the page URL, the reader) so the logic is tested without a browser.
import { isArticle, type Analysis, type Article, type Failure } from '../core/types';
import type { ContentRequest, ReaderState, ToggleResult } from '../shared/messages';

export interface ReaderLike {
  close(): void;
  readonly isOpen: boolean;
  /** Scroll to quote `index` of the article shown and mark it. */
  revealQuote(index: number): boolean;
}

export interface ContentDeps {
  /** Analyse a clone of the page as it is now (in slices, giving the page its thread back
   *  between them: see analyzeInSlices), telling `onFirstAnswer` the story and its summary
   *  before the quotes are found. Resolves with the full analysis. */
  analyze(onFirstAnswer: (first: Article) => void): Promise<Analysis>;
  /** The page's real address (location.href). */
  currentUrl(): string;
  /** Mount the reader; `onClosed` runs when the user closes it from inside (Esc, ×). */
  openReader(article: Article, onClosed: () => void, scrollToQuote?: number, restore?: RestoreMemory): ReaderLike;
}

/** Which removed blocks the person brought back on this page, for the reader to show again. */
export interface RestoreMemory {
  /** Indexes into article.removed. */
  restored: number[];
  onRestoredChange(indices: number[]): void;
}

/** Page addresses whose restored blocks are remembered (an SPA can visit many in one tab). */
const MAX_REMEMBERED_PAGES = 20;

export interface ContentController {
  handle(request: ContentRequest): Promise<Analysis | ToggleResult | ReaderState>;
  readonly readerOpen: boolean;
}

/** An analysis under way: its first answer (the story and summary; the failure, if it fails)
 *  and its full one. */
interface Running {
  url: string;
  first: Promise<Analysis>;
  full: Promise<Analysis>;
}

export function createContentController(deps: ContentDeps): ContentController {
  // Articles only: a failure (a page still loading, a timeout) is worth another try.
  let memo: { url: string; article: Article } | null = null;
  let running: Running | null = null;
  let reader: ReaderLike | null = null;
  // "Bring back" is for this page: remembered per address while the tab lives, in memory only.
  // Blocks are known by reason and text, not index, so a fresh analysis of a changed page cannot
  // restore a different block that took the index.
  const restoredByUrl = new Map<string, Set<string>>();
  const blockKey = (article: Article, i: number) => `${article.removed[i].reason}\n${article.removed[i].text}`;

  function restoreMemory(url: string, article: Article): RestoreMemory {
    const keys = restoredByUrl.get(url);
    const restored = keys ? article.removed.flatMap((_, i) => (keys.has(blockKey(article, i)) ? [i] : [])) : [];
    return {
      restored,
      onRestoredChange(indices) {
        restoredByUrl.delete(url);
        if (!indices.length) return;
        restoredByUrl.set(url, new Set(indices.filter((i) => article.removed[i]).map((i) => blockKey(article, i))));
        if (restoredByUrl.size > MAX_REMEMBERED_PAGES) restoredByUrl.delete(restoredByUrl.keys().next().value!);
      },
    };
  }

  function start(url: string): Running {
    let answerFirst!: (a: Analysis) => void;
    const first = new Promise<Analysis>((resolve) => (answerFirst = resolve));
    const full = (async (): Promise<Analysis> => {
      let result: Analysis;
      try {
        result = await deps.analyze(answerFirst);
      } catch (error) {
        // The core promises not to throw; if it ever does, the popup still gets a value.
        result = { status: 'internal', code: 'analysis-error', message: 'Lede failed while reading this page.', detail: error instanceof Error ? error.message : String(error) };
      }
      // A failure, or an analysis that gave no first answer: the first answer is the outcome.
      answerFirst(result);
      if (isArticle(result)) memo = { url, article: result };
      if (running?.first === first) running = null;
      return result;
    })();
    return { url, first, full };
  }

  /** The page's analysis: the full one, or with `first` the first answer (which may still be
   *  finding quotes). One analysis per page address at a time, its outcome remembered. */
  async function analysis(first = false): Promise<Analysis> {
    const url = deps.currentUrl();
    if (memo && memo.url === url) return memo.article;
    if (!running || running.url !== url) running = start(url);
    return first ? running.first : running.full;
  }

  function toggle(): Promise<ToggleResult> | ToggleResult {
    if (reader?.isOpen) {
      reader.close();
      reader = null;
      return { open: false };
    }
    return open();
  }

  /** A quote clicked in the popup: the reader opens at it, or, already open, moves to it. */
  function showQuote(index: number): Promise<ToggleResult> | ToggleResult {
    if (reader?.isOpen) {
      reader.revealQuote(index);
      return { open: true };
    }
    return open(index);
  }

  async function open(scrollToQuote?: number): Promise<ToggleResult> {
    const result = await analysis();
    // No story, no reader: an empty reader over the page would only confuse.
    if (!isArticle(result)) return result;
    const opened = deps.openReader(
      result,
      () => {
        if (reader === opened) reader = null;
      },
      scrollToQuote,
      restoreMemory(deps.currentUrl(), result),
    );
    reader = opened;
    return { open: true };
  }

  function answer(request: ContentRequest): Promise<Analysis | ToggleResult | ReaderState> | Analysis | ToggleResult | ReaderState {
    switch (request.type) {
      case 'lede/analyze':
        return analysis(request.first === true);
      case 'lede/toggle-reader':
        return toggle();
      case 'lede/show-quote':
        return showQuote(request.quote);
      case 'lede/reader-state':
        return { open: reader?.isOpen ?? false };
    }
  }

  // One request at a time, in order of arrival: the analysis gives the thread back between its
  // stages, and a request that arrives in such a pause (a shortcut press while the popup's
  // analysis runs) must find the outcome, not start a second analysis or open a second reader.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    handle(request) {
      const next = queue.then(() => answer(request));
      queue = next.catch(() => undefined);
      return next;
    },
    get readerOpen() {
      return reader?.isOpen ?? false;
    },
  };
}

/** What the popup hears when the page took the reader away as it appeared. */
export const READER_REMOVED: Failure = {
  status: 'internal',
  code: 'reader-removed',
  message: 'This page took Lede’s reader view away (removed or covered it) as soon as it opened. The summary and quotes here are still right.',
};

/** The answer to a request, once the page has had its turn. A page script that removes or covers
 *  the reader runs in the microtasks right after ours (a MutationObserver), and the reader fights
 *  back a few times before it gives up; one task later the outcome is known, and the popup is
 *  told the truth instead of "open". */
export async function settle<T extends Analysis | ToggleResult | ReaderState>(
  answer: T,
  controller: Pick<ContentController, 'readerOpen'>,
  nextTask: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<T | Failure> {
  if (typeof answer !== 'object' || !('open' in answer) || !answer.open) return answer;
  await nextTask();
  return controller.readerOpen ? answer : READER_REMOVED;
}

/** Run `install` once per JavaScript world: executeScript injects content.js again on every
 *  popup opening, and a second listener would answer every message twice. */
export function installOnce(world: object, key: string, install: () => void): boolean {
  const slot = world as Record<string, unknown>;
  if (slot[key] === true) return false;
  Object.defineProperty(slot, key, { value: true, configurable: false, enumerable: false, writable: false });
  install();
  return true;
}
