// The limits (elements, nesting depth, characters of text), counted in the raw HTML before any
// DOM is built. The core's gate counts the same three things on the parsed document, but in
// Node the parse is the expensive part: a 20 MB page nested 34,000 levels deep cost linkedom
// 22 s before the gate could say no (issue 17). This scan runs the tokenizer linkedom itself
// uses (htmlparser2, with linkedom's options) without building nodes, so its open and close
// events are exactly the tree linkedom would build: void elements (<br>, <img>) open and close
// at once, a <p>, <li> or <option> is closed by the next one as the parser implies, and a
// self-closing "<div/>" opens a div, as in a browser. It stops at the first limit passed.
import { Parser } from 'htmlparser2';
import { tooLarge } from '../core/gate';
import type { Failure, Limits } from '../core/types';

export interface Counts {
  elements: number;
  depth: number;
  text: number;
}

class Over extends Error {
  constructor(readonly what: 'elements' | 'depth' | 'text') {
    super(what);
  }
}

/** Count elements, the deepest nesting and the characters of text of `html`, stopping with
 *  `over` set as soon as one passes its limit. Counts everything the parser sees, content
 *  after </html> included: the parse costs the same for it. */
export function scanHtml(html: string, limits: Pick<Limits, 'maxElements' | 'maxDepth' | 'maxTextLength'>): Counts & { over?: 'elements' | 'depth' | 'text' } {
  const counts: Counts = { elements: 0, depth: 0, text: 0 };
  let open = 0;
  const parser = new Parser(
    {
      onopentagname() {
        if (++counts.elements > limits.maxElements) throw new Over('elements');
        if (++open > counts.depth) {
          counts.depth = open;
          if (open > limits.maxDepth) throw new Over('depth');
        }
      },
      onclosetag() {
        open--;
      },
      ontext(data) {
        counts.text += data.length;
        if (counts.text > limits.maxTextLength) throw new Over('text');
      },
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
    if (err instanceof Over) return { ...counts, over: err.what };
    throw err;
  }
  return counts;
}

/** The core's 'too-large' failure when the raw HTML passes a limit, else null. */
export function prescan(html: string, limits: Limits): Failure | null {
  const { over } = scanHtml(html, limits);
  return over ? tooLarge(over, limits) : null;
}
