// The limits (elements, nesting depth, characters of text), counted in the raw HTML before any
// DOM is built. The core's gate counts the same three things on the parsed document, but in
// Node the parse is the expensive part: a 20 MB page nested 34,000 levels deep cost linkedom
// 22 s before the gate could say no (issue 17). This scan runs the tokenizer linkedom itself
// uses (htmlparser2, with linkedom's options) without building nodes, so its open and close
// events are exactly the tree linkedom would build: void elements (<br>, <img>) open and close
// at once, a <p>, <li> or <option> is closed by the next one as the parser implies, and a
// self-closing "<div/>" opens a div, as in a browser. It stops at the first limit passed.
//
// Two bounds of its own, on linkedom's work rather than on the page as a browser sees it: every
// attribute and every run of text is a node in linkedom's list, and htmlparser2 ends a run of
// text at each entity, so "&lt;" 700,000 times in one paragraph is 700,000 text nodes (8 s to
// build) where a browser has one. Real pages are far below both: over the 1,136 pages of
// ../shared/corpus, at most 47,696 nodes (10,477 elements) and 88 attributes on one element.
import { Parser } from 'htmlparser2';
import { tooLarge } from '../core/gate';
import type { Failure, Limits } from '../core/types';

/** Elements, attributes, runs of text and comments linkedom would create: six per element of
 *  the element limit (the corpus's largest page has 4.6), so that a page the gate accepts is
 *  not refused for its attributes or entities. linkedom builds 360,000 nodes in about 2.5 s. */
export const maxNodes = (limits: Pick<Limits, 'maxElements'>) => 6 * limits.maxElements;
/** Attributes on one element (the core reads them one by one, often). */
export const MAX_ATTRIBUTES = 1_000;

type Over = 'elements' | 'depth' | 'text' | 'nodes' | 'attributes';

export interface Counts {
  elements: number;
  depth: number;
  text: number;
  nodes: number;
}

class Stop extends Error {
  constructor(readonly what: Over) {
    super(what);
  }
}

/** Count elements, the deepest nesting, the characters of text and linkedom's nodes in
 *  `html`, stopping with `over` set as soon as one passes its limit. Counts everything the
 *  parser sees, content after </html> included: the parse costs the same for it. */
export function scanHtml(html: string, limits: Pick<Limits, 'maxElements' | 'maxDepth' | 'maxTextLength'>): Counts & { over?: Over } {
  const counts: Counts = { elements: 0, depth: 0, text: 0, nodes: 0 };
  const nodeLimit = maxNodes(limits);
  let open = 0;
  let attributes = 0;
  const node = () => {
    if (++counts.nodes > nodeLimit) throw new Stop('nodes');
  };
  const parser = new Parser(
    {
      onopentagname() {
        node();
        attributes = 0;
        if (++counts.elements > limits.maxElements) throw new Stop('elements');
        if (++open > counts.depth) {
          counts.depth = open;
          if (open > limits.maxDepth) throw new Stop('depth');
        }
      },
      onattribute() {
        node();
        if (++attributes > MAX_ATTRIBUTES) throw new Stop('attributes');
      },
      onclosetag() {
        open--;
      },
      ontext(data) {
        node();
        counts.text += data.length;
        if (counts.text > limits.maxTextLength) throw new Stop('text');
      },
      oncomment: node,
    },
    // linkedom's options (node_modules/linkedom/esm/shared/parse-from-string.js), so that the
    // entities decode to the same text length and the tree has the same shape.
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  try {
    // A limit passed throws out of the tokenizer at once: the rest of the page is never read.
    parser.write(html);
    parser.end();
  } catch (err) {
    if (err instanceof Stop) return { ...counts, over: err.what };
    throw err;
  }
  return counts;
}

/** The core's 'too-large' failure when the raw HTML passes a limit, else null. */
export function prescan(html: string, limits: Limits): Failure | null {
  const { over } = scanHtml(html, limits);
  if (!over) return null;
  if (over === 'nodes') return { ...tooLarge('elements', limits), detail: `more than ${maxNodes(limits).toLocaleString('en')} elements, attributes and runs of text` };
  if (over === 'attributes') return { ...tooLarge('elements', limits), detail: `more than ${MAX_ATTRIBUTES.toLocaleString('en')} attributes on one element` };
  return tooLarge(over, limits);
}
