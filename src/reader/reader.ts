// The reader view: the story alone, over the page. A host element on <html> holds a CLOSED shadow
// root (the page can neither style nor script into it), fixed over the whole viewport at the top
// of the stacking order, with its own scroll. Opening locks the page's scroll; closing restores
// the page's scroll position, its overflow styles and the focus exactly as they were.
import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { asUi, renderArticle, TITLE_ID } from './render';
import { setUpRestore } from './restore';
import { lockScroll } from './scroll-lock';
import { READER_CSS } from './styles';

export const HOST_TAG = 'lede-reader';

export interface ReaderHandle {
  close(): void;
  readonly isOpen: boolean;
  /** Scroll to quote `index` (into article.quotes) and mark it; false when the story lacks it. */
  revealQuote(index: number): boolean;
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

/** How many times the reader puts itself back after the page removed or covered it. */
export const MAX_REASSERTS = 3;

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
  // The reader's own controls speak the user's language and mirror with it (the close button
  // sits at the inline end); the story inside keeps its own language and direction (render.ts).
  asUi(scroller);

  const closeButton = doc.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'close';
  closeButton.setAttribute('aria-label', t('reader_close_button'));
  closeButton.title = t('reader_close_title');
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
  // The page's modal dialogs and popovers live in the browser's top layer, above every z-index: a
  // consent wall opened with showModal() painted over the reader. The reader takes the top layer
  // too, as a modal dialog of its own: above what the page opened before, the page inert beneath
  // it (as aria-modal already told assistive technology).
  const layer = doc.createElement('dialog');
  layer.className = 'layer';
  layer.append(scroller);
  root.append(layer);
  let reshowing = false;
  const takeTopLayer = () => {
    reshowing = true;
    try {
      if (layer.open) layer.close();
      layer.showModal();
    } catch {
      // No top layer here (an older engine): the z-index still puts the reader over the page.
    } finally {
      reshowing = false;
    }
  };

  const lock = lockScroll(doc);
  doc.documentElement.append(host);
  takeTopLayer();
  scroller.focus({ preventScroll: true });
  if (options.scrollToQuote !== undefined) revealQuote(scroller, article, options.scrollToQuote);

  let open = true;
  const close = (byUser: boolean) => {
    if (!open) return;
    open = false;
    guard.disconnect();
    modalGuard.disconnect();
    doc.removeEventListener('toggle', onPageToggle, true);
    if (layer.open) layer.close();
    host.remove();
    lock.release();
    if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    if (byUser) options.onClose?.();
  };

  // The page owns the tree the host hangs in: its scripts can remove the host, or add a cover
  // after it (same top z-index, later in the tree: painted over the reader). Put the host back,
  // last, a few times; a page that keeps fighting gets the reader closed (its scroll unlocked,
  // the state honest, the toggle working) instead of an endless tug of war.
  // A modal dialog or popover the page opens later goes above the reader in the top layer: take
  // it back the same way, counted with the rest.
  let reasserted = 0;
  const reassert = (putBack: () => void) => {
    if (++reasserted > MAX_REASSERTS || !doc.documentElement) {
      close(true);
      return;
    }
    putBack();
    if (!scroller.contains(doc.activeElement) && host !== doc.activeElement) scroller.focus({ preventScroll: true });
  };
  const guard = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => {
    if (!open || (host.isConnected && host.parentNode === doc.documentElement && host === doc.documentElement.lastElementChild)) return;
    reassert(() => {
      doc.documentElement.append(host);
      takeTopLayer();
    });
  });
  guard.observe(doc.documentElement, { childList: true });
  guard.observe(doc, { childList: true });
  // The page's dialogs: showModal() sets `open`. Its own observer, because a second observe() of
  // the same node replaces the first one's options. Observers do not see into the reader's closed
  // shadow root, so our own dialog never triggers it.
  const modalGuard = new (doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
    if (open && records.some((r) => isOpenModal(r.target))) reassert(takeTopLayer);
  });
  modalGuard.observe(doc, { subtree: true, attributes: true, attributeFilter: ['open'] });
  // Popovers change no attribute; each fires a (non-bubbling) toggle, which a capturing listener
  // on the document hears. (Dialogs fire it too in newer engines: the observer has those.)
  const onPageToggle = (event: Event) => {
    if (open && (event as Event & { newState?: string }).newState === 'open' && matches(event.target, ':popover-open')) reassert(takeTopLayer);
  };
  doc.addEventListener('toggle', onPageToggle, true);

  // Esc in a modal dialog is the browser's "cancel": close the reader properly, not just its
  // dialog. If the browser closes the dialog anyway (it may, on repeated Esc), the reader follows.
  layer.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (trusted(event)) close(true);
  });
  layer.addEventListener('close', () => {
    // Only a dialog closed in place: a host the page removed is the guard's to put back.
    if (open && !reshowing && !layer.open && host.isConnected) close(true);
  });

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
    revealQuote: (index: number) => open && revealQuote(scroller, article, index),
    get isOpen() {
      // Removed with the whole <html> (document.write, a replaced root): not open, whatever it says.
      if (open && !host.isConnected) close(true);
      return open;
    },
    root,
    host,
  };
}

/** Text reduced to lower-case letters and digits between single spaces, so that a quote matches
 *  the reader's text whatever its marks, dashes and line breaks. */
const matchKey = (s: string | null) => ` ${(s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The opening or closing words of a text, as a key. Scripts without spaces between words
 *  (Chinese, Japanese) give one long "word": their first or last characters instead. */
function endKey(text: string, end: 'opening' | 'closing'): string | null {
  const words = matchKey(text).trim().split(' ').filter(Boolean);
  if (!words.length) return null;
  if (words.length < 3 && words.join('').length > 12) {
    const chars = words.join(' ');
    return end === 'opening' ? ` ${chars.slice(0, 12)}` : `${chars.slice(-12)} `;
  }
  const n = Math.min(6, words.length);
  return ` ${(end === 'opening' ? words.slice(0, n) : words.slice(-n)).join(' ')} `;
}

/** Where a quote starts and ends, as keys: the opening words of its first part and the closing
 *  words of its last (a quote joined from parts split around "she said", or one that leaves
 *  words out with " … ", is not one run of the story's text). */
function quoteEnds(text: string): [string, string] | null {
  const parts = text.split(' … ');
  const opening = endKey(parts[0], 'opening');
  const closing = endKey(parts[parts.length - 1], 'closing');
  return opening && closing ? [opening, closing] : null;
}

/** How many blocks a quote may run over (long quotes run over paragraphs). */
const MAX_QUOTE_BLOCKS = 8;

/** Scroll to and mark the blocks holding a quote: the block where its opening words stand, and
 *  the ones after it up to where its closing words stand. Returns whether it was found. */
function revealQuote(scroller: HTMLElement, article: Article, index: number): boolean {
  for (const old of Array.from(scroller.querySelectorAll('.quote-target'))) old.classList.remove('quote-target');
  const quote = article.quotes[index];
  const ends = quote && quoteEnds(quote.text);
  if (!ends) return false;
  const blocks = Array.from(scroller.querySelectorAll<HTMLElement>('.story p, .story li, .story blockquote, .story h2, .story h3, .story h4'));
  const keys = blocks.map((b) => matchKey(b.textContent));
  const start = keys.findIndex((k) => k.includes(ends[0]));
  if (start < 0) return false;
  let end = start;
  for (let i = start; i < Math.min(blocks.length, start + MAX_QUOTE_BLOCKS); i++) {
    if (keys[i].includes(ends[1])) {
      end = i;
      break;
    }
  }
  for (let i = start; i <= end; i++) blocks[i].classList.add('quote-target');
  const target = blocks[start];
  // Focusable for the moment, so a screen reader lands on the quote as the page scrolls to it.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'center' });
  target.focus?.({ preventScroll: true });
  return true;
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

function matches(target: EventTarget | Node | null, selector: string): boolean {
  const el = target as Element | null;
  if (!el || typeof el.matches !== 'function') return false;
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector this engine does not know
  }
}

/** A page dialog opened with showModal(): in the top layer, above the reader. */
function isOpenModal(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'dialog' && matches(node, ':modal');
}
