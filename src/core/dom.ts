// Small DOM helpers that work the same on a browser DOM and on linkedom (no layout, no CSSOM,
// no TreeWalker assumptions), so the core runs unchanged in the page, the CLI and the tests.
import { checkTime } from './budget';
import { disarm, NAMING_TAGS } from './safe-dom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** The class attribute as written ('' without one). Not getAttribute('class'): linkedom answers
 *  that through classList, splitting the tokens into a new Set and joining them again on every
 *  call, which made the page walk's class tests a tenth of our own time. */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** Whitespace other than a lone ASCII space: what normSpace has to rewrite. (\s, spelled out,
 *  plus the zero-width space; two spaces in a row.) */
const UNNORMAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Whitespace-collapsed, trimmed text. Most texts asked for (a paragraph, a link) are already
 *  collapsed: one test then spares the replace, which builds a new string even when it changes
 *  nothing (the most called helper of an analysis). */
export function normSpace(s: string | null | undefined): string {
  if (!s) return '';
  if (!UNNORMAL_SPACE.test(s)) return s.trim();
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function textOf(n: Node | null | undefined): string {
  return normSpace(n?.textContent);
}

/** A label's text in the form the lexicons use: lower-case, no trailing colon/arrows/bullets. */
export function labelKey(s: string): string {
  return normSpace(s)
    .toLowerCase()
    .replace(/^[\s\-–—•·|:»›>→▶]+|[\s\-–—•·|:»›>→▶….!]+$/g, '')
    .trim();
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}

/** Element children as an array (linkedom and browsers both have .children, but not always
 *  iterable the same way). */
export function childrenOf(el: Element): Element[] {
  return Array.from(el.children ?? []);
}

export function remove(n: Node): void {
  n.parentNode?.removeChild(n);
}

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export function isHeading(el: Element): boolean {
  return HEADING.has(tagOf(el)) || el.getAttribute('role') === 'heading';
}

/** Block-level tags: where text lines break. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Tags that paragraph-like text blocks come from (for Article.paragraphs). */
export const TEXT_BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'dd', 'dt', 'td', 'th', 'caption']);

/** Tags whose text is never page text (code, metadata, embedded documents). */
export const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'math', 'iframe', 'object']);

/** Plain text with line breaks at block boundaries (blank line around paragraph-like blocks),
 *  so that words of adjacent blocks never glue together. */
export function blockText(root: Node, skip: (el: Element) => boolean = () => false): string {
  const out: string[] = [];
  const PARA = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'figure', 'ul', 'ol', 'dl']);
  const walk = (node: Node, inPre: boolean): void => {
    checkTime();
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      out.push(inPre ? data : data.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    const tag = isElement(node) ? tagOf(node) : null;
    if (tag && (SKIP_TEXT.has(tag) || skip(node as Element))) return;
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    const block = !!tag && BLOCK_TAGS.has(tag);
    const brk = tag && PARA.has(tag) ? '\n\n' : '\n';
    if (block) out.push(brk);
    if (tag === 'td' || tag === 'th') out.push('\t');
    const pre = inPre || tag === 'pre';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre);
    if (block) out.push(brk);
  };
  walk(root, false);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Elements whose text is not a paragraph: a set of tag names, or a test. */
export type BlockSkip = ReadonlySet<string> | ((el: Element, tag: string) => boolean);

/** The text blocks of a subtree in document order: each innermost paragraph-like element's
 *  text, plus loose text in containers (sites that write text straight into <div>s). Elements
 *  `skip` names are left out with their subtree. `onComment`, when given, hears of every
 *  comment node with the index of the last block that began before it (-1: none yet), so a
 *  position can be stated in the very count the blocks are listed by. */
export function textBlocks(root: Element, skip: BlockSkip = new Set(), onComment?: (comment: Comment, after: number) => void): string[] {
  const skips = typeof skip === 'function' ? skip : (_el: Element, tag: string) => skip.has(tag);
  const blocks: string[] = [];
  let loose: string[] = [];
  const flush = () => {
    const t = normSpace(loose.join(''));
    if (t) blocks.push(t);
    loose = [];
  };
  // Loose text already seen counts as a block that has begun.
  const current = () => blocks.length - (normSpace(loose.join('')) ? 0 : 1);
  // Comments inside a subtree that counts as one block (or none): they all get `after`.
  const commentsWithin = (node: Node, after: number): void => {
    if (!onComment) return;
    const stack: Node[] = [node];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === COMMENT_NODE) onComment(n as Comment, after);
      else for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    }
  };
  const walk = (node: Node): void => {
    checkTime();
    if (node.nodeType === TEXT_NODE) {
      loose.push((node as Text).data);
      return;
    }
    if (node.nodeType === COMMENT_NODE) {
      onComment?.(node as Comment, current());
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIP_TEXT.has(tag)) {
      commentsWithin(node, current());
      return;
    }
    if (skips(node, tag)) {
      flush();
      commentsWithin(node, blocks.length - 1);
      return;
    }
    if (tag === 'br') {
      loose.push(' ');
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (TEXT_BLOCK_TAGS.has(tag) && !hasBlockChild(node)) {
      flush();
      // A paragraph with a picture in it may hold the picture's caption inline (<img><br><em>…);
      // one with line breaks has its lines glued by textContent ("Name: Task List<br>Author: …"
      // read "ListAuthor").
      const t = node.getElementsByTagName('img').length || node.getElementsByTagName('br').length ? textSkipping(node, skips) : textOf(node);
      if (t) blocks.push(t);
      commentsWithin(node, blocks.length - 1);
      return;
    }
    if (isBlock) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** An element's text without the descendants `skips` leaves out, whitespace collapsed. */
function textSkipping(root: Element, skips: (el: Element, tag: string) => boolean): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) out.push((node as Text).data);
    else if (isElement(node)) {
      const tag = tagOf(node);
      if (SKIP_TEXT.has(tag) || skips(node, tag)) return;
      if (tag === 'br') out.push(' ');
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(root);
  return normSpace(out.join(''));
}

/** A block-level element with no block-level element inside: the smallest unit of text layout. */
export function isLeafBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el)) && !hasBlockChild(el);
}

function hasBlockChild(el: Element): boolean {
  // Sibling links, not childrenOf: linkedom builds the children list with a walk of its own.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (BLOCK_TAGS.has(t) && t !== 'br') return true;
  }
  return false;
}

/** Count elements, the maximum depth and the characters of text, stopping early once any bound
 *  is passed (a 5,000-deep or 100,000-element page must not cost a full walk to refuse). One
 *  walk for all three; iterative (first child, next sibling, back up through the parents), so
 *  deep pages cannot overflow the stack and no stack entry is allocated per node. `onElement`
 *  hears of each element in document order with its depth (root: 1), so that other reads of
 *  the whole page can ride on this walk instead of making their own. */
export function measureTree(
  root: Element,
  maxElements: number,
  maxDepth: number,
  maxText = Infinity,
  onElement?: (el: Element, depth: number) => void,
): { elements: number; depth: number; text: number; exceeded: boolean } {
  let elements = 0;
  let depth = 0;
  let text = 0;
  let node: Node | null = root;
  let d = 1;
  while (node) {
    checkTime();
    let descend = false;
    let type = node.nodeType;
    // The first walk of a page disarms its forms and named elements (safe-dom.ts) as it meets
    // them, before anything reads their members: this walk's own next steps, onElement, and
    // every later walk. A form can hide even its nodeType and localName.
    if (typeof type !== 'number') {
      disarm(node as Element);
      type = node.nodeType;
    }
    if (type === TEXT_NODE) {
      text += (node as Text).data.length;
      if (text > maxText) return { elements, depth, text, exceeded: true };
    } else if (type === ELEMENT_NODE) {
      const name = (node as Element).localName;
      // Forms always (their controls name them); an <img>, <embed>, <iframe> or <object> only
      // with a name, or an <object> with an id (most images have neither: no call per image).
      if (typeof name !== 'string' || name === 'form' || (NAMING_TAGS.has(name) && ((node as Element).getAttributeNode('name') || name === 'object'))) {
        disarm(node as Element);
      }
      elements++;
      if (d > depth) depth = d;
      if (elements > maxElements || depth > maxDepth) return { elements, depth, text, exceeded: true };
      onElement?.(node as Element, d);
      descend = true;
    }
    const first: Node | null = descend ? node.firstChild : null;
    if (first) {
      node = first;
      d++;
      continue;
    }
    // Next in document order: the next sibling of the nearest node (up to root) that has one.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      d--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { elements, depth, text, exceeded: false };
}

/** `el` or its nearest ancestor that passes `test`, stopping below `root` when given: closest()
 *  with a test instead of a selector (linkedom compiles a selector on every call). Pass
 *  `el.parentElement` for ancestors only. */
export function closestWhere(el: Element | null, test: (el: Element) => boolean, root?: Element): Element | null {
  for (let cur = el; cur && cur !== root; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

/** Inside a <template>: not page content (a browser keeps it in a separate fragment; linkedom's
 *  selectors skip it, its getElementsByTagName does not). */
export function inTemplate(el: Element): boolean {
  return closestWhere(el.parentElement, (p) => tagOf(p) === 'template') !== null;
}

/** Every element below `root` in document order, lazily: for walks that stop early (the first
 *  blocks under a headline) on pages of any size. With `after` (an element below `root`), only
 *  the elements that follow it and its subtree: the walk starts there instead of at the top. */
export function* walkElements(root: Element, after?: Element): Generator<Element> {
  let el: Element | null = after ? following(after, root) : root.firstElementChild;
  while (el) {
    checkTime();
    yield el;
    el = el.firstElementChild ?? following(el, root);
  }
}

/** The next element after `el`'s subtree in document order, within `root`. */
export function following(el: Element, root: Element): Element | null {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** Elements below `root` (and `root` itself) with at least `min` element children, in document
 *  order: the only places a run of sibling cards can be. One walk, no child lists built. */
export function parentsOf(root: Element, min: number): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    if (kids.length >= min) out.push(el);
    for (const c of kids) visit(c);
  };
  visit(root);
  return out;
}

/** Leaf blocks below `root` (block-level elements with no block-level child), in document
 *  order, found in one walk. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Returns whether `el` is block-level; pushes it when it is a leaf block.
  const visit = (el: Element): boolean => {
    const at = out.length;
    let blockChild = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) blockChild = visit(c) || blockChild;
    const block = BLOCK_TAGS.has(tagOf(el));
    // Before the leaves found inside it (an inline child can hold blocks); usually at the end.
    if (block && !blockChild) {
      if (at === out.length) out.push(el);
      else out.splice(at, 0, el);
    }
    return block;
  };
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) visit(c);
  return out;
}

/** Characters that are not whitespace (the length a text keeps, give or take the single spaces
 *  normSpace leaves between words). With `limit`, counting stops once past it (the answer is
 *  then limit + 1): callers that only tell short texts from long ones need not read a whole
 *  paragraph. */
export function visibleLength(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    // Control characters and U+0085 are not shown either, though normSpace keeps them.
    if (c > 32 && c !== 0x85 && !isCollapsedSpace(c)) n++;
  }
  return n;
}

const CDATA_SECTION_NODE = 4;

/** What normSpace collapses: a UTF-16 unit of \s, or the zero-width space. */
function isCollapsedSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * How normSpace(root.textContent) stands to `prefix` (itself normalised): 'same' text, 'longer'
 * (starts with it and goes on), or 'other'. Reads only as much text as it takes to tell: asked
 * of a label's ancestors, whose whole text can be a page section.
 */
export function textPrefixRelation(root: Node, prefix: string): 'same' | 'longer' | 'other' {
  let at = 0; // characters of the normalised text matched against prefix so far
  let space = false; // whitespace seen since the last character (collapses to one space)
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as CharacterData).data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (isCollapsedSpace(c)) {
          if (at > 0) space = true; // leading whitespace is trimmed
          continue;
        }
        if (space) {
          if (at === prefix.length) return 'longer';
          if (prefix.charCodeAt(at) !== 32) return 'other';
          at++;
          space = false;
        }
        if (at === prefix.length) return 'longer';
        if (prefix.charCodeAt(at) !== c) return 'other';
        at++;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  // Trailing whitespace is trimmed: what was read is the whole normalised text.
  return at === prefix.length ? 'same' : 'other';
}

/** Length of an element's raw text, but stop counting past `limit`: deciding "is this short?"
 *  must not cost a walk of a whole page section (textContent would). Returns limit + 1 when
 *  longer. */
export function rawTextLengthUpTo(root: Node, limit: number): number {
  // Node by node in document order, not a stack of children: pushing a container's children
  // first made "is this box short?" cost its child count, so asking it of every paragraph's
  // parent was quadratic on a page of 50,000 paragraphs.
  let n = 0;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      n += (node as Text).data.length;
      if (n > limit) return limit + 1;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return n;
}

/** No text after `el` within `root`: no later sibling of it or of an ancestor below `root` has
 *  any (leaf blocks miss text that stands outside any block, so this reads siblings). */
export function nothingAfter(el: Element, root: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    for (let n = cur.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE ? (n as Text).data.trim() : isElement(n) && textOf(n)) return false;
    }
  }
  return true;
}

/** Text a cell must hold to be a page column or a post, not a datum. */
const LAYOUT_CELL_CHARS = 200;
/** A cell with a few characters and no letter or digit: a spacer beside the page's column. */
const isSpacerCell = (cell: Element): boolean => rawTextLengthUpTo(cell, 10) < 10 && !/[\p{L}\p{N}]/u.test(cell.textContent ?? '');

/** A table used for layout, not data: old blogs, forums and CMSs put the whole post in one cell
 *  (`<tr><td class="eMessage">…story…</td></tr>`, or between two spacer cells). Its tell is a row of one or two cells, one of
 *  which holds a paragraph's worth of text; a data table's cells hold figures and short labels. */
export function isLayoutTable(table: Element): boolean {
  for (const row of Array.from(table.getElementsByTagName('tr'))) {
    // Spacer cells (&nbsp;, a rule: no letter or digit) on either side of the column do not count.
    const cells = childrenOf(row).filter((c) => (tagOf(c) === 'td' || tagOf(c) === 'th') && !isSpacerCell(c));
    if (cells.length > 2) continue;
    if (cells.some((c) => rawTextLengthUpTo(c, LAYOUT_CELL_CHARS) >= LAYOUT_CELL_CHARS)) return true;
  }
  return false;
}
