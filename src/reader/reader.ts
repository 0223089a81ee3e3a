// The reader view: the story alone, over the page. A host element on <html> holds a CLOSED shadow
// root (the page can neither style nor script into it), fixed over the whole viewport at the top
// of the stacking order, with its own scroll. Opening locks the page's scroll; closing restores
// the page's scroll position, its overflow styles and the focus exactly as they were.
import type { Article } from '../core/types';
import { renderArticle, TITLE_ID } from './render';
import { setUpRestore } from './restore';
import { lockScroll } from './scroll-lock';
import { READER_CSS } from './styles';

export const HOST_TAG = 'lede-reader';

export interface ReaderHandle {
  close(): void;
  readonly isOpen: boolean;
  /** The closed shadow root, for the tests only: nothing on the page can reach it. */
  readonly root: ShadowRoot;
  readonly host: HTMLElement;
}

export interface ReaderOptions {
  /** Called once after the reader closed by itself (Esc or the close button). */
  onClose?: () => void;
  locale?: string;
  /** Which events count as the user's own. Only tests replace it (DOM emulators trust nothing). */
  isTrusted?: (event: Event) => boolean;
  /** Index into article.quotes: scroll the reader to the paragraph where that quote stands. */
  scrollToQuote?: number;
  /** Indexes into article.removed brought back earlier on this page (the content script keeps them). */
  restored?: readonly number[];
  /** Called with the restored indexes after each "Bring back" or "Remove again". */
  onRestoredChange?: (indices: number[]) => void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  display: 'block',
  contain: 'strict',
};

export function openReader(doc: Document, article: Article, options: ReaderOptions = {}): ReaderHandle {
  // Duck-typed: `instanceof` is unreliable across the content script's wrappers in Firefox.
  const active = doc.activeElement as HTMLElement | null;
  const previousFocus = active && typeof active.focus === 'function' ? active : null;
  const host = doc.createElement(HOST_TAG);
  // Through the CSSOM, not a style attribute: a page CSP without 'unsafe-inline' would block that.
  // !important so the page's own rules for unknown elements cannot move or hide the reader.
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(doc, root);

  const scroller = doc.createElement('div');
  scroller.className = 'scroller';
  scroller.tabIndex = -1;
  scroller.setAttribute('role', 'dialog');
  scroller.setAttribute('aria-modal', 'true');
  scroller.setAttribute('aria-labelledby', TITLE_ID);

  const closeButton = doc.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'close';
  closeButton.setAttribute('aria-label', 'Close reader view');
  closeButton.title = 'Close reader view (Esc)';
  closeButton.textContent = '×';

  // Focus stays inside while the reader is open: Tab past either end comes back to the button.
  const sentinel = () => {
    const s = doc.createElement('div');
    s.tabIndex = 0;
    s.addEventListener('focus', () => closeButton.focus());
    return s;
  };
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const view = renderArticle(doc, article, options.locale);
  setUpRestore(doc, view, article, { restored: options.restored, onRestoredChange: options.onRestoredChange, isTrusted: trusted });
  scroller.append(sentinel(), closeButton, view, sentinel());
  root.append(scroller);

  const lock = lockScroll(doc);
  doc.documentElement.append(host);
  scroller.focus({ preventScroll: true });
  if (options.scrollToQuote !== undefined) revealQuote(scroller, article, options.scrollToQuote);

  let open = true;
  const close = (byUser: boolean) => {
    if (!open) return;
    open = false;
    host.remove();
    lock.release();
    if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    if (byUser) options.onClose?.();
  };

  closeButton.addEventListener('click', (event) => {
    if (trusted(event)) close(true);
  });
  // Keys typed in the reader reach the shadow root; the page's own listeners see the host only.
  root.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (!trusted(key) || key.key !== 'Escape') return;
    key.preventDefault();
    key.stopPropagation();
    close(true);
  });

  return {
    close: () => close(false),
    get isOpen() {
      return open;
    },
    root,
    host,
  };
}

/** Scroll to and mark the block holding a quote (matched on its opening words, as text). */
function revealQuote(scroller: HTMLElement, article: Article, index: number): void {
  const quote = article.quotes[index];
  if (!quote) return;
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const needle = norm(quote.text).slice(0, 60);
  if (!needle) return;
  const blocks = Array.from(scroller.querySelectorAll<HTMLElement>('.story p, .story li, .story blockquote'));
  const target = blocks.find((b) => norm(b.textContent).includes(needle));
  if (!target) return;
  target.classList.add('quote-target');
  target.scrollIntoView?.({ block: 'center' });
}

/** A constructed stylesheet is immune to the page's CSP; fall back to <style> where adopting
 *  fails (older engines, or Firefox's content-script wrappers). */
function addStyles(doc: Document, root: ShadowRoot): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(READER_CSS);
      root.adoptedStyleSheets = [sheet];
      // Firefox's content-script wrappers can drop the assignment silently; check it took.
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // fall through to <style>
  }
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  root.append(style);
}
