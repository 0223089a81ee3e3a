// Lock the page's scroll while the reader is open and give it back exactly as it was: the scroll
// position and the inline overflow declarations (value and !important) of <html> and <body>. The
// longhands are saved one by one because the shorthand hides a lone `overflow-y: scroll`.
const PROPS = ['overflow-x', 'overflow-y'] as const;

interface Saved {
  el: HTMLElement;
  hadStyleAttribute: boolean;
  /** The style attribute's exact text before and right after locking. */
  before: string | null;
  locked: string | null;
  decls: Array<{ prop: string; value: string; priority: string }>;
}

export interface ScrollLock {
  release(): void;
}

export function lockScroll(doc: Document): ScrollLock {
  const win = doc.defaultView;
  const x = win?.scrollX ?? 0;
  const y = win?.scrollY ?? 0;
  const saved: Saved[] = [];
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const entry: Saved = {
      el,
      hadStyleAttribute: el.hasAttribute('style'),
      before: el.getAttribute('style'),
      locked: null,
      decls: PROPS.map((prop) => ({ prop, value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) })),
    };
    // !important: the page's own `html { overflow: auto !important }` must not win.
    for (const prop of PROPS) el.style.setProperty(prop, 'hidden', 'important');
    entry.locked = el.getAttribute('style');
    saved.push(entry);
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      for (const { el, hadStyleAttribute, before, locked, decls } of saved) {
        // Untouched since we locked it: put the attribute back to the letter.
        if (el.getAttribute('style') === locked) {
          if (before === null) el.removeAttribute('style');
          else el.setAttribute('style', before);
          continue;
        }
        // The page changed other inline styles meanwhile: keep those, undo only ours.
        for (const { prop, value, priority } of decls) {
          if (value) el.style.setProperty(prop, value, priority);
          else el.style.removeProperty(prop);
        }
        // Leave no empty style="" behind where the page had no style attribute at all.
        if (!hadStyleAttribute && el.getAttribute('style') === '') el.removeAttribute('style');
      }
      // 'instant': a page with `scroll-behavior: smooth` must not animate back to its place.
      win?.scrollTo({ left: x, top: y, behavior: 'instant' });
    },
  };
}
