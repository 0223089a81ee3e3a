// The record of what the isolation rules dropped and why: the reader's "N blocks removed" list,
// the CLI's `removed[]`, and the best debugging tool we have for a rule that went too far.
//
// A dropped block can be brought back in the reader view when it stood in the story's flow. So
// a drop leaves a comment marker where the block stood and keeps the detached element (comments
// are invisible to the rules, which look at elements and text, and to Readability's scoring, and
// they survive Readability's innerHTML round trips since they are found by their text). `settle`
// then maps the markers that ended up in the story container to positions among the kept
// paragraphs (one walk of that container), removes them and writes those blocks' HTML through the
// same sanitizer as the article. Blocks whose marker is not in the story (sidebars, the page's
// header and footer) are listed as text only: they were never part of the story's flow.
import { BLOCK_TAGS, closestWhere, isElement, normSpace, remove, tagOf, textBlocks, TEXT_NODE, type BlockSkip } from '../dom';
import { sanitizeChildren, type SanitizeOptions } from '../sanitize';
import type { RemovalReason, RemovedBlock } from '../types';

const MAX_TEXT = 600;
/** A block bigger than this is listed as text only: restoring a whole page section is not what
 *  the button is for, and sanitizing it would cost time on every analysis. */
const MAX_HTML = 20_000;

interface Pending {
  block: RemovedBlock;
  els: Element[];
  /** Text length before truncation, to skip sanitizing huge blocks. */
  size: number;
  /** Dropped from the story container itself (after Readability). */
  story: boolean;
}

export interface SettleOptions extends SanitizeOptions {
  /** The tags left out of the paragraphs (the `skip` given to textBlocks). */
  skip: BlockSkip;
  /** How many paragraphs textBlocks found: a different count here means positions are off. */
  paragraphs: number;
  /** The markers as read by the textBlocks walk that listed those paragraphs (readMarkers):
   *  then settle needs no walk of its own. */
  read?: MarkerRead;
}

/** Marker comments as a textBlocks walk meets them: `onComment` goes to textBlocks. */
export interface MarkerRead {
  onComment: (comment: Comment, after: number) => void;
  positions: Map<number, number>;
  markers: Node[];
}

export class Removals {
  readonly blocks: RemovedBlock[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Marker text: a per-analysis prefix, so that a page's own comments cannot pose as markers. */
  private readonly prefix = `lede-removed-${Math.random().toString(36).slice(2, 10)}-`;
  private story = false;
  private changed = 0;

  /** From now on drops come from the story container: they can be brought back even when a
   *  later rule takes away the place where they stood (the reader puts them at the end). */
  beginStory(): void {
    this.story = true;
    this.changed++; // Readability has rewritten the page
  }

  /** How many times a drop has changed a tree: a LeafReader reads again after one. */
  get changes(): number {
    return this.changed;
  }

  /** Detach `el` from its tree and record it. Empty blocks are removed silently. */
  drop(el: Element, reason: RemovalReason): void {
    this.dropAll([el], reason);
  }

  dropAll(els: Element[], reason: RemovalReason): void {
    if (!els.length) return;
    this.changed++;
    const text = els.map(readable).filter(Boolean).join('\n');
    if (!text) {
      for (const e of els) remove(e);
      return;
    }
    const block: RemovedBlock = { reason, text: cut(text) };
    this.blocks.push(block);
    // Elements inside another one of the list travel with it.
    // One climb per element (not a contains() per pair: rails of fifty cards made that quadratic).
    const all = new Set(els);
    const top = els.length === 1 ? els : els.filter((e) => !hasAncestorIn(e, all));
    const first = top[0];
    const parent = first.parentNode;
    if (parent) {
      const id = this.pending.size;
      parent.replaceChild(first.ownerDocument.createComment(this.prefix + id), first);
      this.pending.set(id, { block, els: top, size: text.length, story: this.story });
    }
    for (const e of top) remove(e);
  }

  /**
   * Give the blocks that stood in the story their place (`after`: index into the paragraphs
   * textBlocks(content, skip) finds, -1 before the first) and their sanitized HTML, and take the
   * markers out of `content`. A story-stage marker inside a wrapper that a later rule dropped
   * has no place any more: HTML, no `after`.
   */
  settle(content: Element, options: SettleOptions): void {
    if (!this.pending.size) return;
    const { positions, count, markers } = options.read
      ? { ...options.read, count: options.paragraphs }
      : markerPositions(content, this.prefix, options.skip);
    for (const m of markers) remove(m);
    // Counting differently from textBlocks would restore blocks in the wrong place: no place at
    // all is better (the reader then puts them at the end).
    const trusted = count === options.paragraphs;
    for (const [id, p] of this.pending) {
      const at = positions.get(id);
      if (at === undefined && !p.story) continue;
      if (trusted && at !== undefined) p.block.after = at;
      if (p.size > MAX_HTML) continue;
      const box = p.els[0].ownerDocument.createElement('div');
      for (const e of p.els) box.appendChild(e);
      const html = sanitizeChildren(box, options);
      if (html && html.length <= MAX_HTML) p.block.html = html;
    }
    this.pending.clear();
  }

  /** A reader of this analysis's markers, for the textBlocks walk that lists the story's
   *  paragraphs (the same walk would otherwise run again in settle). */
  readMarkers(): MarkerRead {
    return markerReader(this.prefix);
  }
}

function markerReader(prefix: string): MarkerRead {
  const positions = new Map<number, number>();
  const markers: Node[] = [];
  const onComment = (comment: Comment, after: number) => {
    if (!comment.data.startsWith(prefix)) return;
    markers.push(comment);
    positions.set(Number(comment.data.slice(prefix.length)), after);
  };
  return { onComment, positions, markers };
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  return closestWhere(el.parentElement, (p) => set.has(p)) !== null;
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * Where each marker (a comment whose text is `prefix` + id) stands among the text blocks of
 * `root`: the index of the last block that began before it, counted by textBlocks itself. Also
 * returns the number of blocks, which the caller checks against the paragraphs it was given,
 * and the marker nodes found.
 */
export function markerPositions(root: Element, prefix: string, skip: BlockSkip): { positions: Map<number, number>; count: number; markers: Node[] } {
  const read = markerReader(prefix);
  const count = textBlocks(root, skip, read.onComment).length;
  return { positions: read.positions, count, markers: read.markers };
}

/** Text of a removed block for people: one line per block, and a space between the texts of
 *  adjacent inline elements too (menus often write their links with nothing between them). */
function readable(el: Element): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === TEXT_NODE) {
      out.push((n as Text).data, ' ');
      return;
    }
    if (!isElement(n)) return;
    const tag = tagOf(n);
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return;
    const block = BLOCK_TAGS.has(tag) || tag === 'br';
    if (block) out.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(el);
  return out
    .join('')
    .split('\n')
    .map(normSpace)
    .filter(Boolean)
    .join('\n');
}
