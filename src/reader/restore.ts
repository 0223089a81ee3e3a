// "Bring back": a removed block that stood in the story (the core kept its sanitized HTML and its
// place, `after`, an index into article.paragraphs) can be put back where it was, marked as
// restored, and taken out again. Which blocks are back is the caller's to remember (the content
// script keeps it per page address while the tab lives); the reader only reports changes.
import type { Article, RemovedBlock } from '../core/types';
import { t } from '../shared/i18n';
import { reasonLabel } from './format';
import { asUi, sanitizedNodes } from './render';

export interface RestoreOptions {
  /** Indexes into article.removed to show restored from the start. */
  restored?: readonly number[];
  /** Called with the indexes restored now, after each change. */
  onRestoredChange?: (indices: number[]) => void;
  /** Which clicks count as the user's own (see ReaderOptions.isTrusted). */
  isTrusted: (event: Event) => boolean;
}

interface Entry {
  block: RemovedBlock;
  index: number;
  item: HTMLLIElement;
  toggle: HTMLButtonElement;
  show: HTMLButtonElement;
  restored: HTMLElement | null;
}

/** Wire up the removed list under `view` (one <li> per article.removed, in order) with the story. */
export function setUpRestore(doc: Document, view: HTMLElement, article: Article, options: RestoreOptions): void {
  const story = view.querySelector<HTMLElement>('.story');
  const items = Array.from(view.querySelectorAll<HTMLLIElement>('footer.removed li'));
  if (!story || !items.length || items.length !== article.removed.length) return;
  const status = doc.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  items[0].closest('footer')?.append(status);
  const entries: Entry[] = [];
  const owner = new WeakMap<Element, Entry>();

  const changed = () => options.onRestoredChange?.(entries.filter((e) => e.restored).map((e) => e.index));

  const bringBack = (entry: Entry, focus: boolean) => {
    if (entry.restored || !entry.block.html) return;
    const wrapper = restoredBlock(doc, entry, () => takeOut(entry, true), options.isTrusted);
    owner.set(wrapper, entry);
    const { parent, before } = placeFor(story, article.paragraphs, entry.block.after);
    // Blocks restored at the same place keep the order of the removed list.
    let next = before;
    while (next && isElementNode(next) && (owner.get(next)?.index ?? Infinity) < entry.index) next = next.nextSibling;
    parent.insertBefore(wrapper, next);
    entry.restored = wrapper;
    updateItem(entry);
    if (focus) {
      wrapper.focus({ preventScroll: true });
      wrapper.scrollIntoView?.({ block: 'center' });
      status.textContent = t('restored_status', { reason: reasonLabel(entry.block.reason) });
    }
  };

  const takeOut = (entry: Entry, fromStory: boolean) => {
    if (!entry.restored) return;
    entry.restored.remove();
    entry.restored = null;
    updateItem(entry);
    status.textContent = t('removed_status', { reason: reasonLabel(entry.block.reason) });
    // From the story, focus would fall to nowhere: give it to the list entry if the list is
    // open, else to the reader itself without moving the view.
    if (fromStory) {
      const details = entry.item.closest('details');
      if (details?.open) entry.toggle.focus();
      else story.closest<HTMLElement>('.scroller')?.focus({ preventScroll: true });
    }
    changed();
  };

  article.removed.forEach((block, index) => {
    if (!block.html) return;
    const item = items[index];
    const name = blockName(block);
    const toggle = button(doc, 'bring-back', t('bring_back'), t('bring_back_label', { block: name }));
    const show = button(doc, 'show-restored', t('show_restored'), t('show_restored_label', { block: name }));
    show.hidden = true;
    const entry: Entry = { block, index, item, toggle, show, restored: null };
    entries.push(entry);
    toggle.addEventListener('click', (event) => {
      if (!options.isTrusted(event)) return;
      if (entry.restored) takeOut(entry, false);
      else {
        bringBack(entry, true);
        changed();
      }
    });
    show.addEventListener('click', (event) => {
      if (!options.isTrusted(event) || !entry.restored) return;
      entry.restored.focus({ preventScroll: true });
      entry.restored.scrollIntoView?.({ block: 'center' });
    });
    const actions = doc.createElement('span');
    actions.className = 'removed-actions';
    actions.append(toggle, show);
    item.append(actions);
  });

  const initial = new Set(options.restored ?? []);
  for (const entry of entries) if (initial.has(entry.index)) bringBack(entry, false);
}

function updateItem(entry: Entry): void {
  const back = !!entry.restored;
  const name = blockName(entry.block);
  entry.item.classList.toggle('is-restored', back);
  entry.toggle.textContent = t(back ? 'remove_again' : 'bring_back');
  entry.toggle.setAttribute('aria-label', back ? t('remove_again_label', { block: name }) : t('bring_back_label', { block: name }));
  entry.show.hidden = !back;
}

/** The restored block in the story: a labelled section with the block's own HTML. */
function restoredBlock(doc: Document, entry: Entry, onRemove: () => void, isTrusted: (event: Event) => boolean): HTMLElement {
  const wrapper = doc.createElement('section');
  wrapper.className = 'restored';
  wrapper.tabIndex = -1;
  const reason = reasonLabel(entry.block.reason);
  wrapper.setAttribute('aria-label', t('restored_region', { reason }));
  // The bar is Lede's, in the user's language; the block under it keeps the story's.
  const bar = asUi(doc.createElement('div'));
  bar.className = 'restored-bar';
  const label = doc.createElement('span');
  label.className = 'restored-label';
  label.textContent = t('restored_label', { reason });
  const remove = button(doc, 'remove-again', t('remove_again'), t('remove_again_label', { block: blockName(entry.block) }));
  remove.addEventListener('click', (event) => {
    if (isTrusted(event)) onRemove();
  });
  bar.append(label, remove);
  const body = doc.createElement('div');
  body.className = 'restored-body';
  body.append(...sanitizedNodes(doc, entry.block.html ?? ''));
  dropEmpty(body);
  wrapper.append(bar, body);
  return wrapper;
}

/** Rails and cards leave empty wrappers behind (their images, icons and forms were not kept):
 *  without them the block reads as it looked, not as a column of gaps. Innermost first. */
function dropEmpty(body: HTMLElement): void {
  const all = Array.from(body.querySelectorAll('*'));
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (/^(img|br|hr)$/i.test(el.localName) || el.querySelector('img, hr')) continue;
    if (!norm(el.textContent)) el.remove();
  }
}

function button(doc: Document, className: string, text: string, label: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  return b;
}

/** "Headed rail “Read more”": the reason and the block's first line, short. */
function blockName(block: RemovedBlock): string {
  const first = block.text.split('\n')[0].trim();
  const short = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return short ? t('block_name', { reason: reasonLabel(block.reason), text: short }) : reasonLabel(block.reason);
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u200b]+/g, ' ').trim();

/** Elements a block can be put after without breaking the markup around it. */
const FLOW = new Set(['p', 'div', 'section', 'article', 'aside', 'header', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'figure', 'details', 'address', 'hr']);
/** Parents a restored block can sit in (not a list, table, paragraph, quote or figure). */
const CONTAINERS = new Set(['div', 'section', 'article', 'aside', 'header', 'details']);

/**
 * Where the block that stood after paragraph `after` goes: right after the element holding that
 * paragraph's text (found by its text, the n-th time when the text repeats), lifted out of lists,
 * tables and paragraphs; before everything for -1; at the end when it cannot be found.
 */
export function placeFor(story: HTMLElement, paragraphs: readonly string[], after: number | undefined): { parent: Node; before: Node | null } {
  if (after === -1) return { parent: story, before: story.firstChild };
  const target = after === undefined ? '' : norm(paragraphs[after]);
  if (!target) return { parent: story, before: null };
  let nth = 0;
  for (let i = 0; i < after!; i++) if (norm(paragraphs[i]) === target) nth++;
  const found = nthInnermost(story, (t) => t === target, nth) ?? nthInnermost(story, (t) => t.startsWith(target.slice(0, 80)), nth);
  if (!found) return { parent: story, before: null };
  let anchor: Element = found;
  while (anchor.parentElement && anchor.parentElement !== story && !(FLOW.has(tag(anchor)) && CONTAINERS.has(tag(anchor.parentElement)))) {
    anchor = anchor.parentElement;
  }
  return { parent: anchor.parentNode!, before: anchor.nextSibling };
}

/** The n-th element (document order) whose text matches and which holds no other match,
 *  outside restored blocks. */
function nthInnermost(story: HTMLElement, matches: (text: string) => boolean, n: number): Element | null {
  const hits: Element[] = [];
  for (const el of Array.from(story.querySelectorAll('*'))) {
    if (el.closest('.restored') || !matches(norm(el.textContent))) continue;
    // Document order: an ancestor comes before its descendants, so a later hit inside the last
    // one replaces it.
    if (hits.length && hits[hits.length - 1].contains(el)) hits[hits.length - 1] = el;
    else hits.push(el);
  }
  return hits[n] ?? null;
}

function tag(el: Element): string {
  return el.localName.toLowerCase();
}

function isElementNode(n: Node): n is Element {
  return n.nodeType === 1;
}
