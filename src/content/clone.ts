// The copy of the page the analysis reads. document.cloneNode(true) leaves shadow roots behind
// (they are not children), so a story a web component renders in its shadow tree was lost. This
// copy carries each open shadow root's content in its host's place, as the reader sees it: the
// shadow tree, with each <slot> showing the light children assigned to it (or its fallback).
// Closed shadow roots stay out of reach, as they are meant to.
//
// The live page is not ours to change, and its named elements shadow members of the document
// (<img name="cloneNode">) and of its forms (<input name="childNodes">, "shadowRoot"): every
// read of the document or of a page element here goes through the prototypes (builtin). The
// copy is disarmed by analyze's first walk (src/core/safe-dom.ts); until then it is read the
// same way.
import { plainTextPage } from '../core/plain-text';
import { builtin, callBuiltin } from '../core/safe-dom';
import { DEFAULT_LIMITS } from '../core/types';

/** The document the analysis reads for the page in the tab. A text file, which the browser shows
 *  as one <pre>, becomes a page of paragraphs (plain-text.ts); anything else is copied, and an
 *  XHTML page's copy is moved into an HTML document (asHtmlDocument). */
export function pageCopy(doc: Document): Document {
  if (builtin(doc, 'contentType') === 'text/plain') {
    const implementation = builtin<DOMImplementation>(doc, 'implementation');
    // A text file's <pre> has no form or named element to fear.
    return plainTextPage(implementation.createHTMLDocument(''), builtin<HTMLElement | null>(doc, 'body')?.textContent ?? '');
  }
  return asHtmlDocument(cloneComposed(doc));
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/** An XHTML page (served as application/xhtml+xml) is an XML document, where tagName keeps the
 *  source's case ("h1"), while Readability tests upper-case names ("H1") throughout: its title,
 *  header and cleaning rules all missed, and the headline came out as a removed byline. The same
 *  elements in an HTML document have HTML's names. SVG and other XML documents stay as they are
 *  (the gate says they are not pages). */
export function asHtmlDocument(doc: Document): Document {
  const root = builtin<Element | null>(doc, 'documentElement');
  if (!root || root.namespaceURI !== XHTML || callBuiltin<Element>(doc, 'createElement', 'p').tagName === 'P') return doc;
  const html = builtin<DOMImplementation>(doc, 'implementation').createHTMLDocument('');
  const copy = html.importNode(root, true);
  html.replaceChild(copy, html.documentElement!);
  return html;
}

/** A deep copy of `doc` with open shadow roots flattened in. Pages without any keep the plain
 *  clone (one native call). `maxDepth` bounds the recursion; deeper pages are refused later by
 *  the size gate, so their copy need not be exact past it. */
export function cloneComposed(doc: Document, maxDepth = DEFAULT_LIMITS.maxDepth): Document {
  const clone = callBuiltin<Document>(doc, 'cloneNode', true);
  const root = builtin<Element | null>(doc, 'documentElement');
  if (!root || !hasOpenShadow(root)) return clone;
  const composed = composedCopy(clone, root, 0, maxDepth);
  callBuiltin(clone, 'removeChild', builtin(clone, 'documentElement'));
  callBuiltin(clone, 'appendChild', composed);
  return clone;
}

/** The getter of `prop` that elements like `sample` (the root: an ordinary element) inherit,
 *  taken once for a walk over every element of the page; a form cannot shadow it. */
function elementGetter<T>(sample: Element, prop: string): (el: Element) => T {
  for (let p = Object.getPrototypeOf(sample); p; p = Object.getPrototypeOf(p)) {
    const get = Object.getOwnPropertyDescriptor(p, prop)?.get;
    if (get) return (el) => get.call(el) as T;
  }
  return (el) => builtin<T>(el, prop);
}

function hasOpenShadow(root: Element): boolean {
  const shadowOf = elementGetter<ShadowRoot | null>(root, 'shadowRoot');
  // <html> is no form: its own querySelectorAll is the real one.
  for (const el of Array.from(root.querySelectorAll('*'))) if (shadowOf(el)) return true;
  return false;
}

/** `node` copied into `into`, with shadow trees in place of their hosts' children. */
function composedCopy(into: Document, node: Node, depth: number, maxDepth: number): Node {
  if (builtin(node, 'nodeType') !== 1 || depth > maxDepth) return callBuiltin<Node>(into, 'importNode', node, true);
  const el = node as Element;
  const copy = callBuiltin<Element>(into, 'importNode', el, false);
  const shadow = builtin<ShadowRoot | null>(el, 'shadowRoot');
  const shown = Array.from(shadow ? shadow.childNodes : builtin<NodeListOf<ChildNode>>(el, 'childNodes'));
  for (const child of shown) appendShown(into, copy, child, depth + 1, maxDepth);
  return copy;
}

function appendShown(into: Document, parent: Element, node: Node, depth: number, maxDepth: number): void {
  if (builtin(node, 'nodeType') === 1 && builtin(node, 'localName') === 'slot') {
    const slot = node as HTMLSlotElement;
    const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
    for (const shown of assigned.length ? assigned : Array.from(slot.childNodes)) appendShown(into, parent, shown, depth, maxDepth);
    return;
  }
  // `parent` may be a copy of a form that the controls appended so far already clobber.
  callBuiltin(parent, 'appendChild', composedCopy(into, node, depth, maxDepth));
}
