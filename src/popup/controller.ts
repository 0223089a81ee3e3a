// The popup's plumbing: which tab, what to ask the background, what to do with the answers. The
// messaging function and window actions are passed in, so tests drive it without an extension
// (main.tsx hands it the real `browser`).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isArticle, type Analysis, type Failure } from '../core/types';
import type { BackgroundRequest, ResponseFor } from '../shared/messages';
import type { PopupState } from './state';

export type Send = <R extends BackgroundRequest>(request: R) => Promise<ResponseFor[R['type']]>;

export interface PopupDeps {
  send: Send;
  /** The tab to read: ?tab=ID when given, else the active tab of the current window. */
  resolveTabId: () => Promise<number | undefined>;
  /** Close the popup after opening the reader; absent when the popup runs in a tab. */
  closeWindow?: () => void;
  /** The answer to the first request (get-analysis, first answer), when it was sent before the
   *  UI loaded (early.ts); the first load uses it instead of asking again. */
  firstAnswer?: Promise<unknown>;
  /** How long to wait for the background before giving up (ms). */
  timeoutMs?: number;
  /** Write text to the clipboard (the Copy action); absent: no Copy button. */
  copyText?: (text: string) => Promise<void>;
}

export { tabFromSearch } from './tab';

const DEFAULT_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | Failure> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ status: 'timeout', code: 'answer-timeout', message: 'The page took too long to answer.', detail: `no answer after ${ms} ms` }),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ status: 'internal', code: 'no-background', message: 'Lede could not reach its background page.', detail: error instanceof Error ? error.message : String(error) });
      },
    );
  });
}

function asAnalysis(value: unknown): Analysis {
  if (typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string') return value as Analysis;
  return { status: 'internal', code: 'no-answer', message: 'Lede got no answer from the page.', detail: `answer: ${typeof value}` };
}

export interface PopupController {
  state: PopupState;
  toggleReader: () => void;
  /** Open the reader at a quote (an index into article.quotes). */
  showQuote: (index: number) => void;
  retry: () => void;
}

export function usePopupController(deps: PopupDeps): PopupController {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const tabId = useRef<number | undefined>(undefined);
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Used once, by the first load: a retry asks afresh.
  const early = useRef(deps.firstAnswer);

  const load = useCallback(
    async (refresh: boolean) => {
      setState({ kind: 'loading' });
      if (tabId.current === undefined) tabId.current = await deps.resolveTabId().catch(() => undefined);
      const id = tabId.current;
      if (id === undefined) {
        setState({ kind: 'failure', failure: { status: 'internal', code: 'no-tab', message: 'Lede could not tell which tab to read.' } });
        return;
      }
      // The first answer (title, summary) as soon as the page has it; the quotes follow.
      const request: BackgroundRequest = refresh ? { type: 'lede/get-analysis', tabId: id, refresh, first: true } : { type: 'lede/get-analysis', tabId: id, first: true };
      const asked = early.current && !refresh ? early.current : deps.send(request);
      early.current = undefined;
      const answer = asAnalysis(await withTimeout(asked, timeoutMs));
      setState(isArticle(answer) ? { kind: 'article', article: answer, reader: 'idle' } : { kind: 'failure', failure: answer });
      if (!isArticle(answer) || !answer.quotesPending) return;
      const full = asAnalysis(await withTimeout(deps.send({ type: 'lede/get-analysis', tabId: id }), timeoutMs));
      // Only onto the first answer it completes (a retry meanwhile started over). Should the
      // quotes fail to come, the story stays, without them.
      const quotes = isArticle(full) && !full.quotesPending ? full : { ...answer, quotesPending: undefined };
      setState((s) => (s.kind === 'article' && s.article === answer ? { ...s, article: quotes } : s));
    },
    [deps, timeoutMs],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  /** Toggle the reader, or open it at a quote: the same round trip and the same answers. */
  const readerRequest = useCallback(async (quote?: number) => {
    const id = tabId.current;
    if (id === undefined) return;
    setState((s) => (s.kind === 'article' ? { ...s, reader: 'working', readerError: undefined } : s));
    const request: BackgroundRequest = quote === undefined ? { type: 'lede/toggle-reader', tabId: id } : { type: 'lede/show-quote', tabId: id, quote };
    const answer = await withTimeout(deps.send(request), timeoutMs);
    if (answer && typeof answer === 'object' && 'open' in answer) {
      // The popup's job is done either way; it stays only when it runs in a tab (tests).
      if (deps.closeWindow) {
        deps.closeWindow();
        return;
      }
      setState((s) => (s.kind === 'article' ? { ...s, reader: answer.open ? 'open' : 'closed' } : s));
      return;
    }
    const analysis = asAnalysis(answer);
    const failure: Failure = isArticle(analysis) ? { status: 'internal', code: 'unexpected-answer', message: 'The page gave an unexpected answer.' } : analysis;
    setState((s) => (s.kind === 'article' ? { ...s, reader: 'idle', readerError: failure } : s));
  }, [deps, timeoutMs]);

  const retry = useCallback(() => void load(true), [load]);

  return { state, toggleReader: () => void readerRequest(), showQuote: (index) => void readerRequest(index), retry };
}
