// A story split into several boxes. Sites break the body around ads, videos and "read more"
// modules by closing the story's text box and opening another one of the same kind further on:
// `<div class="story-text">` three paragraphs `</div>` … ad rows … `<div class="story-text">` the
// rest `</div>`, each inside its own stack of layout wrappers. Readability keeps one container and
// looks for more story only among that container's siblings, so the boxes that stand in other
// wrappers are lost: the opening paragraphs, usually, which carry the news.
// We note, before Readability runs, every set of two or more boxes that hold paragraphs directly
// and share their tag and class and their wrapper's, and after it runs put back, in page order,
// the boxes of a set the story kept one of.
import { classOf, linkDensity, normSpace, tagOf, textOf } from '../dom';

interface Box {
  copy: Element;
  /** The subheading printed just before the box, outside it, in the same wrapper. */
  heading: Element | null;
  /** Start of its first paragraph, lower-cased: how the box is recognised in the story. */
  key: string;
}

export type SplitBoxes = Box[][];

/** A box holds story when one of its own paragraphs is a sentence of some length. */
const MIN_PARAGRAPH = 80;
const SENTENCE_END = /[.!?…"”»'’)]$/u;
/** Boxes in teaser lists and rails are mostly links. */
const MAX_LINK_DENSITY = 0.3;
/** More boxes than this of one kind are a list of entries (comments, cards), not one story. */
const MAX_BOXES = 8;
const KEY_LENGTH = 60;

const keyOf = (s: string) => normSpace(s).toLowerCase().slice(0, KEY_LENGTH);

/** A box's kind: its tag and class and its wrapper's. The wrapper counts because sites use one
 *  rich-text class for every text block (the story, a quoted claim above it, the legal small
 *  print in the footer, the intros of teaser cards): a story split around ads repeats its whole
 *  frame, a teaser card or a side box does not. Boxes without a class are not told apart. */
function kindOf(box: Element): string | null {
  let cls = normSpace(classOf(box));
  let path = tagOf(box);
  // A bare <div> straight inside the classed text box (`<div class="paragraph-text"><div><p>`):
  // the classed box names the kind.
  if (!cls && box.parentElement) {
    box = box.parentElement;
    cls = normSpace(classOf(box));
    path = `${path} < ${tagOf(box)}`;
  }
  const wrapper = box.parentElement;
  if (!cls || !wrapper) return null;
  return `${path}.${cls} < ${tagOf(wrapper)}.${normSpace(classOf(wrapper))}`;
}

/** The element's own story paragraph, if it has one. */
function firstParagraph(el: Element): string | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (tagOf(c) !== 'p') continue;
    const t = textOf(c);
    if (t.length >= MIN_PARAGRAPH && SENTENCE_END.test(t)) return t;
  }
  return null;
}

/** Read-only: the sets of same-kind story boxes on the page, each in page order, as copies. */
export function findSplitBoxes(body: Element): SplitBoxes {
  const groups = new Map<string, Element[]>();
  const seen = new Set<Element>();
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const box = p.parentElement;
    if (!box || seen.has(box)) continue;
    seen.add(box);
    const kind = kindOf(box);
    if (!kind) continue;
    const list = groups.get(kind);
    if (list) list.push(box);
    else groups.set(kind, [box]);
  }
  const out: SplitBoxes = [];
  for (const members of groups.values()) {
    if (members.length < 2 || members.length > MAX_BOXES) continue;
    // Nested boxes of one kind are one box.
    if (members.some((m) => members.some((o) => o !== m && o.contains(m)))) continue;
    const boxes: Box[] = [];
    for (const m of members) {
      const first = firstParagraph(m);
      if (!first || linkDensity(m) > MAX_LINK_DENSITY) break;
      boxes.push({ copy: m.cloneNode(true) as Element, heading: headingBefore(m), key: keyOf(first) });
    }
    if (boxes.length === members.length) out.push(boxes);
  }
  return out;
}

/** A subheading standing right before the box (`<h2>Subhead</h2><div class="text">…`): it
 *  belongs to the box's section and comes back with it. */
function headingBefore(box: Element): Element | null {
  // Up through a bare wrapper the box opens (`<h2>…</h2><div class="text"><div><p>`).
  let el: Element | null = box;
  for (let up = 0; el && !el.previousElementSibling && up < 2; up++) el = el.parentElement;
  const prev = el?.previousElementSibling;
  return prev && /^h[2-6]$/.test(tagOf(prev)) ? (prev.cloneNode(true) as Element) : null;
}

/** Put back the boxes of each set the story kept one box of, in page order around it. */
export function mergeSplitBoxes(content: Element, sets: SplitBoxes): void {
  if (!sets.length) return;
  const paragraphs = new Map<string, Element>();
  for (const p of Array.from(content.getElementsByTagName('p'))) {
    const k = keyOf(textOf(p));
    if (!paragraphs.has(k)) paragraphs.set(k, p);
  }
  for (const boxes of sets) {
    const kept = boxes.map((b) => boxIn(content, paragraphs.get(b.key)));
    const firstKept = kept.findIndex(Boolean);
    if (firstKept < 0 || kept.every(Boolean)) continue;
    let anchor: Element = kept[firstKept]!;
    // Boxes before the first kept one go before it, in order; later ones after the box before them.
    for (let i = 0; i < firstKept; i++) {
      const box = insert(boxes[i]!.copy, kept[firstKept]!, 'before');
      if (boxes[i]!.heading) insert(boxes[i]!.heading!, box, 'before');
    }
    for (let i = firstKept + 1; i < boxes.length; i++) {
      if (kept[i]) anchor = kept[i]!;
      else {
        if (boxes[i]!.heading) anchor = insert(boxes[i]!.heading!, anchor, 'after');
        anchor = insert(boxes[i]!.copy, anchor, 'after');
      }
    }
  }
}

/** The kept box of a paragraph: its parent, or the paragraph itself where Readability unwrapped a
 *  one-paragraph box (or the parent is the story container). */
function boxIn(content: Element, p: Element | undefined): Element | null {
  if (!p) return null;
  const parent = p.parentElement;
  return parent && parent !== content && content.contains(parent) ? parent : p;
}

function insert(copy: Element, at: Element, where: 'before' | 'after'): Element {
  const doc = at.ownerDocument;
  const node = (doc.importNode ? doc.importNode(copy, true) : copy) as Element;
  if (where === 'before') at.parentNode?.insertBefore(node, at);
  else at.parentNode?.insertBefore(node, at.nextSibling);
  return node;
}
