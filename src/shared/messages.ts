// Every message that crosses a context boundary, as one typed union per direction, with the
// guards each receiver runs before acting. Pages can post messages too (window.postMessage, or
// a compromised page world); nothing here trusts a message because of its shape alone: the
// receivers also check who sent it (see isFromOwnExtensionPage / isFromOwnContentScript).
import type { Analysis, Failure } from '../core/types';

/** Popup (an extension page) → background. The popup names the tab it shows; the background
 *  accepts that only from its own extension pages. */
export type BackgroundRequest =
  /** `first`: answer as soon as the story and its summary are known; the answer may then be an
   *  Article with `quotesPending`, and asking again without `first` gives the full one. */
  | { type: 'lede/get-analysis'; tabId: number; refresh?: boolean; first?: boolean }
  | { type: 'lede/toggle-reader'; tabId: number }
  /** Open the reader (or keep it open) at quote `quote` (an index into Analysis.quotes), marked. */
  | { type: 'lede/show-quote'; tabId: number; quote: number };

/** Background → content script (sent with tabs.sendMessage to the tab it injected into). */
export type ContentRequest =
  /** `first`: the first answer (see BackgroundRequest); without it, the full analysis. */
  | { type: 'lede/analyze'; first?: boolean }
  | { type: 'lede/toggle-reader'; analysis?: Analysis }
  | { type: 'lede/show-quote'; quote: number }
  | { type: 'lede/reader-state' };

export interface ReaderState {
  open: boolean;
}

export type ToggleResult = ReaderState | Failure;

/** What each request answers with. */
export interface ResponseFor {
  'lede/get-analysis': Analysis;
  'lede/toggle-reader': ToggleResult;
  'lede/show-quote': ToggleResult;
  'lede/analyze': Analysis;
  'lede/reader-state': ReaderState;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isIndex = isTabId;
const isOptionalFlag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'lede/get-analysis':
      return isTabId(msg.tabId) && isOptionalFlag(msg.refresh) && isOptionalFlag(msg.first);
    case 'lede/toggle-reader':
      return isTabId(msg.tabId);
    case 'lede/show-quote':
      return isTabId(msg.tabId) && isIndex(msg.quote);
    default:
      return false;
  }
}

export function isContentRequest(msg: unknown): msg is ContentRequest {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'lede/analyze':
      return isOptionalFlag(msg.first);
    case 'lede/reader-state':
      return true;
    case 'lede/toggle-reader':
      return msg.analysis === undefined || isObject(msg.analysis);
    case 'lede/show-quote':
      return isIndex(msg.quote);
    default:
      return false;
  }
}

/** The parts of runtime.MessageSender the checks read (structural, so tests can forge one). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A message from one of this extension's own pages (popup, options): same extension id and a
 *  URL of our own extension origin. Content scripts and web pages never have that origin (their
 *  sender URL is the page's). A popup opened as a tab (`popup.html?tab=ID`, used by the e2e tests
 *  and by people who pin it) does carry a `tab`, so the tab is not what decides. */
export function isFromOwnExtensionPage(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  if (!ownOrigin || sender.id !== ownId || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(ownOrigin);
}

/** A message to a content script from this extension's background: same extension id, no tab
 *  (messages from content scripts of other tabs carry one). */
export function isFromOwnBackground(sender: SenderLike, ownId: string): boolean {
  return sender.id === ownId && sender.tab === undefined;
}
