// The copy of the page the analysis reads. document.cloneNode(true) leaves shadow roots behind
// (they are not children), so a story a web component renders in its shadow tree was lost. This
// copy carries each open shadow root's content in its host's place, as the reader sees it: the
// shadow tree, with each <slot> showing the light children assigned to it (or its fallback).
// Closed shadow roots stay out of reach, as they are meant to.
import { plainTextPage } from '../core/plain-text';
import { DEFAULT_LIMITS } from '../core/types';

/** The document the analysis reads for the page in the tab. A text file, which the browser shows
 *  as one <pre>, becomes a page of paragraphs (plain-text.ts); anything else is copied, and an
 *  XHTML page's copy is moved into an HTML document (asHtmlDocument). */
export function pageCopy(doc: Document): Document {
  if (doc.contentType === 'text/plain') return plainTextPage(doc.implementation.createHTMLDocument(''), doc.body?.textContent ?? '');
  return asHtmlDocument(cloneComposed(doc));
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/** An XHTML page (served as application/xhtml+xml) is an XML document, where tagName keeps the
 *  source's case ("h1"), while Readability tests upper-case names ("H1") throughout: its title,
 *  header and cleaning rules all missed, and the headline came out as a removed byline. The same
 *  elements in an HTML document have HTML's names. SVG and other XML documents stay as they are
 *  (the gate says they are not pages). */
export function asHtmlDocument(doc: Document): Document {
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== XHTML || doc.createElement('p').tagName === 'P') return doc;
  const html = doc.implementation.createHTMLDocument('');
  html.replaceChild(html.importNode(root, true), html.documentElement);
  return html;
}

/** A deep copy of `doc` with open shadow roots flattened in. Pages without any keep the plain
 *  clone (one native call). `maxDepth` bounds the recursion; deeper pages are refused later by
 *  the size gate, so their copy need not be exact past it. */
export function cloneComposed(doc: Document, maxDepth = DEFAULT_LIMITS.maxDepth): Document {
  const clone = doc.cloneNode(true) as Document;
  const root = doc.documentElement;
  if (!root || !hasOpenShadow(root)) return clone;
  const composed = composedCopy(clone, root, 0, maxDepth);
  clone.removeChild(clone.documentElement!);
  clone.appendChild(composed);
  return clone;
}

function hasOpenShadow(root: Element): boolean {
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) return true;
  return false;
}

/** `node` copied into `into`, with shadow trees in place of their hosts' children. */
function composedCopy(into: Document, node: Node, depth: number, maxDepth: number): Node {
  if (node.nodeType !== 1 || depth > maxDepth) return into.importNode(node, true);
  const el = node as Element;
  const copy = into.importNode(el, false) as Element;
  const shown = el.shadowRoot ? Array.from(el.shadowRoot.childNodes) : Array.from(el.childNodes);
  for (const child of shown) appendShown(into, copy, child, depth + 1, maxDepth);
  return copy;
}

function appendShown(into: Document, parent: Element, node: Node, depth: number, maxDepth: number): void {
  if (node.nodeType === 1 && (node as Element).localName === 'slot') {
    const slot = node as HTMLSlotElement;
    const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
    for (const shown of assigned.length ? assigned : Array.from(slot.childNodes)) appendShown(into, parent, shown, depth, maxDepth);
    return;
  }
  parent.appendChild(composedCopy(into, node, depth, maxDepth));
}
